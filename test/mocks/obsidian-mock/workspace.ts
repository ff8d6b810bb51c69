// The workspace: leaves in the main area and the right sidebar, views, deferred views and layout readiness.
// The right sidebar is one tab group: only its active leaf is shown, and collapsing it hides them all.
import { Editor } from "./editor";
import { Component, debounce, Events } from "./events";
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

/**
 * A note open in an editor, as Obsidian's `MarkdownView` (a `TextFileView`). What it models, and from where:
 * - The editor's buffer is the note while it is open, and it differs from the file until it is saved:
 *   obsidian.d.ts `TextFileView.requestSave` is a "Debounced save in 2 seconds from now", `data` is the "In memory
 *   data", `getViewData` "will be called to save the editor contents to the file". Every change of the editor
 *   requests a save; `save()` writes at once; closing the view saves what is pending.
 * - A write to the file from elsewhere (`Vault.modify`, `Vault.process`, `processFrontMatter`, sync) loads the
 *   file's new text into the editor (`setViewData(data, false)`): the buffer is replaced, and the cursor, the
 *   selection and the undo history are gone — Obsidian's plugin guidelines ("Prefer the Editor API instead of
 *   `Vault.modify` to the active file"): "Editor maintains information about the active note, such as cursor
 *   position, selection, and folded content. When you use `Vault.modify()` to edit the note, all that information
 *   is lost". Typing not yet saved is lost with it here; the real app tries to merge it, which this model does
 *   not promise — a plugin that writes through the editor never needs it.
 */
export class MarkdownView extends View {
	file: TFile | null = null;
	editor = new Editor();
	// obsidian.d.ts: "File views can be navigated by default."
	navigation = true;
	/** obsidian.d.ts `TextFileView.requestSave`: "Debounced save in 2 seconds from now". */
	requestSave = debounce(() => void this.save(), 2000, true);
	/** Mock only: the eState the note was last opened with (`{ line }` to show a line). */
	eState: Record<string, unknown> | undefined;
	/** What the file held when the editor last loaded or saved it. */
	private fileText = "";

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.editor.onChange(() => this.requestSave());
	}

	getViewType(): string {
		return "markdown";
	}

	getDisplayText(): string {
		return this.file?.basename ?? "";
	}

	/** obsidian.d.ts `TextFileView.data`: "In memory data". */
	get data(): string {
		return this.editor.getValue();
	}

	getViewData(): string {
		return this.editor.getValue();
	}

	/** Loads `data` into the editor: the buffer, cursor and history start anew (see the class comment). */
	setViewData(data: string, _clear: boolean): void {
		this.fileText = data;
		this.requestSave.cancel();
		this.editor.setViewDataFromFile(data);
	}

	/** Writes the editor's text to the file when it differs from what the file holds. */
	async save(): Promise<void> {
		this.requestSave.cancel();
		const file = this.file;
		if (!file || file.vault.getFileByPath(file.path) !== file) return;
		const data = this.getViewData();
		if (data === this.fileText) return;
		this.fileText = data;
		await this.app.vault.modify(file, data);
	}

	/** Mock only: whether the editor holds typing not yet saved to the file. */
	isDirty(): boolean {
		return this.getViewData() !== this.fileText;
	}

	/** Mock only, used by `WorkspaceLeaf.openFile`: shows `file`, loaded from the vault. */
	loadFile(file: TFile): void {
		this.file = file;
		this.setViewData(this.app.vault.readNow(file), true);
		this.registerEvent(
			this.app.vault.on("modify", (modified: TFile) => {
				if (modified !== this.file) return;
				const text = this.app.vault.readNow(modified);
				if (text !== this.fileText) this.setViewData(text, false);
			}),
		);
	}

	async onClose(): Promise<void> {
		await this.save();
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

	/** As Obsidian restores a saved layout: the view opens, then is given its saved `state` (`View.setState`). */
	async setViewState(viewState: ViewState): Promise<void> {
		const factory = this.app.workspace.viewFactory(viewState.type);
		await this.replaceView(factory ? factory(this) : new EmptyView(this));
		if (viewState.state) await this.view.setState(viewState.state, { history: false });
		if (viewState.active) this.app.workspace.setActiveLeaf(this);
	}

	/** Opens `file` in this leaf's editor; a note already open here keeps its editor (cursor, history), as in the app. */
	async openFile(file: TFile, openState?: { eState?: Record<string, unknown> }): Promise<void> {
		const current = this.view;
		if (current instanceof MarkdownView && current.file === file) {
			current.eState = openState?.eState;
		} else {
			const view = new MarkdownView(this);
			view.eState = openState?.eState;
			await this.replaceView(view, () => view.loadFile(file));
		}
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

	private async replaceView(view: View, beforeOpen?: () => void): Promise<void> {
		await this.closeView();
		this.view = view;
		this.containerEl.appendChild(view.containerEl);
		view.load();
		beforeOpen?.();
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
	/** obsidian.d.ts: "Save the state of the current workspace layout." Mock: counts the requests. */
	requestSaveLayout = Object.assign(() => void this.saveLayoutRequests++, { cancel: () => undefined, run: () => undefined });
	/** Mock only: how many times the layout was asked to be saved. */
	saveLayoutRequests = 0;
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
