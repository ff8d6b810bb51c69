// Obsidian's small UI pieces: settings rows, menus, modals, notices and input suggestions. Each renders plain
// DOM with Obsidian's class names, so jsdom tests can click them and a browser can show them.
import { Component } from "./events";
import { setIcon } from "./dom";
import type { App } from "./app";
import type { Plugin } from "./app";

/** A text box of a setting row. */
export class TextComponent {
	inputEl: HTMLInputElement;
	private changeHandlers: ((value: string) => unknown)[] = [];

	constructor(containerEl: HTMLElement) {
		this.inputEl = containerEl.createEl("input", { type: "text" });
		this.inputEl.addEventListener("input", () => {
			for (const handler of this.changeHandlers) void handler(this.inputEl.value);
		});
	}

	getValue(): string {
		return this.inputEl.value;
	}

	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.inputEl.disabled = disabled;
		return this;
	}

	onChange(handler: (value: string) => unknown): this {
		this.changeHandlers.push(handler);
		return this;
	}
}

/** An on/off switch of a setting row; a click flips it. */
export class ToggleComponent {
	toggleEl: HTMLElement;
	private value = false;
	private changeHandlers: ((value: boolean) => unknown)[] = [];

	constructor(containerEl: HTMLElement) {
		this.toggleEl = containerEl.createDiv({ cls: "checkbox-container", attr: { role: "switch", tabindex: 0 } });
		this.toggleEl.addEventListener("click", () => {
			this.setValue(!this.value);
			for (const handler of this.changeHandlers) void handler(this.value);
		});
	}

	getValue(): boolean {
		return this.value;
	}

	setValue(value: boolean): this {
		this.value = value;
		this.toggleEl.toggleClass("is-enabled", value);
		this.toggleEl.setAttr("aria-checked", value);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.toggleEl.setAttr("aria-label", tooltip);
		return this;
	}

	onChange(handler: (value: boolean) => unknown): this {
		this.changeHandlers.push(handler);
		return this;
	}
}

/** A button of a setting row or a modal. */
export class ButtonComponent {
	buttonEl: HTMLButtonElement;

	constructor(containerEl: HTMLElement) {
		this.buttonEl = containerEl.createEl("button");
	}

	setButtonText(text: string): this {
		this.buttonEl.setText(text);
		return this;
	}

	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.buttonEl.disabled = disabled;
		return this;
	}

	onClick(handler: (event: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (event) => void handler(event));
		return this;
	}
}

/** One row of a settings tab: name and description on the left, controls on the right. */
export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: unknown[] = [];

	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}

	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}

	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}

	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}

	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}

	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}

	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}

	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}

	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}

	private add<T>(component: T, cb: (component: T) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
}

/** A plugin's tab in the settings window. */
export abstract class PluginSettingTab {
	app: App;
	plugin: Plugin;
	containerEl: HTMLElement;

	constructor(app: App, plugin: Plugin) {
		this.app = app;
		this.plugin = plugin;
		this.containerEl = createDiv({ cls: "vertical-tab-content" });
	}

	abstract display(): void;

	hide(): void {
		this.containerEl.empty();
	}
}

/** One entry of a `Menu`. */
export class MenuItem {
	title = "";
	icon: string | null = null;
	section = "";
	checked: boolean | null = null;
	disabled = false;
	warning = false;
	callback: ((event: MouseEvent | KeyboardEvent) => unknown) | null = null;

	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}

	setIcon(icon: string | null): this {
		this.icon = icon;
		return this;
	}

	setSection(section: string): this {
		this.section = section;
		return this;
	}

	setChecked(checked: boolean | null): this {
		this.checked = checked;
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}

	setWarning(warning: boolean): this {
		this.warning = warning;
		return this;
	}

	onClick(callback: (event: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}
}

/** Where `showAtPosition` puts a menu (obsidian.d.ts `MenuPositionDef`). */
export interface MenuPositionDef {
	x: number;
	y: number;
	width?: number;
	overlap?: boolean;
	left?: boolean;
}

