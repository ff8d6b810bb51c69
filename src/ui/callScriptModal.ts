import { Modal, Notice, Setting } from "obsidian";
import { LetterHost } from "../obsidian/letterHost";
import { appendTextToNote } from "../obsidian/letterDrafts";
import { messageOf } from "../obsidian/errorMessage";
import { InterviewNoteFile } from "../obsidian/interviewNoteFile";

/**
 * Shows the filled call script on screen, to read from while calling: a call needs the words in front of
 * you, not a draft buried in a note. "Add to note" keeps it under `## Follow-up drafts`; "Copy" puts it on
 * the clipboard. Showing it writes nothing.
 */
export class CallScriptModal extends Modal {
	constructor(private host: LetterHost, private note: InterviewNoteFile, private script: string, private title: string) {
		super(host.app);
	}

	onOpen(): void {
		this.setTitle(`Call ${this.note.file.basename}`);
		// Plain text, not rendered Markdown: the script holds the note's values, which must never run (a value
		// could hold an embed or a code block another plugin would execute).
		this.contentEl.createDiv({ cls: "ifu-call-script", text: this.script });
		new Setting(this.contentEl)
			.addButton((button) =>
				button.setButtonText("Copy").onClick(() => {
					navigator.clipboard.writeText(this.script).then(
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
			await appendTextToNote(this.host, this.note.file, this.title, this.script);
		} catch (error) {
			new Notice(`Could not add the call script to ${this.note.file.basename}: ${messageOf(error)}`);
		}
	}
}
