import { Notice } from "obsidian";
import { fillTemplate, letterValues, letterVariantOf, scriptBlocks, TEMPLATE_TITLES, templateForStep } from "../letters";
import { AgendaItem, formatIsoDay } from "../rules";
import { interviewNoteFile } from "../obsidian/interviewNoteFile";
import { LetterHost } from "../obsidian/letterHost";
import { appendDraftsToNote, letterContextOf } from "../obsidian/letterDrafts";
import { messageOf } from "../obsidian/errorMessage";
import { liveNoteOfText, openViewOf } from "../obsidian/openNoteEditor";
import { readTemplate } from "../obsidian/templateFiles";
import { ArticlePrefill, ArticleShareModal } from "./articleShareModal";
import { CallScriptModal } from "./callScriptModal";
import { LetterVariantModal } from "./letterVariantModal";

/**
 * The main action of an agenda item, the draft its step stands for:
 * - `letter` (by the note's kind, outcome and status; asked when a job interview's outcome is unknown) and
 *   `introducer-thanks`: the filled letters — one per person met on a panel — are appended to the interview
 *   note under `## Follow-up drafts`, and the note opens there; a second time, the note opens at them instead;
 * - `call`: the call script is shown in a dialog to read from while calling (it can be added to the note);
 * - `check-in`: the article-share dialog opens for that thread.
 * Nothing is marked done: that stays the user's explicit "Done".
 */
export async function runMainAction(plugin: LetterHost, item: AgendaItem): Promise<void> {
	if (item.step === "check-in") {
		new ArticleShareModal(plugin, item.note).open();
		return;
	}
	const note = interviewNoteFile(plugin, plugin.app.vault.getFileByPath(item.note));
	if (!note) {
		new Notice(`"${item.note}" is no longer an interview note; nothing was written.`);
		return;
	}
	if (item.step === "call") {
		try {
			const template = await readTemplate(plugin, "call");
			const values = letterValues(await letterContextOf(plugin, note));
			const title = `${TEMPLATE_TITLES.call} (${formatIsoDay(plugin.today())})`;
			new CallScriptModal(plugin, note, item, { text: fillTemplate(template, values), blocks: scriptBlocks(template, values), title }).open();
		} catch (error) {
			new Notice(`Could not prepare the call script: ${messageOf(error)}`);
		}
		return;
	}
	// The letter the note's outcome picks, as the user sees the note now: an outcome just typed in the open
	// editor counts before Obsidian has saved it (and the index has read it).
	const editor = openViewOf(plugin.app, note.file)?.editor;
	const variant = item.step === "letter" && editor ? letterVariantOf(liveNoteOfText(editor.getValue(), note.frontmatter).frontmatter) : item.variant;
	const name = templateForStep(item.step, variant);
	if (name !== null) {
		await appendDraftsToNote(plugin, note, name, item.step);
		return;
	}
	// No outcome in the note: ask which letter. Closing the question leaves the note as it was.
	new LetterVariantModal(plugin.app, (variant) => appendDraftsToNote(plugin, note, variant, item.step)).open();
}

/** "Share this…" on a check-in: the article-share dialog for that thread, filled with the suggestion's title and address. */
export function shareSuggestion(plugin: LetterHost, item: AgendaItem, suggestion: ArticlePrefill): void {
	new ArticleShareModal(plugin, item.note, suggestion).open();
}
