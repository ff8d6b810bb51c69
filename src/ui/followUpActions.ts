import { Notice } from "obsidian";
import { TEMPLATE_TITLES, templateForStep } from "../letters";
import { AgendaItem, formatIsoDay } from "../rules";
import { interviewNoteFile } from "../obsidian/interviewNoteFile";
import { LetterHost } from "../obsidian/letterHost";
import { appendDraftToNote, draftFor } from "../obsidian/letterDrafts";
import { messageOf } from "../obsidian/errorMessage";
import { ArticleShareModal } from "./articleShareModal";
import { CallScriptModal } from "./callScriptModal";
import { LetterVariantModal } from "./letterVariantModal";

/**
 * The main action of an agenda item, the draft its step stands for:
 * - `letter` (thank-you or recovery, asked when the outcome is unknown) and `introducer-thanks`: the filled
 *   letter is appended to the interview note under `## Follow-up drafts`, and the note opens there;
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
			const script = await draftFor(plugin, note, "call");
			new CallScriptModal(plugin, note, script, `${TEMPLATE_TITLES.call} (${formatIsoDay(plugin.today())})`).open();
		} catch (error) {
			new Notice(`Could not prepare the call script: ${messageOf(error)}`);
		}
		return;
	}
	const name = templateForStep(item.step, item.variant);
	if (name !== null) {
		await appendDraftToNote(plugin, note, name);
		return;
	}
	// No outcome in the note: ask which letter. Closing the question leaves the note as it was.
	new LetterVariantModal(plugin.app, (variant) => appendDraftToNote(plugin, note, variant)).open();
}
