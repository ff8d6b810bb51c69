/** @jest-environment jsdom */
// Windows and state (SPEC section 8): menus open in the window of the row they belong to (a pop-out's own),
// folded sections and "Show more" survive a restart through the views' saved state, and rows carry Obsidian's
// own tooltips (aria-label) rather than the browser's `title`.
import { Menu } from "../mocks/obsidian";
import { AgendaView, VIEW_TYPE_AGENDA } from "../../src/ui/agendaView";
import { PipelineView, VIEW_TYPE_PIPELINE } from "../../src/ui/pipelineView";
import { flush, Harness, loadPlugin, morningOf, note } from "../obsidian/harness";

const TODAY = "2026-11-27";
const ACME = note("date: 2026-11-20\noutcome: well\ncompany: Acme\ninterviewer: Jane");
/** 30 interviews, each with an overdue letter (and most with a call): more than the 25 a section shows at first. */
const MANY = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`Interviews/Company ${i + 1}.md`, note(`date: 2026-11-${String(i % 9 + 10)}\noutcome: well\ncompany: Company ${i + 1}\ninterviewer: Sam`)]));

afterEach(() => jest.useRealTimers());

async function openAgenda(files: Record<string, string>): Promise<Harness & { view: AgendaView }> {
	const harness = await loadPlugin(files, morningOf(TODAY));
	await harness.plugin.openAgenda();
	await flush();
	const view = harness.app.workspace.getLeavesOfType(VIEW_TYPE_AGENDA)[0].view;
	if (!(view instanceof AgendaView)) throw new Error("the agenda did not open");
	return { ...harness, view };
}

/** What a layout saved as JSON gives back. */
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function viewIn<T>(leaf: { view: unknown }, type: abstract new (...args: never[]) => T): T {
	if (!(leaf.view instanceof type)) throw new Error("the view did not open");
	return leaf.view;
}

const sectionsFolded = (el: HTMLElement) => el.findAll(".ifu-section.is-collapsed").map((section) => section.getAttr("data-section"));
const rowsIn = (el: HTMLElement, section: string) => el.findAll(`.ifu-section-${section} .ifu-row`).length;

describe("menus open in the window of their row", () => {
	it("in a pop-out window, the row's menu and the Snooze menu after it open there, not in the main window", async () => {
		const { app, view } = await openAgenda({ "Interviews/Acme.md": ACME });
		const popout = document.implementation.createHTMLDocument("Pop-out window");
		popout.body.appendChild((view.leaf as unknown as { containerEl: HTMLElement }).containerEl);
		const row = view.contentEl.find('.ifu-item[data-step="letter"] .ifu-row');
		row.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true, clientX: 10, clientY: 20 }));
		expect(Menu.lastShown?.doc).toBe(popout);
		expect(popout.body.find(".menu")).not.toBeNull();
		expect(document.body.find(".menu")).toBeNull();
		Menu.clickItem("Snooze…");
		expect(Menu.lastShown?.doc).toBe(popout);
		expect(popout.body.find(".menu")?.getText()).toContain("Tomorrow");
		Menu.lastShown?.hide();
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_AGENDA)).toHaveLength(1);
	});
});

describe("folded sections and Show more survive a restart", () => {
	it("the agenda: a section unfolded, one folded and Show more come back from the saved layout", async () => {
		const { app, view } = await openAgenda({ ...MANY, "Interviews/Broken.md": note("outcome: well") });
		expect(sectionsFolded(view.contentEl)).toEqual(["later", "problems"]);
		view.contentEl.find(".ifu-section-problems .ifu-section-header").click();
		view.contentEl.find(".ifu-section-overdue .ifu-section-header").click();
		view.contentEl.find(".ifu-section-overdue .ifu-section-header").click(); // open again
		expect(rowsIn(view.contentEl, "overdue")).toBe(25);
		view.contentEl.find(".ifu-section-overdue .ifu-show-more").click();
		const overdue = rowsIn(view.contentEl, "overdue");
		expect(overdue).toBeGreaterThan(25);
		view.contentEl.find(".ifu-section-due .ifu-section-header")?.click();
		const saved = view.leaf.getViewState();
		const foldedBefore = sectionsFolded(view.contentEl);
		expect(app.workspace.saveLayoutRequests).toBeGreaterThan(0);

		// A restart: Obsidian makes the view anew and gives it the state saved in the layout.
		view.leaf.detach();
		const leaf = app.workspace.getRightLeaf(false);
		await leaf.setViewState(roundTrip(saved));
		const restored = viewIn(leaf, AgendaView);
		expect(sectionsFolded(restored.contentEl)).toEqual(foldedBefore);
		expect(sectionsFolded(restored.contentEl)).not.toContain("problems");
		expect(rowsIn(restored.contentEl, "overdue")).toBe(overdue);
	});

	it("the pipeline: a status folded and Show more come back", async () => {
		const harness = await loadPlugin(MANY, morningOf(TODAY));
		await harness.plugin.openPipeline();
		await flush();
		const view = viewIn(harness.app.workspace.getLeavesOfType(VIEW_TYPE_PIPELINE)[0], PipelineView);
		const firstSection = view.contentEl.find(".ifu-section");
		const key = firstSection.getAttr("data-section") ?? "";
		firstSection.find(".ifu-show-more").click();
		expect(rowsIn(view.contentEl, key)).toBe(30);
		const saved = roundTrip(view.leaf.getViewState());

		const leaf = harness.app.workspace.getLeaf(true);
		await leaf.setViewState(saved);
		expect(rowsIn(viewIn(leaf, PipelineView).contentEl, key)).toBe(30);
		viewIn(leaf, PipelineView).contentEl.find(`.ifu-section-${key} .ifu-section-header`).click();
		const folded = roundTrip(leaf.getViewState());
		const again = harness.app.workspace.getLeaf(true);
		await again.setViewState(folded);
		expect(sectionsFolded(viewIn(again, PipelineView).contentEl)).toContain(key);
	});

	it("a saved state naming sections this version does not have is ignored, the rest kept", async () => {
		const { app } = await openAgenda({ "Interviews/Acme.md": ACME });
		const leaf = app.workspace.getRightLeaf(false);
		await leaf.setViewState({ type: VIEW_TYPE_AGENDA, state: { folded: { overdue: true, someday: true, later: "yes" }, showAll: ["someday", 3] } });
		// `overdue: true` is kept; `later: "yes"` is no fold, so Later keeps its default (folded).
		expect(sectionsFolded(viewIn(leaf, AgendaView).contentEl)).toEqual(expect.arrayContaining(["overdue", "later"]));
	});
});

describe("rows carry Obsidian's tooltips", () => {
	it("agenda, pipeline and problem rows: aria-label, no title", async () => {
		const harness = await openAgenda({ "Interviews/Acme.md": ACME, "Interviews/Broken.md": note("outcome: well") });
		harness.view.contentEl.find(".ifu-section-problems .ifu-section-header").click();
		await harness.plugin.openPipeline();
		await flush();
		const pipeline = viewIn(harness.app.workspace.getLeavesOfType(VIEW_TYPE_PIPELINE)[0], PipelineView);
		const rows = [...harness.view.contentEl.findAll(".ifu-row"), ...pipeline.contentEl.findAll(".ifu-row")];
		expect(rows.length).toBeGreaterThan(2);
		for (const row of rows) {
			expect(row.getAttr("title")).toBeNull();
			expect(row.getAttr("aria-label")).toMatch(/Interviews\//);
		}
	});
});
