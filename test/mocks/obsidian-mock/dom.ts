// Obsidian's helpers on DOM nodes (`createEl`, `setText`, `toggleClass`, …), installed on the prototypes the way
// Obsidian does at start-up. Installed only where a DOM exists (jsdom tests, the browser), so node tests can
// import the mock too. No jest and no Node built-ins: the screenshots bundle ships this file to Chromium.
// (Lint suggests createEl/createSvg for the two document.create* calls below: this file is what implements them.)

/** Options of `createEl`, as in Obsidian's `DomElementInfo`. */
export interface DomElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

type Callback<T> = (el: T) => void;

function applyInfo(el: HTMLElement, info: DomElementInfo | string | undefined): void {
	if (info === undefined) return;
	const options: DomElementInfo = typeof info === "string" ? { cls: info } : info;
	if (options.cls) el.addClasses(Array.isArray(options.cls) ? options.cls : options.cls.split(" ").filter(Boolean));
	if (options.text !== undefined) el.setText(options.text);
	if (options.attr) el.setAttrs(options.attr);
	if (options.title !== undefined) el.title = options.title;
	if (options.value !== undefined) (el as HTMLInputElement).value = options.value;
	if (options.type !== undefined) el.setAttribute("type", options.type);
	if (options.placeholder !== undefined) el.setAttribute("placeholder", options.placeholder);
	if (options.href !== undefined) el.setAttribute("href", options.href);
}

function createElIn<K extends keyof HTMLElementTagNameMap>(
	parent: Node | null,
	tag: K,
	info?: DomElementInfo | string,
	callback?: Callback<HTMLElementTagNameMap[K]>,
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	applyInfo(el, info);
	const target = (typeof info === "object" && info.parent) || parent;
	if (target) {
		if (typeof info === "object" && info.prepend) target.insertBefore(el, target.firstChild);
		else target.appendChild(el);
	}
	callback?.(el);
	return el;
}

