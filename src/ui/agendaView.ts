import { debounce, ItemView, WorkspaceLeaf } from "obsidian";
import { Agenda, AgendaItem, Bucket, BUCKET_TITLES, CalendarDay } from "../rules";
import { openNote, writeToNote } from "../obsidian/noteActions";
import { AgendaItemActions, renderAgendaItem } from "./agendaItemRenderer";
import { renderEmptyState } from "./emptyState";
import { FollowUpHost } from "./followUpHost";
import { PendingWrites } from "./pendingWrites";
import { renderProblem } from "./problemRenderer";
import { showSnoozeMenu } from "./snoozeMenu";
import { showStatusMenu } from "./statusMenu";

/** The view type of the agenda, saved in the workspace layout. */
export const VIEW_TYPE_AGENDA = "interview-follow-up-agenda";

/** Items shown per section before a "Show N more" button. */
const PAGE_SIZE = 25;

/** Changes arriving closer together than this are rendered once. */
const RENDER_DELAY_MS = 150;
const OPEN_BUCKETS: Bucket[] = ["overdue", "due", "upcoming"];

/**
 * The follow-up agenda in the sidebar: Overdue, Due now, Coming up, Later (collapsed) and Problems (collapsed).
 * Renders when the index or the day changes, debounced, and only while it is shown: a hidden view remembers
 * that it is out of date and renders when it appears.
 */
export class AgendaView extends ItemView {
	private stale = true;
	private expanded = new Set<string>();
	private pendingWrites = new PendingWrites();
	private readonly scheduleRender = debounce(() => this.renderIfShown(), RENDER_DELAY_MS, true);

	/** `runMainAction` writes the letter, shows the call script or creates the article share for an item. */
	constructor(leaf: WorkspaceLeaf, private host: FollowUpHost, private runMainAction: (item: AgendaItem) => Promise<void>) {
		super(leaf);
	}

	getViewType(): string {
		return VIEW_TYPE_AGENDA;
	}

	getDisplayText(): string {
		return "Follow-ups";
	}

	getIcon(): string {
		return "calendar-check";
	}

