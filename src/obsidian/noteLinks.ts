import { App, TFile } from "obsidian";
import { noteLink } from "../letters";

/**
 * A link to `file` for text placed in the note at `sourcePath`, as the user's settings write links ("Use
 * [[Wikilinks]]", "New link format"): obsidian.d.ts `FileManager.generateMarkdownLink`, "Generate a Markdown link
 * based on the user's preferences".
 */
export function textLinkTo(app: App, file: TFile, sourcePath: string): string {
	return app.fileManager.generateMarkdownLink(file, sourcePath);
}

/**
 * A link to `file` for a property (frontmatter) of the note at `sourcePath`: the user's link format, but always a
 * wikilink — Obsidian reads links in properties only in `[[…]]` form, so with Markdown links preferred it is the
 * vault path `[[Interviews/2026-11-20 Acme|2026-11-20 Acme]]`.
 */
export function propertyLinkTo(app: App, file: TFile, sourcePath: string): string {
	const link = textLinkTo(app, file, sourcePath);
	return link.startsWith("[[") ? link : noteLink(file.path);
}