/**
 * A context menu, drawn as Obsidian draws it (`.menu` > `.menu-item` with `.menu-item-icon` and
 * `.menu-item-title`, `.menu-separator`), at the position given. As in Obsidian, it takes the keyboard while
 * shown without moving focus (its own scope): arrow keys select an entry (`.selected`), Enter picks it, Escape
 * closes it; a click elsewhere closes it too. Mock: the last one shown is `Menu.lastShown`, and
 * `Menu.clickItem` picks an entry.
 */
export class Menu extends Component {
	static lastShown: Menu | null = null;
	items: (MenuItem | "separator")[] = [];
	dom: HTMLElement | null = null;
	/** Mock only: the document the menu is shown in. */
	doc: Document = document;
	private selected = -1;
	private readonly onKey = (event: KeyboardEvent) => this.key(event);
	private readonly onOutside = (event: MouseEvent) => {
		if (this.dom && !this.dom.contains(event.target as Node)) this.hide();
	};

	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}

	addSeparator(): this {
		this.items.push("separator");
		return this;
	}

	/** Mock only: the entries, without separators. */
	get entries(): MenuItem[] {
		return this.items.filter((item): item is MenuItem => item !== "separator");
	}

	showAtMouseEvent(event: MouseEvent): this {
		return this.showAtPosition({ x: event.clientX ?? 0, y: event.clientY ?? 0 });
	}

	/** obsidian.d.ts `showAtPosition(position, doc?)`: drawn in `doc` (a pop-out window's), the main window's by default. */
	showAtPosition(position: MenuPositionDef, doc: Document = document): this {
		Menu.lastShown?.hide();
		this.doc = doc;
		this.dom = doc.body.createDiv({ cls: "menu", attr: { role: "menu" } });
		this.dom.style.left = `${Math.round(position.x)}px`;
		this.dom.style.top = `${Math.round(position.y)}px`;
		for (const item of this.items) {
			if (item === "separator") {
				this.dom.createDiv({ cls: "menu-separator" });
				continue;
			}
			const cls = ["menu-item", item.disabled ? "is-disabled" : "", item.warning ? "is-warning" : ""].filter(Boolean);
			const itemEl = this.dom.createDiv({ cls, attr: { role: "menuitem", "data-section": item.section || null } });
			const iconEl = itemEl.createDiv({ cls: "menu-item-icon" });
			if (item.icon) setIcon(iconEl, item.icon);
			itemEl.createDiv({ cls: "menu-item-title", text: item.title });
			if (item.checked) setIcon(itemEl.createDiv({ cls: "menu-item-icon mod-checked" }), "check");
			itemEl.addEventListener("click", (event) => this.pick(item, event));
		}
		doc.addEventListener("keydown", this.onKey, true);
		// Deferred, so the click that opened the menu does not close it.
		window.setTimeout(() => doc.addEventListener("mousedown", this.onOutside, true), 0);
		Menu.lastShown = this;
		return this;
	}

	hide(): this {
		this.doc.removeEventListener("keydown", this.onKey, true);
		this.doc.removeEventListener("mousedown", this.onOutside, true);
		this.dom?.detach();
		this.dom = null;
		this.selected = -1;
		if (Menu.lastShown === this) Menu.lastShown = null;
		return this;
	}

	close(): void {
		this.hide();
	}

	/** Mock only: picks the entry titled `title` of the menu shown last. */
	static clickItem(title: string): void {
		const menu = Menu.lastShown;
		const item = menu?.entries.find((candidate) => candidate.title === title);
		if (!menu || !item) throw new Error(`No menu item "${title}" (shown: ${menu?.entries.map((i) => i.title).join(", ") ?? "no menu"})`);
		menu.pick(item, new MouseEvent("click"));
	}

	/** Mock only: the titles of the menu shown last, "---" for a separator. */
	static shownTitles(): string[] {
		return Menu.lastShown?.items.map((item) => (item === "separator" ? "---" : item.title)) ?? [];
	}

	private pick(item: MenuItem, event: MouseEvent | KeyboardEvent): void {
		if (item.disabled) return;
		this.hide();
		void item.callback?.(event);
	}

	private key(event: KeyboardEvent): void {
		const entries = this.entries;
		if (event.key === "Escape") this.hide();
		else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
			const step = event.key === "ArrowDown" ? 1 : -1;
			this.selected = (this.selected + step + entries.length) % entries.length;
			const els = this.dom?.querySelectorAll(".menu-item") ?? [];
			els.forEach((el, index) => el.toggleClass("selected", index === this.selected));
		} else if (event.key === "Enter" && this.selected >= 0) this.pick(entries[this.selected], event);
		else return;
		event.preventDefault();
		event.stopPropagation();
	}
}

