import { Editor, Notice, TFile } from "obsidian";
import { messageOf } from "./errorMessage";
import {
	appendDraft, ArticleValues, draftTitle, fillDrafts, findDraft, LetterContext, LetterDraft, TEMPLATE_TITLES, TemplateName,
} from "../letters";
import { formatIsoDay, StepKind } from "../rules";
import { InterviewNoteFile } from "./interviewNoteFile";
import { LetterHost } from "./letterHost";
import { readTemplate } from "./templateFiles";
import { userLocale } from "./userLocale";

/**
 * The note's body, where the candidate wrote the letter material under headings: the text after the
 * frontmatter, read with `cachedRead` (the cache's frontmatter position says where the body starts).
 */
export async function readNoteBody(host: LetterHost, file: TFile): Promise<string> {
	const text = await host.app.vault.cachedRead(file);
	const end = host.app.metadataCache.getFileCache(file)?.frontmatterPosition?.end.offset ?? 0;
	return text.slice(end);
}

/** Everything a letter for `note` is filled from: its frontmatter and body, the settings and today. */
export async function letterContextOf(host: LetterHost, note: InterviewNoteFile, article?: ArticleValues): Promise<LetterContext> {
	return {
		path: note.file.path,
		frontmatter: note.frontmatter,
		body: await readNoteBody(host, note.file),
		myName: host.settings.myName,
		today: host.today(),
		locale: userLocale(host.settings),
		article,
	};
}

/** The filled drafts of template `name` for a step of an interview note: one per person met for a panel's letter. */
export async function draftsFor(host: LetterHost, note: InterviewNoteFile, name: TemplateName, step: StepKind): Promise<LetterDraft[]> {
	const template = await readTemplate(host, name);
	return fillDrafts(template, await letterContextOf(host, note), step);
}

/** The filled draft of template `name` for an interview note, addressed to its first contact. */
export async function draftFor(host: LetterHost, note: InterviewNoteFile, name: TemplateName, article?: ArticleValues): Promise<string> {
	const template = await readTemplate(host, name);
	return fillDrafts(template, await letterContextOf(host, note, article), "call")[0].text;
}

/** The step a template's draft is for: its own name, the reply after a rejection, or else the letter. */
function stepOfTemplate(name: TemplateName): StepKind {
	if (name === "introducer-thanks" || name === "call" || name === "check-in") return name;
	return name === "after-rejection" ? "rejection-reply" : "letter";
}

/** Inserts the filled draft of `name` at the cursor (replacing the selection, if any); a panel's drafts one after another. */
export async function insertDraft(host: LetterHost, editor: Editor, note: InterviewNoteFile, name: TemplateName): Promise<void> {
	try {
		const drafts = await draftsFor(host, note, name, stepOfTemplate(name));
		editor.replaceSelection(drafts.map((draft) => draft.text.replace(/\s+$/, "\n")).join("\n"));
	} catch (error) {
		new Notice(`Could not insert the ${TEMPLATE_TITLES[name].toLowerCase()}: ${messageOf(error)}`);
	}
}

/** What `appendDraftsToNote` did: wrote the drafts, or found them already in the note and opened them. */
export type AppendResult = "written" | "opened";

/**
 * Appends the filled drafts of `name` to the interview note under `## Follow-up drafts` (see `appendDraft`),
 * one `### To Jane: thank-you letter (date)` per member of a panel, in one atomic `vault.process`, so an edit
 * made at the same moment is not lost; then opens the note at the first. When the note already holds a draft
 * of this step, nothing is added: the note opens at that draft, and a notice says so (a second click on
 * "Write letter" must not write the letter twice). The frontmatter is not touched: nothing is marked done.
 */
export async function appendDraftsToNote(host: LetterHost, note: InterviewNoteFile, name: TemplateName, step: StepKind): Promise<AppendResult | null> {
	try {
		const drafts = await draftsFor(host, note, name, step);
		const existing = findDraft(await host.app.vault.read(note.file), draftTitle(name, drafts[0].contact));
		if (existing !== null) {
			await host.app.workspace.getLeaf(false).openFile(note.file, { eState: { line: existing } });
			new Notice(`Already drafted: the ${TEMPLATE_TITLES[name].toLowerCase()} is in ${note.file.basename}, opened there. Delete it to write a new one.`);
			return "opened";
		}
		const dated = drafts.map((draft) => ({ title: `${draftTitle(name, draft.contact)} (${formatIsoDay(host.today())})`, text: draft.text }));
		await appendTextsToNote(host, note.file, dated);
		return "written";
	} catch (error) {
		new Notice(`Could not add the ${TEMPLATE_TITLES[name].toLowerCase()} to ${note.file.basename}: ${messageOf(error)}`);
		return null;
	}
}

/** Appends each text under `## Follow-up drafts` with its own `### title`, and opens the note at the first. */
export async function appendTextsToNote(host: LetterHost, file: TFile, texts: readonly { title: string; text: string }[]): Promise<void> {
	let line = 0;
	await host.app.vault.process(file, (data) => {
		let text = data;
		texts.forEach((entry, index) => {
			const appended = appendDraft(text, entry.title, entry.text);
			if (index === 0) line = appended.line;
			text = appended.text;
		});
		return text;
	});
	await host.app.workspace.getLeaf(false).openFile(file, { eState: { line } });
}

/** Appends `text` under `## Follow-up drafts` with its own `### title`, and opens the note at that line. */
export async function appendTextToNote(host: LetterHost, file: TFile, title: string, text: string): Promise<void> {
	await appendTextsToNote(host, file, [{ title, text }]);
}