	async onOpen(): Promise<void> {
		this.contentEl.addClass("ifu-agenda");
		this.registerEvent(this.host.index.on("changed", () => this.requestRender()));
		// Registered after the index's own listener, so the index has read the note when a write is seen; the
		// view then renders at once, leaving no moment where the step shows open with Done enabled again.
		this.registerEvent(
			this.app.metadataCache.on("changed", (file) => {
				if (!this.pendingWrites.noteChanged(file.path)) return;
				this.stale = true;
				this.renderIfShown();
			}),
		);
		this.registerEvent(this.host.clock.on("day-changed", () => this.requestRender()));
		this.registerEvent(this.app.workspace.on("layout-change", () => this.renderIfShown()));
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.renderIfShown()));
		this.render();
	}

	async onClose(): Promise<void> {
		this.scheduleRender.cancel();
		this.pendingWrites.clear();
		this.contentEl.empty();
	}

	/** Obsidian calls this when the view is shown or resized: catch up if something changed meanwhile. */
	onResize(): void {
		this.renderIfShown();
	}

	/** Marks the view out of date and renders soon, once, if it is shown. */
	requestRender(): void {
		this.stale = true;
		this.scheduleRender();
	}

	private renderIfShown(): void {
		if (this.stale && this.containerEl.isShown()) this.render();
	}

	/** Renders now, whatever the visibility (used on open). */
	render(): void {
		this.stale = false;
		const today = this.host.clock.today();
		const el = this.contentEl;
		el.empty();
		if (!this.host.index.isComplete()) {
			// At start-up Obsidian may still be reading the vault: a partial agenda would look complete and be wrong.
			el.createEl("p", { cls: "ifu-reading", text: "Reading the vault… the agenda appears once Obsidian has read every note." });
			return;
		}
		const agenda = this.host.index.agenda(today);
		if (agenda.items.length === 0 && agenda.problems.length === 0) {
			if (this.host.index.interviews().length === 0) renderEmptyState(el, this.host.settings);
			else el.createEl("p", { cls: "ifu-caught-up", text: "All caught up: no follow-up is open." });
			return;
		}
		this.renderBuckets(el, agenda, today);
		this.renderProblems(el, agenda);
	}

	private renderBuckets(el: HTMLElement, agenda: Agenda, today: CalendarDay): void {
		const byBucket: Record<Bucket, AgendaItem[]> = { overdue: [], due: [], upcoming: [], later: [] };
		for (const item of agenda.items) byBucket[item.bucket].push(item);
		if (byBucket.overdue.length === 0 && byBucket.due.length === 0) {
			el.createEl("p", { cls: "ifu-caught-up", text: "Nothing due today." });
		}
		const actions = this.itemActions();
		for (const bucket of OPEN_BUCKETS) {
			if (byBucket[bucket].length === 0) continue;
			const section = el.createEl("section", { cls: `ifu-section ifu-section-${bucket}` });
			section.createEl("h4", { cls: "ifu-section-title", text: `${BUCKET_TITLES[bucket]} (${byBucket[bucket].length})` });
			this.renderItems(section.createEl("ul", { cls: "ifu-list" }), bucket, byBucket[bucket], today, actions);
		}
		if (byBucket.later.length > 0) {
			this.collapsible(el, "later", `${BUCKET_TITLES.later} (${byBucket.later.length})`, (list) =>
				this.renderItems(list, "later", byBucket.later, today, actions),
			);
		}
	}

	/**
	 * The first `PAGE_SIZE` items of a section, then a "Show N more" button: a long backlog stays readable and
	 * a render stays cheap however many follow-ups are open. Once shown in full, a section stays so.
	 */
	private renderItems(list: HTMLElement, bucket: Bucket, items: AgendaItem[], today: CalendarDay, actions: AgendaItemActions): void {
		const all = this.expanded.has(`all:${bucket}`);
		const shown = all ? items : items.slice(0, PAGE_SIZE);
		for (const item of shown) renderAgendaItem(list, item, today, actions, this.host.settings.callDelayDays);
		if (shown.length === items.length) return;
		const more = list.createEl("li", { cls: "ifu-more" }).createEl("button", {
			cls: "ifu-button ifu-show-more",
			text: `Show ${items.length - shown.length} more`,
			attr: { type: "button" },
		});
		more.addEventListener("click", () => {
			this.expanded.add(`all:${bucket}`);
			more.parentElement?.remove();
			for (const item of items.slice(PAGE_SIZE)) renderAgendaItem(list, item, today, actions, this.host.settings.callDelayDays);
		});
	}

	private renderProblems(el: HTMLElement, agenda: Agenda): void {
		if (agenda.problems.length === 0) return;
		const open = (path: string, event: MouseEvent | KeyboardEvent) => void openNote(this.app, path, event);
		this.collapsible(el, "problems", `Problems (${agenda.problems.length})`, (list) => {
			for (const problem of agenda.problems) renderProblem(list, problem, open);
		});
	}

	/**
	 * A collapsed section (native `<details>`: keyboard and screen readers know it) that stays open across
	 * renders. Its list is filled only when it is open, so a long "Later" costs nothing until someone looks.
	 */
	private collapsible(el: HTMLElement, key: string, title: string, fill: (list: HTMLElement) => void): void {
		const details = el.createEl("details", { cls: `ifu-section ifu-section-${key}` });
		details.open = this.expanded.has(key);
		details.createEl("summary", { cls: "ifu-section-title", text: title });
		const list = details.createEl("ul", { cls: "ifu-list" });
		let filled = false;
		const fillOnce = () => {
			if (filled) return;
			filled = true;
			fill(list);
		};
		if (details.open) fillOnce();
		details.addEventListener("toggle", () => {
			if (details.open) {
				this.expanded.add(key);
				fillOnce();
			} else this.expanded.delete(key);
		});
	}

	private itemActions(): AgendaItemActions {
		const { app, clock, index } = this.host;
		return {
			open: (item, event) => void openNote(app, item.note, event),
			runMainAction: (item) => this.runMainAction(item),
			// Done stays disabled until the cache shows the write: a second click must not write again.
			markDone: (item) =>
				this.pendingWrites.run(item.note, item.step, () => writeToNote(app, item.note, { kind: "done", step: item.step }, clock.today())),
			isPending: (item) => this.pendingWrites.isPending(item.note, item.step),
			snooze: (item, event) =>
				showSnoozeMenu(app, event, clock.today(), (until) => void writeToNote(app, item.note, { kind: "snooze", until }, clock.today())),
			setStatus: (item, event) =>
				showStatusMenu(event, index.interviewOf(item.note)?.status ?? null, (status) =>
					void writeToNote(app, item.note, { kind: "status", status }, clock.today()),
				),
		};
	}
}
