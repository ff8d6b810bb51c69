import { BasesView, BasesViewFactory, debounce, MenuPositionDef, Platform, QueryController, requireApiVersion } from "obsidian";
import { AgendaItem, Bucket, BUCKET_TITLES, BUCKETS, CalendarDay } from "../rules";
import { FOLLOW_UPS_VIEW_TYPE } from "../bases/jobSearchBase";
import { openNote } from "../obsidian/noteActions";
import { bestShareSuggestion } from "../obsidian/shareSuggestions";
import { DraftActions, showAgendaItemMenu } from "./agendaItemMenu";
import type { AgendaViewWiring } from "./agendaView";
import { itemKey, itemSignature, renderAgendaRow } from "./agendaItemRenderer";
import { FollowUpHost } from "./followUpHost";
import { followUpItemActions } from "./followUpItemActions";
import { PendingWrites } from "./pendingWrites";
import { attachLongPress } from "./tree/longPress";
import { RowCache } from "./tree/rowCache";
import { TreeKeyboard } from "./tree/treeKeyboard";
import { reconcileChildren, TreeSection } from "./tree/treeSection";

/** What main.ts gives the Follow-ups Bases view besides the host: the sidebar's main action and draft actions. */
export interface FollowUpsBasesWiring {
	runMainAction(item: AgendaItem): Promise<void>;
	drafts?: DraftActions | null;
	/** "Share this…" on a check-in with a suggestion, as in the sidebar. */
	shareSuggestion?: AgendaViewWiring["shareSuggestion"];
}

/** Changes of the index arriving closer together than this are rendered once (as in the sidebar). */
const RENDER_DELAY_MS = 150;

/** Buckets folded until the user opens them, as in the sidebar. */
const FOLDED_AT_FIRST = new Set<Bucket>(["later"]);

/**
 * The factory of the "Follow-ups" Bases view: the open follow-ups of the notes the base selects, in the
 * sidebar's sections (Overdue, Due now, Coming up, Later folded), with the sidebar's rows
 * (`renderAgendaRow`), menu (`showAgendaItemMenu`) and actions. The follow-ups come from the plugin's live
 * index, the same agenda the sidebar shows; the base decides only which notes. It renders when Bases has new
 * results (`onDataUpdated`), when the index changes and when the day does.
 *
 * `BasesView` exists only in Obsidian 1.10 and later, so the class is made here, when the factory is asked
 * for, on an app that has it (`null` on an older one) — never when the plugin's code loads.
 */
export function followUpsBasesViewFactory(host: FollowUpHost, wiring: FollowUpsBasesWiring): BasesViewFactory | null {
	if (!requireApiVersion("1.10.0") || typeof (BasesView as unknown) !== "function") return null;
	return makeFactory(host, wiring);
}

