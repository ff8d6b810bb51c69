import { Notice } from "obsidian";
import { LetterDraft, mailtoUrl, TEMPLATE_TITLES, templateForStep, TemplateName, telUrl } from "../letters";
import { AgendaItem, displayText, LetterVariant } from "../rules";
import { messageOf } from "../obsidian/errorMessage";
import { InterviewNoteFile, interviewNoteFile } from "../obsidian/interviewNoteFile";
import { LetterHost } from "../obsidian/letterHost";
import { draftsFor } from "../obsidian/letterDrafts";
import { LetterVariantModal } from "./letterVariantModal";

/**
 * What leaves Obsidian from an agenda item: its draft by e-mail or through the clipboard, and a call. The
 * agenda's buttons and context menu, the commands and the dialogs all call these three.
 */

/** The interview note of an item, or `null` after a notice when it is no longer one. */
function noteOf(host: LetterHost, item: AgendaItem): InterviewNoteFile | null {
	const note = interviewNoteFile(host, host.app.vault.getFileByPath(item.note));
	if (!note) new Notice(`"${item.note}" is no longer an interview note.`);
	return note;
}

/** The template of an item's draft; asks which letter when the note does not say how the interview went. */
function withTemplate(host: LetterHost, item: AgendaItem, use: (name: TemplateName) => Promise<void>): Promise<void> {
	const name = templateForStep(item.step, item.variant);
	if (name !== null) return use(name);
	new LetterVariantModal(host.app, (variant: LetterVariant) => use(variant)).open();
	return Promise.resolve();
}

/** The draft of `item` addressed to `contact` (one member of a panel; the first when absent) as plain text parts. */
async function draftOf(host: LetterHost, note: InterviewNoteFile, item: AgendaItem, name: TemplateName, contact: string | null): Promise<LetterDraft> {
	const drafts = await draftsFor(host, note, name, item.step);
	return drafts.find((draft) => draft.contact === contact) ?? drafts[0];
}

/**
 * Opens the item's letter in the user's mail app as a `mailto:` URL (see `mailtoUrl`): to the note's
 * `email` when the letter goes to the first contact, the draft's subject and its plain-text body.
 * `window.open` hands a `mailto:` URL to the system on desktop (Electron opens it externally) and on mobile.
 */
export function emailDraft(host: LetterHost, item: AgendaItem, contact: string | null = item.contact): Promise<void> {
	if (item.step === "call") {
		// SPEC.md section 6: a call script is never sent; the call step offers the phone instead.
		new Notice("A call script is for you, not for e-mail: call instead.");
		return Promise.resolve();
	}
	const note = noteOf(host, item);
	if (!note) return Promise.resolve();
	return withTemplate(host, item, async (name) => {
		try {
			const draft = await draftOf(host, note, item, name, contact);
			// SPEC.md section 6: the note's `email` is the first contact's, so the others' letters go without one.
			const email = contact === null || contact === item.contacts[0] ? displayText(note.frontmatter?.email) : null;
			if (email === null) new Notice(`No address for ${contact ?? item.contact ?? "this contact"}: the note's email is the first contact's. Add theirs in your mail app.`);
			window.open(mailtoUrl(draft.plain, email));
		} catch (error) {
			new Notice(`Could not prepare the e-mail: ${messageOf(error)}`);
		}
	});
}

/** Copies the item's draft (to `contact`) as plain text — subject line first, no comments or heading marks. */
export function copyDraft(host: LetterHost, item: AgendaItem, contact: string | null = item.contact): Promise<void> {
	const note = noteOf(host, item);
	if (!note) return Promise.resolve();
	return withTemplate(host, item, async (name) => {
		try {
			const { subject, body } = (await draftOf(host, note, item, name, contact)).plain;
			await navigator.clipboard.writeText(subject === "" ? body : `Subject: ${subject}\n\n${body}`);
			new Notice(`${TEMPLATE_TITLES[name]} copied.`);
		} catch (error) {
			new Notice(`Could not copy the ${TEMPLATE_TITLES[name].toLowerCase()}: ${messageOf(error)}`);
		}
	});
}

/** Whether a call can be placed from the item: the note has a `phone` with digits in it. */
export function canCall(host: LetterHost, item: AgendaItem): boolean {
	const fm = host.app.metadataCache.getCache(item.note)?.frontmatter;
	return telUrl(displayText(fm?.phone)) !== null;
}

/** Calls the note's `phone` through a `tel:` URL (the phone app on mobile, the system's handler on desktop). */
export function callContact(host: LetterHost, item: AgendaItem): void {
	const note = noteOf(host, item);
	if (!note) return;
	const url = telUrl(displayText(note.frontmatter?.phone));
	if (url === null) {
		new Notice(`${note.file.basename} has no phone number; add phone: to the note.`);
		return;
	}
	window.open(url);
}
