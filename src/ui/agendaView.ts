import { debounce, ItemView, MenuPositionDef, Platform, setIcon, ViewStateResult, WorkspaceLeaf } from "obsidian";
import { Agenda, AgendaItem, Bucket, BUCKET_TITLES, CalendarDay, Problem } from "../rules";
import { openNote } from "../obsidian/noteActions";
import { bestShareSuggestion } from "../obsidian/shareSuggestions";
import { ShareSuggestion } from "../shares";
import { AgendaItemActions, DraftActions, showAgendaItemMenu } from "./agendaItemMenu";
import { itemKey, itemSignature, renderAgendaRow } from "./agendaItemRenderer";
import { renderEmptyState } from "./emptyState";
import { FollowUpHost } from "./followUpHost";
import { followUpItemActions } from "./followUpItemActions";
import { PendingWrites } from "./pendingWrites";
import { notesWithErrors, problemsErrorsFirst, renderProblemRow } from "./problemRenderer";
import { navButtonClicked, renderNavHeader } from "./tree/navHeader";
import { RowCache } from "./tree/rowCache";
import { TreeKeyboard } from "./tree/treeKeyboard";
import { attachLongPress } from "./tree/longPress";
import { foldStateOf, readFoldState } from "./tree/foldState";
import { reconcileChildren, showMoreRow, TreeSection } from "./tree/treeSection";

/** The view type of the agenda, saved in the workspace layout. */
export const VIEW_TYPE_AGENDA = "interview-follow-up-agenda";

/** Items shown per section before a "Show N more" row. */
const PAGE_SIZE = 25;

/** Changes arriving closer together than this are rendered once. */
const RENDER_DELAY_MS = 150;

/** Sections folded until the user opens them. */
const FOLDED_AT_FIRST = new Set(["later", "problems"]);

/** The agenda's sections, by key (what its saved state may name). */
const SECTION_KEYS: ReadonlySet<string> = new Set(["overdue", "due", "upcoming", "later", "problems"]);
const isSectionKey = (key: string): key is string => SECTION_KEYS.has(key);

/** What main.ts gives the agenda besides the host. */
export interface AgendaViewWiring {
	/** Writes the letter, shows the call script or creates the article share for an item. */
	runMainAction(item: AgendaItem): Promise<void>;
	/** Opens the job search pipeline (the header's button). */
	openPipeline(): void;
	/** Email, copy and call, when the letters side provides them. */
	drafts?: DraftActions | null;
	/** Opens the article share of a check-in filled with a suggestion (its title and address). */
	shareSuggestion?: (item: AgendaItem, suggestion: ShareSuggestion) => void;
}

type Row = { kind: "item"; item: AgendaItem } | { kind: "problem"; problem: Problem };

/**
 * The follow-up agenda in the sidebar, built like Obsidian's own panes (Backlinks, Bookmarks): collapsible
 * sections Overdue, Due now, Coming up, Later (folded) and Problems (folded, errors first), with counts; one
 * compact row per follow-up; its other actions in a menu (right-click, long-press, "⋯", the context-menu key).
 * The arrow keys move between rows and Enter opens the note. Renders when the index or the day changes,
 * debounced, and only while shown: a hidden view remembers that it is out of date and renders when it appears.
 */
export class AgendaView extends ItemView {
	private stale = true;
	/** Sections the user folded or unfolded, by key; the others keep their default. */
	private folded = new Map<string, boolean>();
	private showAll = new Set<string>();
	private rows = new RowCache<Row>();
	private sections = new Map<string, TreeSection>();
	private errorLineEl: HTMLElement | null = null;
	private readonly header = renderNavHeader(createDiv(), [{ id: "pipeline", icon: "kanban", label: "Open job search pipeline" }]);
	private keyboard = new TreeKeyboard(this.contentEl, {
		activate: (row, event) => this.activate(row, event),
		menu: (row, position) => this.openMenu(row, position),
		expand: (row, open) => this.setFolded(row.closest<HTMLElement>(".ifu-section")?.dataset.section, !open),
	});
	/** Done writes waiting for the metadata cache to show them: until then Done is disabled for that item. */
	private pendingWrites = new PendingWrites();
	private readonly scheduleRender = debounce(() => this.renderIfShown(), RENDER_DELAY_MS, true);

	constructor(leaf: WorkspaceLeaf, private host: FollowUpHost, private wiring: AgendaViewWiring) {
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
		this.contentEl.addClass("ifu-agenda", "ifu-pane");
		this.contentEl.toggleClass("ifu-touch", Platform.isMobile);
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
		const el = this.contentEl;
		this.registerDomEvent(el, "click", (event) => this.onClick(event));
		this.registerDomEvent(el, "contextmenu", (event) => this.onContextMenu(event));
		this.registerDomEvent(el, "keydown", (event) => {
			if (this.keyboard.onKeyDown(event)) return;
			const onErrorLine = (event.target as HTMLElement).closest(".ifu-error-line");
			if (onErrorLine && (event.key === "Enter" || event.key === " ")) {
				event.preventDefault();
				this.revealProblems();
			}
		});
		this.registerDomEvent(el, "focusin", (event) => this.keyboard.onFocusIn(event));
		if (Platform.isMobile) attachLongPress(this, el, "[data-nav=item]", (row, position) => this.openMenu(row, position));
		this.render();
	}

