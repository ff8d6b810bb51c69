import { Component } from "obsidian";
import { AgendaItem } from "../rules";
import { FollowUpHost } from "./followUpHost";

/** "3 follow-ups due": overdue plus due now, for the status bar. */
export function dueCountText(count: number): string {
	return count === 1 ? "1 follow-up due" : `${count} follow-ups due`;
}

/** The items overdue or due now: the first ones of an agenda, which lists them first. */
export function dueNow(items: AgendaItem[]): AgendaItem[] {
	const end = items.findIndex((item) => item.bucket !== "overdue" && item.bucket !== "due");
	return end === -1 ? items : items.slice(0, end);
}

/**
 * The status bar item: how many follow-ups are overdue or due now; hidden at zero, when turned off in the
 * settings, and until the index has read the whole vault (a count from a half-read vault would be wrong); a
 * click opens the agenda. Kept current by the index, the day clock and settings changes. Desktop only: on
 * mobile there is no status bar (obsidian.d.ts, `addStatusBarItem`), and the start-up notice carries the count.
 */
export class FollowUpStatusBar {
	constructor(private el: HTMLElement, private host: FollowUpHost, openAgenda: () => void, owner: Component) {
		el.addClass("ifu-status-bar", "mod-clickable");
		el.setAttr("role", "button");
		el.setAttr("tabindex", 0);
		el.setAttr("aria-label", "Open follow-up agenda");
		owner.registerDomEvent(el, "click", openAgenda);
		owner.registerDomEvent(el, "keydown", (event: KeyboardEvent) => {
			if (event.key === "Enter" || event.key === " ") openAgenda();
		});
		owner.registerEvent(host.index.on("changed", () => this.update()));
		owner.registerEvent(host.clock.on("day-changed", () => this.update()));
		this.update();
	}

	/** Recounts and shows or hides the item. */
	update(): void {
		const { index, clock, settings } = this.host;
		const count = settings.showStatusBar && index.isComplete() ? dueNow(index.agenda(clock.today()).items).length : 0;
		this.el.toggleClass("ifu-hidden", count === 0);
		this.el.setText(count === 0 ? "" : dueCountText(count));
	}
}
