import { normalizePath, Notice, TFile } from "obsidian";
import { BUILT_IN_TEMPLATES, TEMPLATE_NAMES, templateFileName, TemplateName, templateText } from "../letters";
import { LetterHost } from "./letterHost";
import { ensureFolder } from "./newNoteFile";
import { messageOf } from "./errorMessage";

/** The vault path of a template file: `<templates folder>/<name>.md`. */
export function templatePath(host: LetterHost, name: TemplateName): string {
	return normalizePath(`${host.settings.templatesFolder}/${templateFileName(name)}`);
}

/** A template's text: the user's file in the templates folder when there is one, else the built-in text. */
export async function readTemplate(host: LetterHost, name: TemplateName): Promise<string> {
	const file = host.app.vault.getAbstractFileByPath(templatePath(host, name));
	const override = file instanceof TFile ? await host.app.vault.cachedRead(file) : null;
	return templateText(name, override);
}

/** What "Create follow-up templates" did: the files it wrote, and those it left as they were. */
export interface TemplateFilesResult {
	created: string[];
	kept: string[];
}

/**
 * Writes each built-in template into the templates folder as a starting point for the user's own, never
 * touching a file that is already there.
 */
export async function createTemplateFiles(host: LetterHost): Promise<TemplateFilesResult> {
	const result: TemplateFilesResult = { created: [], kept: [] };
	await ensureFolder(host.app, normalizePath(host.settings.templatesFolder));
	for (const name of TEMPLATE_NAMES) {
		const path = templatePath(host, name);
		if (host.app.vault.getAbstractFileByPath(path)) {
			result.kept.push(templateFileName(name));
			continue;
		}
		await host.app.vault.create(path, BUILT_IN_TEMPLATES[name]);
		result.created.push(templateFileName(name));
	}
	return result;
}

/** Runs `createTemplateFiles` and says in a notice which files were created and which were kept. */
export async function createTemplateFilesWithNotice(host: LetterHost): Promise<void> {
	const folder = host.settings.templatesFolder || "the vault's root";
	try {
		const { created, kept } = await createTemplateFiles(host);
		const parts = [];
		if (created.length > 0) parts.push(`created ${created.join(", ")}`);
		if (kept.length > 0) parts.push(`kept your ${kept.join(", ")} as they were`);
		new Notice(`Follow-up templates in ${folder}: ${parts.join("; ")}.`);
	} catch (error) {
		new Notice(`Could not create the follow-up templates in ${folder}: ${messageOf(error)}`);
	}
}
