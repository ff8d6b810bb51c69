// The app's language, as far as the letters use it.

/** Obsidian's `getLanguage()`: the language of the app. Mock: English. */
export function getLanguage(): string {
	return "en";
}
