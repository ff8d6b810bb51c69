import { setIcon } from "obsidian";

/** One button of a pane's header; `id` is what a click on it reports (see `navButtonClicked`). */
export interface NavButton {
	id: string;
	icon: string;
	label: string;
}

/**
 * The row of icon buttons at the top of a pane, as Obsidian's File explorer and Bookmarks have it:
 * `nav-header` > `nav-buttons-container` > `clickable-icon nav-action-button`, each named by its `aria-label`
 * (Obsidian shows that as the tooltip). The view's one click listener handles them (`navButtonClicked`).
 */
export function renderNavHeader(parent: HTMLElement, buttons: readonly NavButton[]): HTMLElement {
	const header = parent.createDiv({ cls: "nav-header" });
	const container = header.createDiv({ cls: "nav-buttons-container" });
	for (const { id, icon, label } of buttons) {
		const button = container.createEl("button", { cls: "clickable-icon nav-action-button", attr: { "aria-label": label, type: "button", "data-header-action": id } });
		setIcon(button, icon);
	}
	return header;
}

/** The `id` of the header button a click landed on, or `null`. */
export function navButtonClicked(event: MouseEvent): string | null {
	return (event.target as HTMLElement).closest<HTMLElement>("[data-header-action]")?.dataset.headerAction ?? null;
}