	async onClose(): Promise<void> {
		this.scheduleRender.cancel();
		this.pendingWrites.clear();
		this.contentEl.empty();
		this.rows.clear();
		this.sections.clear();
	}

	/** Obsidian calls this when the view is shown or resized: catch up if something changed meanwhile. */
	onResize(): void {
		this.renderIfShown();
	}

	/** Saved in the workspace layout: the folded sections and "Show more" survive a restart. */
	getState(): Record<string, unknown> {
		return { ...super.getState(), ...foldStateOf(this.folded, this.showAll) };
	}

	/** Obsidian restores the saved state when the layout loads (and when a leaf is given a state). */
	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const saved = readFoldState(state, isSectionKey);
		if (saved) {
			this.folded = saved.folded;
			this.showAll = saved.showAll;
			this.stale = true;
			this.renderIfShown();
		}
		await super.setState(state, result);
	}

	/** Marks the view out of date and renders soon, once, if it is shown. */
	requestRender(): void {
		this.stale = true;
		this.scheduleRender();
	}

	private renderIfShown(): void {
		if (this.stale && this.containerEl.isShown()) this.render();
	}

	/**
	 * Renders now, whatever the visibility (used on open). Updates in place: sections and rows that show the same
	 * as before stay (neither rebuilt nor moved), so the scroll position and the focused row stay too.
	 */
	render(): void {
		this.stale = false;
		const el = this.contentEl;
		const refocus = this.keyboard.hasFocus();
		const today = this.host.clock.today();
		this.rows.begin();
		const nodes: Node[] = [this.header];
		const agenda = this.host.index.agenda(today);
		if (!this.host.index.isComplete()) {
			// At start-up Obsidian may still be reading the vault: a partial agenda would look complete and be wrong.
			nodes.push(createDiv({ cls: "ifu-reading", text: "Reading the vault… the agenda appears once Obsidian has read every note." }));
		} else if (agenda.items.length === 0 && agenda.problems.length === 0) {
			const empty = createDiv();
			if (this.host.index.interviews().length === 0) renderEmptyState(empty, this.host.settings);
			else empty.createDiv({ cls: "ifu-caught-up", text: "All caught up: no follow-up is open." });
			nodes.push(...Array.from(empty.childNodes));
		} else {
			const line = this.errorLine(agenda.problems);
			if (line) nodes.push(line);
			this.renderBuckets(nodes, agenda, today);
			this.renderProblems(nodes, agenda.problems);
		}
		reconcileChildren(el, nodes);
		this.rows.end();
		this.keyboard.restore(refocus);
	}

	/** "1 note can't be scheduled": errors are what a user must fix first, so they are said at the top. */
	private errorLine(problems: readonly Problem[]): HTMLElement | null {
		const count = notesWithErrors(problems);
		if (count === 0) return null;
		const text = `${count} ${count === 1 ? "note" : "notes"} can't be scheduled`;
		if (this.errorLineEl?.dataset.text === text) return this.errorLineEl;
		// A plain element with the button role: Obsidian styles every <button> as a raised button, and this is a line.
		const line = createDiv({ cls: "ifu-error-line", attr: { role: "button", tabindex: 0, "aria-label": `${text}: show the problems`, "data-text": text } });
		setIcon(line.createSpan({ cls: "ifu-error-line-icon" }), "circle-x");
		line.createSpan({ text });
		this.errorLineEl = line;
		return line;
	}

	private renderBuckets(nodes: Node[], agenda: Agenda, today: CalendarDay): void {
		const byBucket: Record<Bucket, AgendaItem[]> = { overdue: [], due: [], upcoming: [], later: [] };
		for (const item of agenda.items) byBucket[item.bucket].push(item);
		if (byBucket.overdue.length === 0 && byBucket.due.length === 0) nodes.push(createDiv({ cls: "ifu-caught-up", text: "Nothing due today." }));
		for (const bucket of ["overdue", "due", "upcoming", "later"] as const) {
			const items = byBucket[bucket];
			if (items.length === 0) continue;
			nodes.push(
				this.section(bucket, BUCKET_TITLES[bucket], items, (item) => {
					const idea = item.step === "check-in" ? (bestShareSuggestion(this.host.index, item.note)?.title ?? null) : null;
					return this.rows.row(itemKey(item), itemSignature(item, today, idea), { kind: "item", item }, () =>
						renderAgendaRow(item, today, this.host.settings.callDelayDays, idea),
					);
				}),
			);
		}
	}

	private renderProblems(nodes: Node[], problems: readonly Problem[]): void {
		if (problems.length === 0) return;
		nodes.push(
			this.section("problems", "Problems", problemsErrorsFirst(problems), (problem, index) => {
				const key = `problem:${index}:${problem.note}`;
				return this.rows.row(key, `${problem.severity}\u0000${problem.field}\u0000${problem.message}`, { kind: "problem", problem }, () =>
					renderProblemRow(problem, key),
				);
			}),
		);
	}

	/**
	 * A section with its count; its rows are built only while it is open (a long "Later" costs nothing until
	 * someone looks), the first `PAGE_SIZE` of them, then a "Show N more" row.
	 */
	private section<T>(key: string, title: string, values: readonly T[], rowOf: (value: T, index: number) => HTMLElement): HTMLElement {
		const collapsed = this.folded.get(key) ?? FOLDED_AT_FIRST.has(key);
		const options = { key, title, count: values.length, collapsed };
		let section = this.sections.get(key);
		if (section) section.update(options);
		else this.sections.set(key, (section = new TreeSection(options)));
		const rows: Node[] = [];
		const shown = collapsed ? 0 : this.showAll.has(key) ? values.length : Math.min(values.length, PAGE_SIZE);
		for (let i = 0; i < shown; i++) rows.push(rowOf(values[i], i));
		if (!collapsed && shown < values.length) rows.push(showMoreRow(key, values.length - shown));
		reconcileChildren(section.children, rows);
		return section.el;
	}

	private setFolded(key: string | undefined, folded: boolean): void {
		if (key === undefined) return;
		this.folded.set(key, folded);
		this.render();
		this.app.workspace.requestSaveLayout();
	}

	private onClick(event: MouseEvent): void {
		const target = event.target as HTMLElement;
		if (navButtonClicked(event) === "pipeline") return this.wiring.openPipeline();
		if (target.closest(".ifu-error-line")) return this.revealProblems();
		const button = target.closest<HTMLElement>("[data-action]");
		const row = target.closest<HTMLElement>("[data-nav]");
		if (!row) return;
		if (button?.dataset.action === "menu") {
			const box = button.getBoundingClientRect();
			this.openMenu(row, { x: box.left, y: box.bottom });
			return;
		}
		if (button?.dataset.action === "main") {
			const value = this.rows.valueOf(row.dataset.key);
			if (value?.kind === "item") void this.wiring.runMainAction(value.item);
			return;
		}
		this.activate(row, event);
	}

	private onContextMenu(event: MouseEvent): void {
		const row = (event.target as HTMLElement).closest<HTMLElement>("[data-nav=item]");
		if (!row) return;
		event.preventDefault();
		this.keyboard.focus(row);
		this.openMenu(row, { x: event.clientX, y: event.clientY });
	}

	/** A click, Enter or Space on a row: a section folds or unfolds, an item or problem opens its note. */
	private activate(row: HTMLElement, event: MouseEvent | KeyboardEvent): void {
		const nav = row.dataset.nav;
		const section = row.closest<HTMLElement>(".ifu-section")?.dataset.section;
		if (nav === "section" && section) {
			this.setFolded(section, !(this.folded.get(section) ?? FOLDED_AT_FIRST.has(section)));
		} else if (nav === "more" && section) {
			this.showAll.add(section);
			this.render();
			this.app.workspace.requestSaveLayout();
		} else {
			const value = this.rows.valueOf(row.dataset.key);
			if (value) void openNote(this.app, value.kind === "item" ? value.item.note : value.problem.note, event);
		}
	}

	private openMenu(row: HTMLElement, position: MenuPositionDef): void {
		const value = this.rows.valueOf(row.dataset.key);
		if (value?.kind === "item") showAgendaItemMenu(value.item, position, this.itemActions(), this.wiring.drafts ?? null, row.doc);
	}

	/** The error line's click: Problems opens, scrolls into view, and its first row takes focus. */
	private revealProblems(): void {
		this.folded.set("problems", false);
		this.render();
		const section = this.contentEl.querySelector<HTMLElement>(".ifu-section-problems");
		section?.scrollIntoView({ block: "start" });
		this.keyboard.focus(section?.querySelector<HTMLElement>("[data-nav=problem]") ?? undefined);
	}

	private itemActions(): AgendaItemActions {
		const { index } = this.host;
		const wiring = this.wiring;
		return {
			...followUpItemActions(this.host, (item) => wiring.runMainAction(item), this.pendingWrites),
			suggestionOf: (item) => bestShareSuggestion(index, item.note),
			shareSuggestion: wiring.shareSuggestion
				? (item) => {
						const suggestion = bestShareSuggestion(index, item.note);
						if (suggestion) wiring.shareSuggestion?.(item, suggestion);
					}
				: undefined,
		};
	}
}
