import { moment } from "obsidian";

/**
 * The language dates are written out in: Obsidian's own (it sets its bundled moment to the app language),
 * so letters read in the language the user reads Obsidian in. `getLanguage()` would say the same but needs
 * Obsidian 1.8.7.
 */
export function userLocale(): string {
	const locale = moment.locale();
	return typeof locale === "string" && locale !== "" ? locale : "en";
}
