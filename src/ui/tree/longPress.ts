import { Component, MenuPositionDef } from "obsidian";

/** How long a finger rests on a row before its menu opens (about what iOS and Android use). */
const LONG_PRESS_MS = 500;
/** A finger that moves further than this is scrolling, not pressing. */
const SLOP_PX = 10;

/**
 * Long-press on a row (matching `selector`) inside `container` opens its menu, as on Obsidian mobile. The click
 * that ends the press is swallowed, so the row does not also open its note; Android's own `contextmenu`, which
 * can fire for the same press, is swallowed too, so the menu opens once.
 */
export function attachLongPress(owner: Component, container: HTMLElement, selector: string, open: (row: HTMLElement, position: MenuPositionDef) => void): void {
	let timer: number | null = null;
	let start: { x: number; y: number } | null = null;
	let fired = false;
	const cancel = () => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
	};
	owner.registerDomEvent(container, "touchstart", (event) => {
		const row = (event.target as HTMLElement).closest<HTMLElement>(selector);
		const touch = event.touches[0];
		fired = false;
		if (!row || !touch || event.touches.length > 1) return;
		start = { x: touch.clientX, y: touch.clientY };
		cancel();
		timer = window.setTimeout(() => {
			timer = null;
			fired = true;
			if (start) open(row, start);
		}, LONG_PRESS_MS);
	}, { passive: true });
	owner.registerDomEvent(container, "touchmove", (event) => {
		const touch = event.touches[0];
		if (start && touch && Math.hypot(touch.clientX - start.x, touch.clientY - start.y) > SLOP_PX) cancel();
	}, { passive: true });
	owner.registerDomEvent(container, "touchend", (event) => {
		cancel();
		if (fired) event.preventDefault();
	});
	owner.registerDomEvent(container, "touchcancel", cancel);
	owner.registerDomEvent(container, "contextmenu", (event) => {
		if (fired) event.stopImmediatePropagation();
	}, { capture: true });
	owner.registerDomEvent(container, "click", (event) => {
		if (!fired) return;
		fired = false;
		event.stopImmediatePropagation();
		event.preventDefault();
	}, { capture: true });
}
