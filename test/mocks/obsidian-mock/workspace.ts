// The workspace: leaves in the main area and the right sidebar, views, deferred views and layout readiness.
// The right sidebar is one tab group: only its active leaf is shown, and collapsing it hides them all.
import { Component, Events } from "./events";
import type { App } from "./app";
import type { TFile } from "./vault";

/** What a leaf shows, as Obsidian saves it in the workspace layout. */
export interface ViewState {
	type: string;
	state?: Record<string, unknown>;
	active?: boolean;
}

/** A view: owns `containerEl`, opened and closed by its leaf. */
export abstract class View extends Component {
	app: App;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	icon = "";
	navigation = false;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = createDiv({ cls: "view-content-wrapper" });
	}

	abstract getViewType(): string;
	abstract getDisplayText(): string;

	getIcon(): string {
		return this.icon;
	}

	getState(): Record<string, unknown> {
		return {};
	}

	async setState(_state: unknown, _result: unknown): Promise<void> {}

	async onOpen(): Promise<void> {}

	async onClose(): Promise<void> {}

	onResize(): void {}
}

/** A view with a header and `contentEl`, as Obsidian's `ItemView`. */
export abstract class ItemView extends View {
	contentEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.containerEl.createDiv({ cls: "view-header" });
		this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
	}
}

/** A background leaf's stand-in until it is shown, as Obsidian ≥ 1.7.2 does. */
export class DeferredView extends View {
	constructor(leaf: WorkspaceLeaf, private viewType: string) {
		super(leaf);
	}

	getViewType(): string {
		return this.viewType;
	}

	getDisplayText(): string {
		return this.viewType;
	}
}

/** A note opened in a leaf (the plugin only needs to know which file). */
export class MarkdownView extends View {
	file: TFile | null = null;
	// obsidian.d.ts: "File views can be navigated by default."
	navigation = true;

	getViewType(): string {
		return "markdown";
	}

	getDisplayText(): string {
		return this.file?.basename ?? "";
	}
}

type Split = "main" | "right";

/** A tab: holds one view. */
export class WorkspaceLeaf extends Events {
	app: App;
	view: View;
	containerEl: HTMLElement;
	split: Split;

	constructor(app: App, split: Split) {
		super();
		this.app = app;
		this.split = split;
		this.containerEl = createDiv({ cls: "workspace-leaf" });
		this.view = new EmptyView(this);
		this.containerEl.appendChild(this.view.containerEl);
	}

	get isDeferred(): boolean {
		return this.view instanceof DeferredView;
	}

	async loadIfDeferred(): Promise<void> {
		if (this.view instanceof DeferredView) await this.setViewState({ type: this.view.getViewType() });
	}

	getViewState(): ViewState {
		return { type: this.view.getViewType(), state: this.view.getState() };
	}

	async setViewState(viewState: ViewState): Promise<void> {
		const factory = this.app.workspace.viewFactory(viewState.type);
		await this.replaceView(factory ? factory(this) : new EmptyView(this));
		if (viewState.active) this.app.workspace.setActiveLeaf(this);
	}

	async openFile(file: TFile): Promise<void> {
		const view = new MarkdownView(this);
		view.file = file;
		await this.replaceView(view);
		this.app.workspace.setActiveLeaf(this);
	}

	/** Mock only: puts a deferred stand-in for `type` in this leaf, as a restored background tab. */
	defer(type: string): void {
		this.view.containerEl.detach();
		this.view = new DeferredView(this, type);
		this.containerEl.appendChild(this.view.containerEl);
	}

	detach(): void {
		void this.closeView();
		this.containerEl.detach();
		this.app.workspace.removeLeaf(this);
	}

	private async replaceView(view: View): Promise<void> {
		await this.closeView();
		this.view = view;
		this.containerEl.appendChild(view.containerEl);
		view.load();
		await view.onOpen();
		this.app.workspace.trigger("layout-change");
	}

	private async closeView(): Promise<void> {
		const old = this.view;
		old.containerEl.detach();
		await old.onClose();
		old.unload();
	}
}

class EmptyView extends View {
	// A new tab is there to be navigated away from.
	navigation = true;

	getViewType(): string {
		return "empty";
	}

	getDisplayText(): string {
		return "New tab";
	}
}

/** A sidebar: a container that can be collapsed, holding one tab group. */
export class WorkspaceSidedock {
	containerEl = createDiv({ cls: "mod-right-split workspace-split" });
	collapsed = false;

	constructor(private workspace: Workspace) {}

