import { setIcon } from "obsidian";

/** What a section of a tree pane shows. */
export interface TreeSectionOptions {
	/** Names the section in classes (`ifu-section-<key>`) and in the view's memory of what is open. */
	key: string;
	title: string;
	count: number;
	collapsed: boolean;
}

/**
 * A collapsible section as Obsidian's own panes draw one (Backlinks' "Linked mentions", Search's results):
 * `tree-item` > `tree-item-self` with a `collapse-icon`, the title in `tree-item-inner` and the count as
 * `tree-item-flair`, then `tree-item-children`. The header is a row of the pane's keyboard navigation
 * (`data-nav`), a button that says whether it is expanded. Built once and updated in place (`update`), so a
 * render after one change touches only what changed; the view fills `children` (only while expanded).
 */
export class TreeSection {
	readonly el: HTMLElement;
	readonly header: HTMLElement;
	readonly children: HTMLElement;
	private readonly icon: HTMLElement;
	private readonly titleEl: HTMLElement;
	private readonly countEl: HTMLElement;
	private shown: TreeSectionOptions | null = null;

	constructor(options: TreeSectionOptions) {
		const { key } = options;
		this.el = createDiv({ cls: ["tree-item", "ifu-section", `ifu-section-${key}`], attr: { "data-section": key } });
		this.header = this.el.createDiv({
			cls: "tree-item-self is-clickable mod-collapsible ifu-section-header",
			attr: { role: "button", tabindex: -1, "data-nav": "section", "data-key": `section:${key}` },
		});
		this.icon = this.header.createDiv({ cls: "tree-item-icon collapse-icon" });
		setIcon(this.icon, "right-triangle");
		this.titleEl = this.header.createDiv({ cls: "tree-item-inner ifu-section-title" });
		this.countEl = this.header.createDiv({ cls: "tree-item-flair-outer" }).createSpan({ cls: "tree-item-flair ifu-section-count" });
		this.children = this.el.createDiv({ cls: "tree-item-children", attr: { role: "group" } });
		this.update(options);
	}

	/** Shows `options`, changing only what differs from what is shown. */
	update(options: TreeSectionOptions): void {
		const before = this.shown;
		if (before?.title !== options.title) {
			this.titleEl.setText(options.title);
			this.children.setAttr("aria-label", options.title);
		}
		if (before?.count !== options.count) this.countEl.setText(String(options.count));
		if (before?.collapsed !== options.collapsed) {
			this.el.toggleClass("is-collapsed", options.collapsed);
			this.icon.toggleClass("is-collapsed", options.collapsed);
			this.header.setAttr("aria-expanded", String(!options.collapsed));
			this.children.toggle(!options.collapsed);
		}
		this.shown = { ...options };
	}
}

/**
 * Makes `parent`'s children exactly `desired`, in order, moving and removing as few nodes as it can: the rows
 * that stayed are neither rebuilt nor moved, so an update after one change costs about that change.
 */
export function reconcileChildren(parent: HTMLElement, desired: readonly Node[]): void {
	const keep = new Set(desired);
	for (let child = parent.firstChild; child; ) {
		const next = child.nextSibling;
		if (!keep.has(child)) parent.removeChild(child);
		child = next;
	}
	let cursor = parent.firstChild;
	for (const node of desired) {
		if (node === cursor) cursor = cursor.nextSibling;
		else parent.insertBefore(node, cursor);
	}
}

/** The "Show N more" row at the end of a long section (a row of the keyboard navigation). */
export function showMoreRow(section: string, more: number): HTMLElement {
	return createDiv({
		cls: "tree-item-self is-clickable ifu-show-more",
		text: `Show ${more} more`,
		attr: { tabindex: -1, role: "button", "data-nav": "more", "data-key": `more:${section}`, "data-section": section },
	});
}