/** A dialog over the workspace. */
export class Modal {
	app: App;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;

	constructor(app: App) {
		this.app = app;
		this.containerEl = createDiv({ cls: "modal-container" });
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });
		this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	open(): void {
		document.body.appendChild(this.containerEl);
		this.onOpen();
	}

	close(): void {
		this.containerEl.detach();
		this.onClose();
	}

	onOpen(): void {}

	onClose(): void {}
}

/** A transient message. Mock: every message shown is kept in `Notice.shown`. */
export class Notice {
	static shown: string[] = [];
	noticeEl: HTMLElement;

	constructor(message: string | DocumentFragment, _duration?: number) {
		this.noticeEl = createDiv({ cls: "notice" });
		this.noticeEl.setText(message);
		Notice.shown.push(this.noticeEl.getText());
	}

	setMessage(message: string | DocumentFragment): this {
		this.noticeEl.setText(message);
		return this;
	}

	hide(): void {}
}

/** Type-ahead under an input: on each input, lists `getSuggestions` in a `.suggestion-container`. */
export abstract class AbstractInputSuggest<T> {
	app: App;
	limit = 100;
	suggestEl: HTMLElement;
	private inputEl: HTMLInputElement | HTMLDivElement;
	private selectHandler: ((value: T, event: MouseEvent | KeyboardEvent) => unknown) | null = null;

	constructor(app: App, inputEl: HTMLInputElement | HTMLDivElement) {
		this.app = app;
		this.inputEl = inputEl;
		this.suggestEl = createDiv({ cls: "suggestion-container" });
		inputEl.addEventListener("input", () => void this.open());
		inputEl.addEventListener("focus", () => void this.open());
	}

	setValue(value: string): void {
		if (this.inputEl instanceof HTMLInputElement) this.inputEl.value = value;
		else this.inputEl.setText(value);
	}

	getValue(): string {
		return this.inputEl instanceof HTMLInputElement ? this.inputEl.value : this.inputEl.getText();
	}

	onSelect(handler: (value: T, event: MouseEvent | KeyboardEvent) => unknown): this {
		this.selectHandler = handler;
		return this;
	}

	selectSuggestion(value: T, event: MouseEvent | KeyboardEvent): void {
		void this.selectHandler?.(value, event);
	}

	close(): void {
		this.suggestEl.detach();
	}

	protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;

	private async open(): Promise<void> {
		const suggestions = (await this.getSuggestions(this.getValue())).slice(0, this.limit || undefined);
		this.suggestEl.empty();
		document.body.appendChild(this.suggestEl);
		for (const suggestion of suggestions) {
			const itemEl = this.suggestEl.createDiv({ cls: "suggestion-item" });
			this.renderSuggestion(suggestion, itemEl);
			itemEl.addEventListener("click", (event) => this.selectSuggestion(suggestion, event));
		}
	}
}

/** Modifier keys: Ctrl/Cmd-click opens in a new tab. */
export class Keymap {
	static isModEvent(event?: MouseEvent | KeyboardEvent | null): boolean | "tab" {
		return event ? (event.ctrlKey || event.metaKey ? "tab" : false) : false;
	}
}