// The lint rule `obsidianmd/no-unsupported-api` accepts 1.10 APIs only inside a `requireApiVersion("1.10.0")` branch.
function makeFactory(host: FollowUpHost, wiring: FollowUpsBasesWiring): BasesViewFactory | null {
	if (requireApiVersion("1.10.0")) {
		class FollowUpsBasesView extends BasesView {
			type = FOLLOW_UPS_VIEW_TYPE;
			private readonly rootEl: HTMLElement;
			private readonly rows = new RowCache<AgendaItem>();
			private readonly sections = new Map<Bucket, TreeSection>();
			private readonly folded = new Map<Bucket, boolean>();
			private readonly pendingWrites = new PendingWrites();
			private readonly keyboard: TreeKeyboard;
			private readonly scheduleRender = debounce(() => this.render(), RENDER_DELAY_MS, true);

			constructor(controller: QueryController, containerEl: HTMLElement) {
				super(controller);
				this.rootEl = containerEl.createDiv({ cls: "ifu-pane ifu-bases-follow-ups", attr: { role: "tree", "aria-label": "Follow-ups" } });
				this.keyboard = new TreeKeyboard(this.rootEl, {
					activate: (row, event) => this.activate(row, event),
					menu: (row, position) => this.openMenu(row, position),
					expand: (row, open) => this.setFolded(row, !open),
				});
			}

			onload(): void {
				const el = this.rootEl;
				el.toggleClass("ifu-touch", Platform.isMobile);
				this.registerEvent(host.index.on("changed", () => this.scheduleRender()));
				this.registerEvent(host.clock.on("day-changed", () => this.scheduleRender()));
				// As in the sidebar: once the cache shows a Done, render at once, so Done is never enabled on a written step.
				this.registerEvent(
					this.app.metadataCache.on("changed", (file) => {
						if (this.pendingWrites.noteChanged(file.path)) this.render();
					}),
				);
				this.registerDomEvent(el, "click", (event) => this.onClick(event));
				this.registerDomEvent(el, "contextmenu", (event) => {
					const row = (event.target as HTMLElement).closest<HTMLElement>("[data-nav=item]");
					if (!row) return;
					event.preventDefault();
					this.keyboard.focus(row);
					this.openMenu(row, { x: event.clientX, y: event.clientY });
				});
				this.registerDomEvent(el, "keydown", (event) => void this.keyboard.onKeyDown(event));
				this.registerDomEvent(el, "focusin", (event) => this.keyboard.onFocusIn(event));
				if (Platform.isMobile) attachLongPress(this, el, "[data-nav=item]", (row, position) => this.openMenu(row, position));
			}

			onunload(): void {
				this.scheduleRender.cancel();
				this.pendingWrites.clear();
				this.rootEl.remove();
			}

			onDataUpdated(): void {
				this.render();
			}

			/** The notes of the base's current results (Bases replaces `data` with each change; it is read, never kept). */
			private selectedNotes(): Set<string> {
				return new Set((this.data?.data ?? []).map((entry) => entry.file.path));
			}

			/** Renders in place: rows that show the same as before stay, so the scroll position and the focused row stay too. */
			render(): void {
				const refocus = this.keyboard.hasFocus();
				const today = host.clock.today();
				const notes = this.selectedNotes();
				const nodes: Node[] = [];
				this.rows.begin();
				if (!host.index.isComplete()) {
					nodes.push(createDiv({ cls: "ifu-reading", text: "Reading the vault… the follow-ups appear once Obsidian has read every note." }));
				} else {
					const items = host.index.agenda(today).items.filter((item) => notes.has(item.note));
					if (items.length === 0) nodes.push(createDiv({ cls: "ifu-caught-up", text: this.emptyText(notes) }));
					for (const bucket of BUCKETS) {
						const inBucket = items.filter((item) => item.bucket === bucket);
						if (inBucket.length > 0) nodes.push(this.section(bucket, inBucket, today));
					}
				}
				reconcileChildren(this.rootEl, nodes);
				this.rows.end();
				this.keyboard.restore(refocus);
			}

			private emptyText(notes: Set<string>): string {
				if (notes.size === 0) return "This base selects no notes. Its filters decide which meeting notes show their follow-ups here.";
				const meetings = [...notes].filter((path) => host.index.isInterview(path)).length;
				if (meetings === 0) return "None of the notes this base selects is a meeting note, so there is nothing to follow up.";
				return `All caught up: no follow-up is open for the ${meetings === 1 ? "meeting" : `${meetings} meetings`} of this base.`;
			}

			private section(bucket: Bucket, items: readonly AgendaItem[], today: CalendarDay): HTMLElement {
				const collapsed = this.folded.get(bucket) ?? FOLDED_AT_FIRST.has(bucket);
				const options = { key: bucket, title: BUCKET_TITLES[bucket], count: items.length, collapsed };
				let section = this.sections.get(bucket);
				if (section) section.update(options);
				else this.sections.set(bucket, (section = new TreeSection(options)));
				// The sidebar's row, with the check-in's best share idea named in it.
				const row = (item: AgendaItem) => {
					const idea = item.step === "check-in" ? (bestShareSuggestion(host.index, item.note)?.title ?? null) : null;
					return this.rows.row(itemKey(item), itemSignature(item, today, idea), item, () => renderAgendaRow(item, today, host.settings.callDelayDays, idea));
				};
				const rows = collapsed ? [] : items.map(row);
				reconcileChildren(section.children, rows);
				return section.el;
			}

			private setFolded(row: HTMLElement, folded: boolean): void {
				const bucket = row.closest<HTMLElement>(".ifu-section")?.dataset.section as Bucket | undefined;
				if (!bucket) return;
				this.folded.set(bucket, folded);
				this.render();
			}

			private onClick(event: MouseEvent): void {
				const target = event.target as HTMLElement;
				const row = target.closest<HTMLElement>("[data-nav]");
				if (!row) return;
				const action = target.closest<HTMLElement>("[data-action]")?.dataset.action;
				const item = this.rows.valueOf(row.dataset.key);
				if (action === "menu") {
					const box = target.closest<HTMLElement>("[data-action]")!.getBoundingClientRect();
					this.openMenu(row, { x: box.left, y: box.bottom });
				} else if (action === "main" && item) {
					void wiring.runMainAction(item);
				} else {
					this.activate(row, event);
				}
			}

			/** A click, Enter or Space: a section header folds or unfolds, a follow-up opens its note. */
			private activate(row: HTMLElement, event: MouseEvent | KeyboardEvent): void {
				if (row.dataset.nav === "section") {
					const bucket = row.closest<HTMLElement>(".ifu-section")?.dataset.section as Bucket | undefined;
					if (bucket) this.setFolded(row, !(this.folded.get(bucket) ?? FOLDED_AT_FIRST.has(bucket)));
					return;
				}
				const item = this.rows.valueOf(row.dataset.key);
				if (item) void openNote(this.app, item.note, event);
			}

			private openMenu(row: HTMLElement, position: MenuPositionDef): void {
				const item = this.rows.valueOf(row.dataset.key);
				if (!item) return;
				const share = wiring.shareSuggestion;
				const actions = {
					...followUpItemActions(host, (chosen) => wiring.runMainAction(chosen), this.pendingWrites),
					suggestionOf: (chosen: AgendaItem) => bestShareSuggestion(host.index, chosen.note),
					shareSuggestion: share
						? (chosen: AgendaItem) => {
								const suggestion = bestShareSuggestion(host.index, chosen.note);
								if (suggestion) share(chosen, suggestion);
							}
						: undefined,
				};
				// The menu opens in the row's own window (a base in a pop-out window gets it there).
				showAgendaItemMenu(item, position, actions, wiring.drafts ?? null, row.doc);
			}
		}
		return (controller, containerEl) => new FollowUpsBasesView(controller, containerEl);
	}
	return null;
}
