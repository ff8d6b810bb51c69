import { App, Modal, Setting } from "obsidian";
import { CalendarDay, formatIsoDay, readCalendarDay } from "../rules";

/** A small dialog with a date field; `onPick` receives a valid date after `today`, nothing else. */
export class DatePickerModal extends Modal {
	constructor(app: App, private today: CalendarDay, private onPick: (day: CalendarDay) => void) {
		super(app);
	}

	onOpen(): void {
		this.setTitle("Snooze until");
		const input = this.contentEl.createEl("input", {
			type: "date",
			cls: "ifu-date-input",
			attr: { "aria-label": "Snooze until", min: formatIsoDay(this.today + 1) },
			value: formatIsoDay(this.today + 7),
		});
		const message = this.contentEl.createDiv({ cls: "ifu-field-error", attr: { role: "alert" } });
		const submit = () => {
			const reading = readCalendarDay(input.value);
			if (!reading.ok) message.setText("Pick a date, for example 2026-12-01.");
			else if (reading.day <= this.today) message.setText("Pick a date after today.");
			else {
				this.close();
				this.onPick(reading.day);
				return;
			}
			input.addClass("ifu-invalid");
		};
		input.addEventListener("keydown", (event) => {
			if (event.key === "Enter") submit();
		});
		new Setting(this.contentEl)
			.addButton((button) => button.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((button) => button.setButtonText("Snooze").setCta().onClick(submit));
		input.focus();
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
