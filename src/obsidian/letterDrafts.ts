import { Editor, Notice, TFile } from "obsidian";
import { messageOf } from "./errorMessage";
import {
	appendDraft, ArticleValues, draftTitle, fillDrafts, findDraft, LetterContext, LetterDraft, LetterStep, TEMPLATE_TITLES, TemplateName, withCheck,
} from "../letters";
import { formatIsoDay } from "../rules";
import { InterviewNoteFile } from "./interviewNoteFile";
import { LetterHost } from "./letterHost";
import { textLinkTo } from "./noteLinks";
import { rewriteNote } from "./noteWriter";
import { openViewOf, readLiveNote } from "./openNoteEditor";
import { readTemplate } from "./templateFiles";
import { userLocale } from "./userLocale";

/**
 * Everything a letter for `note` is filled from: its frontmatter and body as the user sees them (from `editor`,
 * or the editor the note is open in, so what was typed a second ago is in the letter), the settings and today.
 */
export async function letterContextOf(host: LetterHost, note: InterviewNoteFile, article?: ArticleValues, editor?: Editor): Promise<LetterContext> {
	const live = await readLiveNote(host.app, note.file, note.frontmatter, editor);
	return {
		path: note.file.path,
		// `{{note}}` as the user's link settings write links; the draft lands in the note itself.
		noteLink: textLinkTo(host.app, note.file, note.file.path),
		frontmatter: live.frontmatter,
		body: live.body,
		myName: host.settings.myName,
		myEmail: host.settings.myEmail,
		myPhone: host.settings.myPhone,
		greeting: host.settings.greeting,
		callDelayDays: host.settings.callDelayDays,
		today: host.today(),
		locale: userLocale(host.settings),
		article,
	};
}

/** The filled drafts of template `name` for a step of an interview note: one per person met for a panel's letter. */
export async function draftsFor(host: LetterHost, note: InterviewNoteFile, name: TemplateName, step: LetterStep, editor?: Editor): Promise<LetterDraft[]> {
	const template = await readTemplate(host, name);
	return fillDrafts(template, await letterContextOf(host, note, undefined, editor), step, name);
}

/** A draft as the note holds it: its letter check at the head of its `%% … %%` comment (see `withCheck`). */
export function noteDraftText(draft: LetterDraft): string {
	return withCheck(draft.text, draft.check);
}

/** The filled draft of template `name` for an interview note, addressed to its first contact. */
export async function draftFor(host: LetterHost, note: InterviewNoteFile, name: TemplateName, article?: ArticleValues): Promise<string> {
	const template = await readTemplate(host, name);
	const [draft] = fillDrafts(template, await letterContextOf(host, note, article), "check-in", name);
	return noteDraftText(draft);
}

/** The step a template's draft is for: its own name, the reply after a rejection, or else the letter. */
function stepOfTemplate(name: TemplateName): LetterStep {
	if (name === "introducer-thanks" || name === "call" || name === "check-in") return name;
	return name === "after-rejection" ? "rejection-reply" : "letter";
}

/** Inserts the filled draft of `name` at the cursor (replacing the selection, if any); a panel's drafts one after another. */
export async function insertDraft(host: LetterHost, editor: Editor, note: InterviewNoteFile, name: TemplateName): Promise<void> {
	try {
		const drafts = await draftsFor(host, note, name, stepOfTemplate(name), editor);
		editor.replaceSelection(drafts.map((draft) => noteDraftText(draft).replace(/\s+$/, "\n")).join("\n"));
	} catch (error) {
		new Notice(`Could not insert the ${TEMPLATE_TITLES[name].toLowerCase()}: ${messageOf(error)}`);
	}
}

/** What `appendDraftsToNote` did: wrote the drafts, or found them already in the note and opened them. */
export type AppendResult = "written" | "opened";

/**
 * Appends the filled drafts of `name` to the interview note under `## Follow-up drafts` (see `appendDraft`),
 * one `### To Jane: thank-you letter (date)` per member of a panel, in one atomic change (through the note's
 * editor when it is open, else `Vault.process`; see `rewriteNote`), so an edit made at the same moment is not
 * lost; then opens the note at the first. When the note already holds a draft of this step, nothing is added:
 * the note opens at that draft, and a notice says so. That check runs inside the same atomic change, so two
 * quick clicks on "Write letter" write the letter once. The frontmatter is not touched: nothing is marked done.
 */
export async function appendDraftsToNote(host: LetterHost, note: InterviewNoteFile, name: TemplateName, step: LetterStep): Promise<AppendResult | null> {
	try {
		const drafts = await draftsFor(host, note, name, step);
		const dated = drafts.map((draft) => ({ title: `${draftTitle(name, draft.contact)} (${formatIsoDay(host.today())})`, text: noteDraftText(draft) }));
		const title = draftTitle(name, drafts[0].contact);
		let existing: number | null = null;
		await appendTextsToNote(host, note.file, dated, (text) => {
			existing = findDraft(text, title);
			return existing === null;
		});
		if (existing !== null) {
			await openNoteAt(host, note.file, existing);
			new Notice(`Already drafted: the ${TEMPLATE_TITLES[name].toLowerCase()} is in ${note.file.basename}, opened there. Delete it to write a new one.`);
			return "opened";
		}
		return "written";
	} catch (error) {
		new Notice(`Could not add the ${TEMPLATE_TITLES[name].toLowerCase()} to ${note.file.basename}: ${messageOf(error)}`);
		return null;
	}
}

/**
 * Appends each text under `## Follow-up drafts` with its own `### title`, in one atomic change, and opens the note
 * at the first. `shouldWrite`, when given, decides inside that change, on the note's text then, whether to write.
 */
export async function appendTextsToNote(
	host: LetterHost, file: TFile, texts: readonly { title: string; text: string }[], shouldWrite: (text: string) => boolean = () => true,
): Promise<void> {
	let line: number | null = null;
	await rewriteNote(host.app, file, (data) => {
		if (!shouldWrite(data)) return null;
		let text = data;
		texts.forEach((entry, index) => {
			const appended = appendDraft(text, entry.title, entry.text);
			if (index === 0) line = appended.line;
			text = appended.text;
		});
		return text;
	});
	if (line !== null) await openNoteAt(host, file, line);
}

/** Appends `text` under `## Follow-up drafts` with its own `### title`, and opens the note at that line. */
export async function appendTextToNote(host: LetterHost, file: TFile, title: string, text: string): Promise<void> {
	await appendTextsToNote(host, file, [{ title, text }]);
}

/** Shows note `file` at `line`: in the tab it is already open in, else in the main area's current tab. */
async function openNoteAt(host: LetterHost, file: TFile, line: number): Promise<void> {
	const leaf = openViewOf(host.app, file)?.leaf ?? host.app.workspace.getLeaf(false);
	await leaf.openFile(file, { eState: { line } });
}
