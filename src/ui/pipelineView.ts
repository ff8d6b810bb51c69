import { debounce, ItemView, ViewStateResult, WorkspaceLeaf } from "obsidian";
import { CalendarDay, PipelineThread, responseRatePhrase, Status, STATUSES, STATUS_TITLES } from "../rules";
import { openNote } from "../obsidian/noteActions";
import { bestShareSuggestion } from "../obsidian/shareSuggestions";
import { FollowUpHost } from "./followUpHost";
import { renderThreadRow, threadRowKey } from "./pipelineRenderer";
import { RowCache } from "./tree/rowCache";
import { TreeKeyboard } from "./tree/treeKeyboard";
import { foldStateOf, readFoldState } from "./tree/foldState";
import { reconcileChildren, showMoreRow, TreeSection } from "./tree/treeSection";

/** The view type of the pipeline, saved in the workspace layout. */
export const VIEW_TYPE_PIPELINE = "interview-follow-up-pipeline";

/** Threads shown per status before a "Show N more" row: a render stays cheap however long the search. */
const PAGE_SIZE = 25;

/** Changes arriving closer together than this are rendered once. */
const RENDER_DELAY_MS = 150;

/** Closed threads are history: folded until the user opens them. */
const FOLDED_AT_FIRST: ReadonlySet<Status> = new Set<Status>(["closed"]);

const isStatus = (key: string): key is Status => (STATUSES as readonly string[]).includes(key);

/**
 * The job search pipeline: one row per company thread — company, role, kind, last contact and how long ago,
 * the next step and when — grouped by status with counts, under the response rate. A click (or Enter) opens
 * the thread's latest note. Built from the live index; renders only while shown, and only when the index
 * changed (its revision) or the day did.
 */
export class PipelineView extends ItemView {
	/** The index revision and day of the last render; `null` before the first. */
	private rendered: { revision: number; today: CalendarDay } | null = null;
	private folded = new Map<Status, boolean>();
	private showAll = new Set<Status>();
	private rows = new RowCache<PipelineThread>();
	private ideaSignatures = new WeakMap<PipelineThread, { idea: string }>();
	private sections = new Map<Status, TreeSection>();
	private readonly summary = createDiv({ cls: "ifu-pipeline-summary" });
	private readonly rate = this.summary.createDiv({ cls: "ifu-response-rate" });
	private readonly count = this.summary.createDiv({ cls: "ifu-pipeline-count" });
	private keyboard = new TreeKeyboard(this.contentEl, {
		activate: (row, event) => this.activate(row, event),
		menu: () => undefined,
		expand: (row, open) => this.setFolded(row, !open),
	});
	private readonly scheduleRender = debounce(() => this.renderIfShown(), RENDER_DELAY_MS, true);

	constructor(leaf: WorkspaceLeaf, private host: FollowUpHost) {
		super(leaf);
	}

	getViewType(): string {
		return VIEW_TYPE_PIPELINE;
	}

	getDisplayText(): string {
		return "Job search pipeline";
	}

	getIcon(): string {
		return "kanban";
	}

