import { Component } from "obsidian";
import { FollowUpHost } from "./followUpHost";

/** "3 follow-ups due": overdue plus due now, for the status bar. */
export function dueCountText(count: number): string {
	return count === 1 ? "1 follow-up due" : `${count} follow-ups due`;
}

/**
 * The status bar item: how many follow-ups are overdue or due now; hidden at zero or when turned off in the
 * settings; a click opens the agenda. Kept current by the index, the day clock and settings changes.
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
		let count = 0;
		if (settings.showStatusBar) {
			for (const item of index.agenda(clock.today()).items) {
				if (item.bucket !== "overdue" && item.bucket !== "due") break;
				count++;
			}
		}
		this.el.toggleClass("ifu-hidden", count === 0);
		this.el.setText(count === 0 ? "" : dueCountText(count));
	}
}