	collapse(): void {
		this.collapsed = true;
		this.containerEl.hide();
		this.workspace.trigger("layout-change");
	}

	expand(): void {
		this.collapsed = false;
		this.containerEl.show();
		this.workspace.notifyShown();
		this.workspace.trigger("layout-change");
	}
}

type ViewFactory = (leaf: WorkspaceLeaf) => View;

/** The workspace: leaves, the active leaf, view types and layout readiness. */
export class Workspace extends Events {
	containerEl = createDiv({ cls: "workspace" });
	rootSplit = { containerEl: this.containerEl.createDiv({ cls: "mod-root workspace-split" }) };
	rightSplit = new WorkspaceSidedock(this);
	activeLeaf: WorkspaceLeaf | null = null;
	layoutReady = false;
	private leaves: WorkspaceLeaf[] = [];
	private factories = new Map<string, ViewFactory>();
	private readyCallbacks: (() => unknown)[] = [];
	private activeRight: WorkspaceLeaf | null = null;

	constructor(private app: App) {
		super();
		this.containerEl.appendChild(this.rightSplit.containerEl);
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) void callback();
		else this.readyCallbacks.push(callback);
	}

	/** Mock only: the layout is ready (Obsidian does this once the workspace is restored). */
	triggerLayoutReady(): void {
		this.layoutReady = true;
		for (const callback of this.readyCallbacks.splice(0)) void callback();
		this.trigger("layout-ready");
	}

	/** Mock only: the factory `Plugin.registerView` registered for `type`. */
	viewFactory(type: string): ViewFactory | undefined {
		return this.factories.get(type);
	}

	/** Mock only, used by `Plugin.registerView`. */
	registerViewType(type: string, factory: ViewFactory): void {
		this.factories.set(type, factory);
	}

	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.view.getViewType() === type);
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, "right");
		this.leaves.push(leaf);
		this.rightSplit.containerEl.appendChild(leaf.containerEl);
		this.showInRight(leaf);
		return leaf;
	}

	/**
	 * obsidian.d.ts: with `newLeaf` false, "an existing leaf which can be navigated is returned" — one whose view
	 * has `navigation` set (a note, a new tab), never a static view such as a plugin's pane — else a new one.
	 */
	getLeaf(newLeaf?: boolean | "tab" | "split" | "window"): WorkspaceLeaf {
		const current = this.leaves.find((leaf) => leaf.split === "main" && leaf.view.navigation);
		if (current && !newLeaf) return current;
		const leaf = new WorkspaceLeaf(this.app, "main");
		this.leaves.push(leaf);
		this.rootSplit.containerEl.appendChild(leaf.containerEl);
		return leaf;
	}

	getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	setActiveLeaf(leaf: WorkspaceLeaf): void {
		this.activeLeaf = leaf;
		if (leaf.split === "right") this.showInRight(leaf);
		this.trigger("active-leaf-change", leaf);
	}

	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		if (leaf.split === "right") {
			if (this.rightSplit.collapsed) this.rightSplit.expand();
			this.showInRight(leaf);
		}
		await leaf.loadIfDeferred();
	}

	detachLeavesOfType(type: string): void {
		for (const leaf of this.getLeavesOfType(type)) leaf.detach();
	}

	/** Mock only: a restored right-sidebar tab whose view is still deferred. */
	addDeferredRightLeaf(type: string): WorkspaceLeaf {
		const leaf = this.getRightLeaf(false);
		leaf.defer(type);
		return leaf;
	}

	/** Mock only, used by `WorkspaceLeaf.detach`. */
	removeLeaf(leaf: WorkspaceLeaf): void {
		this.leaves = this.leaves.filter((other) => other !== leaf);
		if (this.activeRight === leaf) this.activeRight = null;
	}

	/** Mock only: the right sidebar's visible tab. */
	activeRightLeaf(): WorkspaceLeaf | null {
		return this.activeRight;
	}

	/** Mock only: tells shown views to lay out again, as Obsidian calls `onResize` when a view appears. */
	notifyShown(): void {
		for (const leaf of this.leaves) if (leaf.containerEl.isShown()) leaf.view.onResize();
	}

	// One tab group: showing a leaf hides its siblings, as switching tabs does.
	private showInRight(leaf: WorkspaceLeaf): void {
		if (this.activeRight === leaf) return;
		this.activeRight = leaf;
		for (const other of this.leaves) if (other.split === "right") other.containerEl.toggle(other === leaf);
		if (leaf.containerEl.isShown()) leaf.view.onResize();
		this.trigger("layout-change");
	}
}