	async onOpen(): Promise<void> {
		this.contentEl.addClass("ifu-pipeline", "ifu-pane");
		this.registerEvent(this.host.index.on("changed", () => this.scheduleRender()));
		this.registerEvent(this.host.clock.on("day-changed", () => this.scheduleRender()));
		this.registerEvent(this.app.workspace.on("layout-change", () => this.renderIfShown()));
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.renderIfShown()));
		this.registerDomEvent(this.contentEl, "click", (event) => {
			const row = (event.target as HTMLElement).closest<HTMLElement>("[data-nav]");
			if (row) this.activate(row, event);
		});
		this.registerDomEvent(this.contentEl, "keydown", (event) => this.keyboard.onKeyDown(event));
		this.registerDomEvent(this.contentEl, "focusin", (event) => this.keyboard.onFocusIn(event));
		this.render();
	}

	async onClose(): Promise<void> {
		this.scheduleRender.cancel();
		this.contentEl.empty();
		this.rows.clear();
		this.sections.clear();
	}

	/** Obsidian calls this when the view is shown or resized: catch up if something changed meanwhile. */
	onResize(): void {
		this.renderIfShown();
	}

	/** Saved in the workspace layout: the folded statuses and "Show more" survive a restart. */
	getState(): Record<string, unknown> {
		return { ...super.getState(), ...foldStateOf(this.folded, this.showAll) };
	}

	/** Obsidian restores the saved state when the layout loads (and when a leaf is given a state). */
	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const saved = readFoldState(state, isStatus);
		if (saved) {
			this.folded = saved.folded;
			this.showAll = saved.showAll;
			this.rendered = null;
			this.renderIfShown();
		}
		await super.setState(state, result);
	}

	/** Renders if shown and out of date (the index changed since the last render, or the day did). */
	renderIfShown(): void {
		const { revision } = this.host.index;
		const today = this.host.clock.today();
		const current = this.rendered && this.rendered.revision === revision && this.rendered.today === today;
		if (!current && this.containerEl.isShown()) this.render();
	}

	/**
	 * Renders now, whatever the visibility (used on open). Updates in place: sections and rows that show the same
	 * as before stay (neither rebuilt nor moved), so the scroll position and the focused row stay too.
	 */
	render(): void {
		const today = this.host.clock.today();
		this.rendered = { revision: this.host.index.revision, today };
		const refocus = this.keyboard.hasFocus();
		if (!this.host.index.isComplete()) {
			// At start-up Obsidian may still be reading the vault: a partial pipeline would look complete and be wrong.
			this.contentEl.empty();
			this.contentEl.createDiv({ cls: "ifu-reading", text: "Reading the vault… the pipeline appears once Obsidian has read every note." });
			this.rows.clear();
			this.sections.clear();
			return;
		}
		const pipeline = this.host.index.pipeline(today);
		this.rows.begin();
		const nodes: Node[] = [];
		const threads = pipeline.groups.reduce((sum, group) => sum + group.threads.length, 0);
		if (threads === 0) {
			nodes.push(createDiv({ cls: "ifu-empty", text: "No interview notes yet: the pipeline shows one row per company once you have some." }));
		} else {
			this.rate.setText(responseRatePhrase(pipeline));
			this.count.setText(`${threads} ${threads === 1 ? "company" : "companies"} and contacts`);
			nodes.push(this.summary);
		}
		for (const { status, threads: group } of pipeline.groups) {
			if (group.length > 0) nodes.push(this.section(status, group, today));
		}
		reconcileChildren(this.contentEl, nodes);
		this.rows.end();
		this.keyboard.restore(refocus);
	}

	/** One status: its header and count, and (while open) its first `PAGE_SIZE` threads, then "Show N more". */
	private section(status: Status, group: readonly PipelineThread[], today: CalendarDay): HTMLElement {
		const collapsed = this.folded.get(status) ?? FOLDED_AT_FIRST.has(status);
		const options = { key: status, title: STATUS_TITLES[status], count: group.length, collapsed };
		let section = this.sections.get(status);
		if (section) section.update(options);
		else this.sections.set(status, (section = new TreeSection(options)));
		const rows: Node[] = [];
		const shown = collapsed ? 0 : this.showAll.has(status) ? group.length : Math.min(group.length, PAGE_SIZE);
		for (let i = 0; i < shown; i++) {
			const thread = group[i];
			// The index makes a thread's row object anew when the thread or the day changes: that is its signature,
			// with the idea named when its next step is a check-in.
			const idea = thread.next?.step === "check-in" ? (bestShareSuggestion(this.host.index, thread.latestNote)?.title ?? null) : null;
			rows.push(this.rows.row(threadRowKey(thread), this.signatureOf(thread, idea), thread, () => renderThreadRow(thread, today, idea)));
		}
		if (!collapsed && shown < group.length) rows.push(showMoreRow(status, group.length - shown));
		reconcileChildren(section.children, rows);
		return section.el;
	}

	/** The thread itself while it names no idea; else one object per thread and idea, so a new idea redraws the row. */
	private signatureOf(thread: PipelineThread, idea: string | null): unknown {
		if (idea === null) return thread;
		const known = this.ideaSignatures.get(thread);
		if (known?.idea === idea) return known;
		const signature = { idea };
		this.ideaSignatures.set(thread, signature);
		return signature;
	}

	private statusOf(row: HTMLElement): Status | undefined {
		return row.closest<HTMLElement>(".ifu-section")?.dataset.section as Status | undefined;
	}

	private setFolded(row: HTMLElement, folded: boolean): void {
		const status = this.statusOf(row);
		if (!status) return;
		this.folded.set(status, folded);
		this.render();
		this.app.workspace.requestSaveLayout();
	}

	/** A click, Enter or Space: a status folds or unfolds, "Show N more" shows them, a thread opens its latest note. */
	private activate(row: HTMLElement, event: MouseEvent | KeyboardEvent): void {
		const status = this.statusOf(row);
		if (row.dataset.nav === "section" && status) this.setFolded(row, !(this.folded.get(status) ?? FOLDED_AT_FIRST.has(status)));
		else if (row.dataset.nav === "more" && status) {
			this.showAll.add(status);
			this.render();
			this.app.workspace.requestSaveLayout();
		} else {
			const thread = this.rows.valueOf(row.dataset.key);
			if (thread) void openNote(this.app, thread.latestNote, event);
		}
	}
}