/** Installs the helpers once; harmless to call again. */
export function installDomHelpers(): void {
	if (typeof HTMLElement === "undefined" || "createEl" in HTMLElement.prototype) return;
	const node = Node.prototype as unknown as Record<string, unknown>;
	const element = HTMLElement.prototype as unknown as Record<string, unknown>;
	// obsidian.d.ts `Node.doc` / `Node.win`: the document and window a node lives in (a pop-out's own).
	Object.defineProperty(Node.prototype, "doc", {
		configurable: true,
		get(this: Node) {
			return this.ownerDocument ?? (this as Document);
		},
	});
	Object.defineProperty(Node.prototype, "win", {
		configurable: true,
		get(this: Node) {
			return (this.ownerDocument ?? (this as Document)).defaultView ?? window;
		},
	});
	node.createEl = function (this: Node, tag: keyof HTMLElementTagNameMap, info?: DomElementInfo | string, cb?: Callback<HTMLElement>) {
		return createElIn(this, tag, info, cb);
	};
	node.createDiv = function (this: Node, info?: DomElementInfo | string, cb?: Callback<HTMLDivElement>) {
		return createElIn(this, "div", info, cb);
	};
	node.createSpan = function (this: Node, info?: DomElementInfo | string, cb?: Callback<HTMLSpanElement>) {
		return createElIn(this, "span", info, cb);
	};
	node.empty = function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	};
	node.detach = function (this: Node) {
		this.parentNode?.removeChild(this);
	};
	node.appendText = function (this: Node, text: string) {
		this.appendChild(document.createTextNode(text));
	};
	node.instanceOf = function (this: Node, type: new () => unknown) {
		return this instanceof type;
	};
	element.setText = function (this: HTMLElement, text: string | DocumentFragment) {
		if (typeof text === "string") this.textContent = text;
		else {
			this.textContent = "";
			this.appendChild(text);
		}
	};
	element.getText = function (this: HTMLElement) {
		return this.textContent ?? "";
	};
	element.addClass = function (this: HTMLElement, ...classes: string[]) {
		this.classList.add(...classes);
	};
	element.addClasses = function (this: HTMLElement, classes: string[]) {
		this.classList.add(...classes);
	};
	element.removeClass = function (this: HTMLElement, ...classes: string[]) {
		this.classList.remove(...classes);
	};
	element.removeClasses = function (this: HTMLElement, classes: string[]) {
		this.classList.remove(...classes);
	};
	element.toggleClass = function (this: HTMLElement, classes: string | string[], value: boolean) {
		for (const cls of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(cls, value);
	};
	element.hasClass = function (this: HTMLElement, cls: string) {
		return this.classList.contains(cls);
	};
	element.setAttr = function (this: HTMLElement, name: string, value: string | number | boolean | null) {
		if (value === null) this.removeAttribute(name);
		else this.setAttribute(name, String(value));
	};
	element.setAttrs = function (this: HTMLElement, attrs: Record<string, string | number | boolean | null>) {
		for (const [name, value] of Object.entries(attrs)) this.setAttr(name, value);
	};
	element.getAttr = function (this: HTMLElement, name: string) {
		return this.getAttribute(name);
	};
	// Obsidian sets `display: none`; the `hidden` attribute does the same in a browser and is easy to query.
	element.show = function (this: HTMLElement) {
		this.removeAttribute("hidden");
	};
	element.hide = function (this: HTMLElement) {
		this.setAttribute("hidden", "");
	};
	element.toggle = function (this: HTMLElement, show: boolean) {
		this.toggleAttribute("hidden", !show);
	};
	// Obsidian asks the layout (offsetParent); jsdom has no layout, so: attached and no hidden ancestor.
	// jsdom lays nothing out, so it has no scrollIntoView; in Obsidian (Chromium) it scrolls the element into view.
	if (!("scrollIntoView" in element)) element.scrollIntoView = function () {};
	element.isShown = function (this: HTMLElement) {
		return this.isConnected && this.closest("[hidden]") === null;
	};
	element.find = function (this: HTMLElement, selector: string) {
		return this.querySelector(selector);
	};
	element.findAll = function (this: HTMLElement, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	};
	const global = window as unknown as Record<string, unknown>;
	global.createEl = (tag: keyof HTMLElementTagNameMap, info?: DomElementInfo | string, cb?: Callback<HTMLElement>) => createElIn(null, tag, info, cb);
	global.createDiv = (info?: DomElementInfo | string, cb?: Callback<HTMLDivElement>) => createElIn(null, "div", info, cb);
	global.createSpan = (info?: DomElementInfo | string, cb?: Callback<HTMLSpanElement>) => createElIn(null, "span", info, cb);
	global.createFragment = (cb?: (fragment: DocumentFragment) => void) => {
		const fragment = new DocumentFragment();
		cb?.(fragment);
		return fragment;
	};
	global.activeDocument = document;
	global.activeWindow = window;
}

/** Obsidian's `setIcon`: puts a Lucide icon (here an empty, labelled svg) into `el`. */
export function setIcon(el: HTMLElement, iconId: string): void {
	el.empty();
	const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
	svg.setAttribute("class", `svg-icon lucide-${iconId}`);
	svg.setAttribute("data-icon", iconId);
	el.appendChild(svg);
}

/** Obsidian's tooltip options (obsidian.d.ts `TooltipOptions`). */
export interface TooltipOptions {
	placement?: "bottom" | "right" | "left" | "top";
	delay?: number;
}

/**
 * obsidian.d.ts `setTooltip(el, tooltip, options?)` (since 1.4.4): Obsidian shows its own tooltip for an element's
 * `aria-label` on hover, placed by `data-tooltip-position`; this sets both, as the app does.
 */
export function setTooltip(el: HTMLElement, tooltip: string, options: TooltipOptions = {}): void {
	if (tooltip === "") el.removeAttribute("aria-label");
	else el.setAttribute("aria-label", tooltip);
	if (options.placement) el.setAttribute("data-tooltip-position", options.placement);
	if (options.delay !== undefined) el.setAttribute("data-tooltip-delay", String(options.delay));
}
