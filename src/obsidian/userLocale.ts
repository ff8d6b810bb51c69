import { FollowUpSettings } from "../rules";

/**
 * The language dates are written in inside letters: the "Language of dates" setting (English by default,
 * like the built-in letters), not Obsidian's interface language, so a letter never mixes two languages.
 */
export function userLocale(settings: Pick<FollowUpSettings, "letterLocale">): string {
	return settings.letterLocale || "en";
}
