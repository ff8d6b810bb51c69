import { setIcon } from "obsidian";
import { actionPhrase, AgendaItem, CalendarDay, StepKind, whenPhrase } from "../rules";

/** What a user can do with an agenda item; the view supplies these. */
export interface AgendaItemActions {
	open(item: AgendaItem, event: MouseEvent | KeyboardEvent): void;
	runMainAction(item: AgendaItem): Promise<void>;
	/** Writes the step done; resolves once the metadata cache shows the write. */
	markDone(item: AgendaItem): Promise<void>;
	/** Whether a Done for this item is written but not yet shown by the metadata cache. */
	isPending(item: AgendaItem): boolean;
	snooze(item: AgendaItem, event: MouseEvent): void;
	setStatus(item: AgendaItem, event: MouseEvent): void;
}

const MAIN_ACTION: Record<StepKind, { text: string; icon: string }> = {
	letter: { text: "Write letter", icon: "mail" },
	"introducer-thanks": { text: "Write thanks", icon: "heart-handshake" },
	call: { text: "Call script", icon: "phone" },
	"check-in": { text: "Share article", icon: "newspaper" },
};

function iconButton(parent: HTMLElement, icon: string, text: string, label: string, cls: string): HTMLButtonElement {
	const button = parent.createEl("button", { cls: `ifu-button ${cls}`, attr: { "aria-label": label, type: "button" } });
	setIcon(button.createSpan({ cls: "ifu-button-icon" }), icon);
	if (text) button.createSpan({ text, cls: "ifu-button-text" });
	return button;
}

/**
 * Runs an async click handler with the item's buttons disabled, so a double click never writes twice; then
 * `enable` decides which come back.
 */
function whileBusy(buttons: HTMLButtonElement[], work: () => Promise<void>, enable: () => void): void {
	for (const button of buttons) button.disabled = true;
	void work().finally(enable);
}

/**
 * One agenda item: what to do (opens the note), the role and when, then the main action, Done, Snooze and a
 * status menu. Every text is set with `setText`/`createEl`, so note text never becomes HTML.
 */
export function renderAgendaItem(
	parent: HTMLElement,
	item: AgendaItem,
	today: CalendarDay,
	actions: AgendaItemActions,
	callDelayDays = 7,
): HTMLElement {
	const phrase = actionPhrase(item, callDelayDays);
	const itemEl = parent.createEl("li", { cls: `ifu-item ifu-bucket-${item.bucket}`, attr: { "data-note": item.note, "data-step": item.step } });
	const title = itemEl.createDiv({ cls: "ifu-item-title", text: phrase, attr: { role: "link", tabindex: 0, title: item.note } });
	title.addEventListener("click", (event) => actions.open(item, event));
	title.addEventListener("keydown", (event) => {
		if (event.key !== "Enter" && event.key !== " ") return;
		event.preventDefault();
		actions.open(item, event);
	});

	const meta = itemEl.createDiv({ cls: "ifu-item-meta" });
	if (item.role) meta.createSpan({ cls: "ifu-item-role", text: item.role });
	meta.createSpan({ cls: "ifu-item-when", text: whenPhrase(item, today) });

	const buttons = itemEl.createDiv({ cls: "ifu-item-buttons" });
	const main = MAIN_ACTION[item.step];
	const mainButton = iconButton(buttons, main.icon, main.text, `${main.text}: ${phrase}`, "ifu-main-action");
	const done = iconButton(buttons, "check", "Done", `Mark done: ${phrase}`, "ifu-done");
	const snooze = iconButton(buttons, "alarm-clock", "Snooze", `Snooze: ${phrase}`, "ifu-snooze");
	const status = iconButton(buttons, "more-horizontal", "", `Set status: ${phrase}`, "ifu-status");
	const all = [mainButton, done, snooze, status];
	// Done waits for the cache to show its write, also across renders of the agenda.
	const enable = () => {
		for (const button of all) button.disabled = button === done && actions.isPending(item);
	};
	enable();
	mainButton.addEventListener("click", () => whileBusy(all, () => actions.runMainAction(item), enable));
	done.addEventListener("click", () => whileBusy(all, () => actions.markDone(item), enable));
	snooze.addEventListener("click", (event) => actions.snooze(item, event));
	status.addEventListener("click", (event) => actions.setStatus(item, event));
	return itemEl;
}
