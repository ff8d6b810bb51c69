import { getLanguage } from "obsidian";

/**
 * The language dates are written out in: Obsidian's own, so letters read in the language the user reads
 * Obsidian in (`getLanguage()`, Obsidian 1.8.7+, which is the plugin's minimum).
 */
export function userLocale(): string {
	const locale = getLanguage();
	return typeof locale === "string" && locale !== "" ? locale : "en";
}
