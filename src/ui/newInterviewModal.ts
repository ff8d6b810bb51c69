import { Modal, Notice, Setting, TextComponent, TFile } from "obsidian";
import { fillNoteTemplate, newInterviewValues, safeFileName } from "../letters";
import { formatIsoDay, readCalendarDay } from "../rules";
import { LetterHost } from "../obsidian/letterHost";
import { messageOf } from "../obsidian/errorMessage";
import { createNewNote } from "../obsidian/newNoteFile";
import { readTemplate } from "../obsidian/templateFiles";

type TextField = "company" | "role" | "interviewer" | "introducer";

/**
 * "New interview note…": asks for the company, role, interviewer, date (today by default) and introducer,
 * and creates `<interviews folder>/<date> <company>.md` from the `interview.md` template (never over an
 * existing note), then opens it so the user writes down what happened while they remember it.
 */
export class NewInterviewModal extends Modal {
	// Filled in by onOpen, one text box per field.
	private fields = {} as Record<TextField, TextComponent>;
	private dateInput!: HTMLInputElement;
	private errorEl!: HTMLElement;

	constructor(private host: LetterHost) {
		super(host.app);
	}

	onOpen(): void {
		const { contentEl } = this;
		this.setTitle("New interview note");
		const text = (key: TextField, name: string, placeholder: string) =>
			new Setting(contentEl).setName(name).addText((component) => (this.fields[key] = component.setPlaceholder(placeholder)));
		text("company", "Company", "Acme");
		text("role", "Role", "Data analyst");
		text("interviewer", "Interviewer", "Jane Doe, or [[People/Jane Doe]]");
		new Setting(contentEl).setName("Date").setDesc("The day of the interview.").then((setting) => {
			this.dateInput = setting.controlEl.createEl("input", { type: "date", cls: "ifu-date-input", attr: { "aria-label": "Interview date" } });
			this.dateInput.value = formatIsoDay(this.host.today());
		});
		text("introducer", "Introducer", "Who introduced you, if anyone");
		this.errorEl = contentEl.createDiv({ cls: "ifu-field-error", attr: { role: "alert" } });
		new Setting(contentEl).addButton((button) => button.setButtonText("Create note").setCta().onClick(() => void this.submit()));
		this.fields.company.inputEl.focus();
	}

	onClose(): void {
		this.contentEl.empty();
	}

	/** Creates and opens the note when the form is complete and returns it; otherwise says what is missing. */
	async submit(): Promise<TFile | null> {
		const company = this.fields.company.getValue().trim();
		if (company === "") return this.problem("Enter the company: it names the note and links interviews of one company.");
		const date = readCalendarDay(this.dateInput.value);
		if (!date.ok) return this.problem("Enter the interview date, for example 2026-11-20.");
		this.errorEl.setText("");
		try {
			const values = newInterviewValues(
				{
					company,
					role: this.fields.role.getValue(),
					interviewer: this.fields.interviewer.getValue(),
					introducer: this.fields.introducer.getValue(),
					date: date.day,
				},
				this.host.today(),
				this.host.settings.myName,
			);
			const content = fillNoteTemplate(await readTemplate(this.host, "interview"), values);
			const name = safeFileName(`${formatIsoDay(date.day)} ${company}`);
			const file = await createNewNote(this.host.app, this.host.settings.interviewsFolder, name, content);
			this.close();
			await this.host.app.workspace.getLeaf(false).openFile(file);
			return file;
		} catch (error) {
			new Notice(`Could not create the interview note: ${messageOf(error)}`);
			return this.problem(`Could not create the interview note: ${messageOf(error)}`);
		}
	}

	private problem(message: string): null {
		this.errorEl.setText(message);
		return null;
	}
}
