import { Modal, Notice, Setting } from "obsidian";
import { plainLetter, ScriptBlock } from "../letters";
import { AgendaItem } from "../rules";
import { LetterHost } from "../obsidian/letterHost";
import { appendTextToNote } from "../obsidian/letterDrafts";
import { messageOf } from "../obsidian/errorMessage";
import { InterviewNoteFile } from "../obsidian/interviewNoteFile";
import { callContact, canCall } from "./draftActions";

/** A filled call script: its text (for the note and the clipboard), its blocks (for the screen) and its draft title. */
export interface CallScript {
	text: string;
	blocks: readonly ScriptBlock[];
	title: string;
}

/**
 * Renders a call script's blocks as formatted text — headings, bold, list items — with `createEl` and
 * `setText` only: the note's values inside are plain text nodes, never parsed as Markdown or HTML, so a value
 * holding an embed, a code block or a tag cannot run or load anything.
 */
export function renderScript(parent: HTMLElement, blocks: readonly ScriptBlock[]): HTMLElement {
	const root = parent.createDiv({ cls: "ifu-call-script" });
	let list: HTMLElement | null = null;
	for (const block of blocks) {
		if (block.kind !== "item") list = null;
		let el: HTMLElement;
		if (block.kind === "heading") el = root.createEl(block.level <= 2 ? "h3" : "h4", { cls: "ifu-call-script-heading" });
		else if (block.kind === "item") el = (list ??= root.createEl("ul")).createEl("li");
		else el = root.createEl("p");
		for (const run of block.runs) {
			if (run.bold) el.createEl("strong", { text: run.text });
			else el.appendText(run.text);
		}
	}
	return root;
}

/**
 * Shows the filled call script on screen, to read from while calling: a call needs the words in front of
 * you, not a draft buried in a note. "Call" dials the note's phone (when it has one); "Copy" puts the script
 * on the clipboard as plain text; "Add to note" keeps it under `## Follow-up drafts`. Showing it writes nothing.
 */
export class CallScriptModal extends Modal {
	constructor(private host: LetterHost, private note: InterviewNoteFile, private item: AgendaItem, private script: CallScript) {
		super(host.app);
	}

	onOpen(): void {
		this.setTitle(`Call ${this.note.file.basename}`);
		renderScript(this.contentEl, this.script.blocks);
		const buttons = new Setting(this.contentEl);
		if (canCall(this.host, this.item)) buttons.addButton((button) => button.setButtonText("Call").onClick(() => callContact(this.host, this.item)));
		buttons
			.addButton((button) =>
				button.setButtonText("Copy").onClick(() => {
					navigator.clipboard.writeText(plainLetter(this.script.text).body).then(
						() => new Notice("Call script copied."),
						(error: unknown) => new Notice(`Could not copy: ${messageOf(error)}`),
					);
				}),
			)
			.addButton((button) => button.setButtonText("Add to note").onClick(() => void this.addToNote()))
			.addButton((button) => button.setButtonText("Close").setCta().onClick(() => this.close()));
	}

	onClose(): void {
		this.contentEl.empty();
	}

	/** Appends the script under `## Follow-up drafts` in the interview note and opens it there. */
	async addToNote(): Promise<void> {
		this.close();
		try {
			await appendTextToNote(this.host, this.note.file, this.script.title, this.script.text);
		} catch (error) {
			new Notice(`Could not add the call script to ${this.note.file.basename}: ${messageOf(error)}`);
		}
	}
}
