import { MenuPositionDef } from "obsidian";

/** What the keys of a tree pane do with its rows; the view decides per row. */
export interface TreeKeyHandlers {
	/** Enter or Space on a row (open the note, or fold a section). */
	activate(row: HTMLElement, event: KeyboardEvent): void;
	/** The context-menu key or Shift+F10 on a row, with where the menu goes. */
	menu(row: HTMLElement, position: MenuPositionDef): void;
	/** ArrowRight/ArrowLeft on a section header: `true` opens it, `false` folds it. */
	expand(row: HTMLElement, open: boolean): void;
}

/** The rows keyboard navigation moves between, in document order. */
function rowsOf(container: HTMLElement): HTMLElement[] {
	return Array.from(container.querySelectorAll<HTMLElement>("[data-nav]"));
}

/** Where a menu opened from the keyboard appears: under the row, at its left edge (as a right-click would). */
export function menuPositionBelow(row: HTMLElement): MenuPositionDef {
	const box = row.getBoundingClientRect();
	return { x: box.left + 8, y: box.bottom };
}

/**
 * Roving tabindex (WAI-ARIA's tree pattern): the whole pane is one Tab stop, the current row; ArrowUp and
 * ArrowDown move between rows (section headers included), Home and End to the first and last. The pane keeps
 * the current row by its `data-key`, so a re-render (after Done, say) puts focus back on it, or on the row that
 * took its place.
 */
export class TreeKeyboard {
	private current: HTMLElement | null = null;
	private currentKey: string | null = null;
	private currentIndex = 0;

	constructor(private container: HTMLElement, private handlers: TreeKeyHandlers) {}

	/** Handles a keydown inside the pane (the view registers it); returns whether it used the key. */
	onKeyDown(event: KeyboardEvent): boolean {
		const row = (event.target as HTMLElement | null)?.closest<HTMLElement>("[data-nav]");
		if (!row || !this.container.contains(row)) return false;
		const isSection = row.dataset.nav === "section";
		const move = (to: (rows: HTMLElement[], index: number) => HTMLElement | undefined) => {
			const rows = rowsOf(this.container);
			this.focus(to(rows, rows.indexOf(row)));
		};
		switch (event.key) {
			case "ArrowDown":
				move((rows, index) => rows[Math.min(index + 1, rows.length - 1)]);
				break;
			case "ArrowUp":
				move((rows, index) => rows[Math.max(index - 1, 0)]);
				break;
			case "Home":
				move((rows) => rows[0]);
				break;
			case "End":
				move((rows) => rows[rows.length - 1]);
				break;
			case "ArrowRight":
			case "ArrowLeft":
				if (isSection) this.handlers.expand(row, event.key === "ArrowRight");
				else if (event.key === "ArrowLeft") this.focus(row.closest(".ifu-section")?.querySelector<HTMLElement>("[data-nav=section]") ?? row);
				else return false;
				break;
			case "Enter":
			case " ":
				this.handlers.activate(row, event);
				break;
			case "ContextMenu":
				this.handlers.menu(row, menuPositionBelow(row));
				break;
			case "F10":
				if (!event.shiftKey) return false;
				this.handlers.menu(row, menuPositionBelow(row));
				break;
			default:
				return false;
		}
		event.preventDefault();
		return true;
	}

	/** A row got focus (by click or by key): it becomes the pane's one Tab stop. */
	onFocusIn(event: FocusEvent): void {
		const row = (event.target as HTMLElement | null)?.closest<HTMLElement>("[data-nav]");
		if (row && this.container.contains(row) && row !== this.current) this.makeCurrent(row);
	}

	/** Whether keyboard focus is inside the pane now (before a re-render moves rows). */
	hasFocus(): boolean {
		// The pane's own window: in a pop-out, the main window's `document` knows nothing of its focus.
		return this.container.contains(this.container.doc.activeElement);
	}

	/**
	 * After a render: the current row stays the Tab stop if it is still shown; when it is gone, the row with its
	 * key (rebuilt) or the row now at its place takes over, and takes focus if the pane had it.
	 */
	restore(refocus: boolean): void {
		let row = this.current && this.container.contains(this.current) ? this.current : null;
		if (!row) {
			// Only when the current row left (done, moved, folded): the one query of the rows a render may need.
			const rows = rowsOf(this.container);
			if (rows.length === 0) return;
			row = rows.find((candidate) => candidate.dataset.key === this.currentKey) ?? rows[Math.min(this.currentIndex, rows.length - 1)];
			this.makeCurrent(row, rows);
		}
		if (refocus && row.doc.activeElement !== row) row.focus();
	}

	/** Moves focus to `row` (a row of the pane), making it the Tab stop. */
	focus(row: HTMLElement | undefined): void {
		if (!row) return;
		this.makeCurrent(row);
		row.focus();
	}

	private makeCurrent(row: HTMLElement, rows: HTMLElement[] = rowsOf(this.container)): void {
		if (this.current && this.current !== row) this.current.tabIndex = -1;
		row.tabIndex = 0;
		this.current = row;
		this.currentKey = row.dataset.key ?? null;
		// Where it was, for when it goes: the row that then takes its place is at the same index.
		this.currentIndex = Math.max(0, rows.indexOf(row));
	}
}
