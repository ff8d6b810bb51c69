import { setIcon, setTooltip } from "obsidian";
import { actionPhrase, AgendaItem, callReasonPhrase, CalendarDay, KIND_LABELS, StepKind, whenPhrase } from "../rules";

/** The main action of each step: what its icon button says and shows. */
export const MAIN_ACTION: Readonly<Record<StepKind, { text: string; icon: string }>> = {
	letter: { text: "Write letter", icon: "mail" },
	"rejection-reply": { text: "Write reply", icon: "reply" },
	"introducer-thanks": { text: "Write thanks", icon: "heart-handshake" },
	call: { text: "Call script", icon: "phone" },
	"check-in": { text: "Share article", icon: "newspaper" },
};

/** The key of an item's row: one row per note and step. */
export function itemKey(item: Pick<AgendaItem, "note" | "step">): string {
	return `item:${item.note}\u0000${item.step}`;
}

/** Everything an item's row shows, as one text: the row is rebuilt only when this changes. */
export function itemSignature(item: AgendaItem, today: CalendarDay, idea: string | null = null): string {
	return [item.bucket, item.variant, item.kind, item.meeting, item.due, item.deadline, item.company, item.role, today, idea ?? "", ...item.contacts].join("\u0000");
}

function iconButton(parent: HTMLElement, icon: string, label: string, action: string, cls: string): void {
	const button = parent.createEl("button", {
		cls: `clickable-icon ${cls}`,
		// Not a Tab stop: the pane is one (its rows), and the row's menu offers the same actions to the keyboard.
		attr: { "aria-label": label, type: "button", tabindex: -1, "data-action": action },
	});
	setIcon(button, icon);
}

/**
 * One agenda item as a compact row of an Obsidian pane: what to do ("Call Jane at Acme"), then a muted line
 * with the kind, the role and when ("Job interview · Senior engineer · due today"), and two icon buttons shown
 * on hover or focus (always on mobile): the main action and "More actions" (the menu). A check-in with something
 * worth sharing names it first in that line, in place of the kind and the role (`idea`: "Idea: Why clinicians ignore readmission risk scores"). Why a call is due
 * ("no answer in a week") and the note's path are in the row's tooltip. Built detached; every text is set with
 * `createEl`/`setText`, so note text never becomes HTML. The view handles every event (one listener per pane).
 */
export function renderAgendaRow(item: AgendaItem, today: CalendarDay, callDelayDays: number, idea: string | null = null): HTMLElement {
	const phrase = actionPhrase(item, null);
	const full = item.step === "call" ? `${phrase} — ${callReasonPhrase(callDelayDays)}` : phrase;
	const itemEl = createDiv({ cls: `tree-item ifu-item ifu-bucket-${item.bucket}`, attr: { "data-note": item.note, "data-step": item.step } });
	const row = itemEl.createDiv({
		cls: "tree-item-self is-clickable ifu-row",
		attr: { tabindex: -1, "data-nav": "item", "data-key": itemKey(item) },
	});
	// Obsidian's own tooltip (aria-label), as its panes have, not the browser's `title`.
	const moved = idea !== null ? [[KIND_LABELS[item.kind], item.role].filter((part) => part).join(" · ")] : [];
	setTooltip(row, [full, ...moved, item.note].join("\n"));
	const inner = row.createDiv({ cls: "tree-item-inner" });
	inner.createDiv({ cls: "ifu-item-title", text: phrase });
	const meta = inner.createDiv({ cls: "ifu-item-meta" });
	// A check-in with an idea to share names it first in the detail line, where the kind and the role stand
	// otherwise (they move to the tooltip): at 300 px the idea is the one thing of the line worth reading.
	if (idea !== null) meta.createSpan({ cls: "ifu-item-idea", text: `Idea: ${idea}` });
	else {
		meta.createSpan({ cls: "ifu-item-kind", text: KIND_LABELS[item.kind] });
		if (item.role) meta.createSpan({ cls: "ifu-item-role", text: item.role });
	}
	meta.createSpan({ cls: "ifu-item-when", text: whenPhrase(item, today) });

	const buttons = row.createDiv({ cls: "ifu-row-buttons" });
	const main = MAIN_ACTION[item.step];
	iconButton(buttons, main.icon, `${main.text}: ${phrase}`, "main", "ifu-main-action");
	iconButton(buttons, "more-horizontal", `More actions: ${phrase}`, "menu", "ifu-more");
	return itemEl;
}
