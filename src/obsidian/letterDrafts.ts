import { Editor, Notice, TFile } from "obsidian";
import { messageOf } from "./errorMessage";
import { appendDraft, ArticleValues, fillLetter, TEMPLATE_TITLES, TemplateName } from "../letters";
import { formatIsoDay } from "../rules";
import { InterviewNoteFile } from "./interviewNoteFile";
import { LetterHost } from "./letterHost";
import { readTemplate } from "./templateFiles";
import { userLocale } from "./userLocale";

/** The filled draft of template `name` for an interview note (the user's template file when there is one). */
export async function draftFor(host: LetterHost, note: InterviewNoteFile, name: TemplateName, article?: ArticleValues): Promise<string> {
	const template = await readTemplate(host, name);
	return fillLetter(template, {
		path: note.file.path,
		frontmatter: note.frontmatter,
		myName: host.settings.myName,
		today: host.today(),
		locale: userLocale(),
		article,
	});
}

/** Inserts the filled draft of `name` at the cursor (replacing the selection, if any). */
export async function insertDraft(host: LetterHost, editor: Editor, note: InterviewNoteFile, name: TemplateName): Promise<void> {
	try {
		editor.replaceSelection(await draftFor(host, note, name));
	} catch (error) {
		new Notice(`Could not insert the ${TEMPLATE_TITLES[name].toLowerCase()}: ${messageOf(error)}`);
	}
}

/**
 * Appends the filled draft of `name` to the interview note under `## Follow-up drafts` (see `appendDraft`),
 * in one atomic `vault.process`, so an edit made at the same moment is not lost; then opens the note at the
 * draft. The note's frontmatter is not touched: nothing is marked done until the user says so.
 */
export async function appendDraftToNote(host: LetterHost, note: InterviewNoteFile, name: TemplateName): Promise<void> {
	try {
		const draft = await draftFor(host, note, name);
		await appendTextToNote(host, note.file, `${TEMPLATE_TITLES[name]} (${formatIsoDay(host.today())})`, draft);
	} catch (error) {
		new Notice(`Could not add the ${TEMPLATE_TITLES[name].toLowerCase()} to ${note.file.basename}: ${messageOf(error)}`);
	}
}

/** Appends `text` under `## Follow-up drafts` with its own `### title`, and opens the note at that line. */
export async function appendTextToNote(host: LetterHost, file: TFile, title: string, text: string): Promise<void> {
	let line = 0;
	await host.app.vault.process(file, (data) => {
		const appended = appendDraft(data, title, text);
		line = appended.line;
		return appended.text;
	});
	await host.app.workspace.getLeaf(false).openFile(file, { eState: { line } });
}
