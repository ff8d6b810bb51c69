/** @jest-environment jsdom */
import { MarkdownView } from "../mocks/obsidian";
import { AgendaView, VIEW_TYPE_AGENDA } from "../../src/ui/agendaView";
import { PipelineView, VIEW_TYPE_PIPELINE } from "../../src/ui/pipelineView";
import { flush, Harness, loadPlugin, morningOf, note } from "../obsidian/harness";

const TODAY = "2026-11-27";
const FILES = {
	"Interviews/Acme 1.md": note("date: 2026-10-01\noutcome: well\ncompany: Acme\nrole: Analyst\ninterviewer: Jane\ntype: coffee chat\nletter_sent: 2026-10-02"),
	"Interviews/Acme 2.md": note("date: 2026-11-15\noutcome: well\ncompany: Acme\nrole: Senior analyst\ninterviewer: Jane\nletter_sent: 2026-11-16"),
	"Interviews/Globex.md": note("date: 2026-11-20\noutcome: poorly\ncompany: Globex\nrole: Product manager\ninterviewer: Hank\nstatus: responded"),
	"Interviews/Initech.md": note("date: 2026-09-01\noutcome: well\ncompany: Initech\ninterviewer: Bill\nletter_sent: 2026-09-02\nstatus: rejected"),
	"Interviews/Old.md": note("date: 2026-06-01\noutcome: well\ncompany: Old Co\nstatus: closed"),
};

function pipelineOf(harness: Harness): PipelineView {
	const view = harness.app.workspace.getLeavesOfType(VIEW_TYPE_PIPELINE)[0]?.view;
	if (!(view instanceof PipelineView)) throw new Error("the pipeline did not open");
	return view;
}

async function openPipeline(files: Record<string, string> = FILES): Promise<Harness & { view: PipelineView }> {
	const harness = await loadPlugin(files, morningOf(TODAY));
	harness.app.runCommand("interview-follow-up:open-pipeline");
	await flush();
	return { ...harness, view: pipelineOf(harness) };
}

/** Each row as the pane shows it: title, then its muted lines, the parts joined by " · ". */
function rowsOf(view: PipelineView): string[] {
	return view.contentEl.findAll(".ifu-thread").map((el) =>
		[el.find(".ifu-item-title"), ...el.findAll(".ifu-item-meta")].map((line) => Array.from(line.children).map((part) => part.textContent).join(" · ")).join(" | "),
	);
}

afterEach(() => jest.useRealTimers());

describe("the pipeline shows one row per company thread, grouped by status", () => {
	it("lists company, role, kind, last contact and how long ago, and the next step and when", async () => {
		const { view } = await openPipeline();
		expect(view.contentEl.find(".ifu-response-rate").getText()).toBe("Response rate: 2 of 4 (50%)");
		expect(view.contentEl.findAll(".ifu-section-header").map((el) => el.getText())).toEqual(["Waiting1", "Responded1", "Rejected1", "Closed1"]);
		expect(rowsOf(view)).toEqual([
			"Acme · Senior analyst | Job interview · last contact Nov 16, 11 days ago | Next: call Jane · 5 days overdue",
			"Globex · Product manager | Job interview · last contact Nov 20, 7 days ago | Next: send recovery letter to Hank · 6 days overdue",
			// Rejected without a reply logged: the reply after the rejection comes first.
			"Initech | Job interview · last contact Sep 2, 86 days ago | Next: reply to Bill after the rejection · 85 days overdue",
		]);
	});

	it("folds Closed until it is opened", async () => {
		const { view } = await openPipeline();
		const closed = view.contentEl.find(".ifu-section-closed");
		expect(closed.hasClass("is-collapsed")).toBe(true);
		(closed.find(".ifu-section-header")).click();
		expect(view.contentEl.find(".ifu-section-closed .ifu-thread").getText()).toContain("Old Co");
	});

	it("says what it is for when there are no interview notes", async () => {
		const { view } = await openPipeline({});
		expect(view.contentEl.getText()).toBe("No interview notes yet: the pipeline shows one row per company once you have some.");
	});
});

describe("a row opens the thread's latest note", () => {
	it.each([
		["a click", (row: HTMLElement) => row.click()],
		["Enter", (row: HTMLElement) => row.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }))],
	])("on %s, in a tab of its own: the pipeline stays open", async (_name, act) => {
		const { app, view } = await openPipeline();
		act(view.contentEl.find(".ifu-thread .ifu-row"));
		await flush();
		const opened = app.workspace.getLeaf(false).view;
		expect(opened instanceof MarkdownView && opened.file?.path).toBe("Interviews/Acme 2.md");
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_PIPELINE)).toHaveLength(1);
	});
});

describe("the pipeline opens from its command and from the agenda's header", () => {
	it("opens once, in the main area, however often it is asked for", async () => {
		const harness = await loadPlugin(FILES, morningOf(TODAY));
		await harness.plugin.openAgenda();
		await flush();
		const agenda = harness.app.workspace.getLeavesOfType(VIEW_TYPE_AGENDA)[0].view as unknown as AgendaView;
		(agenda.contentEl.find('[aria-label="Open job search pipeline"]')).click();
		await flush();
		harness.app.runCommand("interview-follow-up:open-pipeline");
		await flush();
		const leaves = harness.app.workspace.getLeavesOfType(VIEW_TYPE_PIPELINE);
		expect(leaves).toHaveLength(1);
		expect(leaves[0].split).toBe("main");
	});
});

describe("the pipeline follows the live index", () => {
	it("moves a thread to its new status as soon as the note changes", async () => {
		const { app, view } = await openPipeline();
		const file = app.vault.getFileByPath("Interviews/Globex.md")!;
		await app.vault.modify(file, FILES["Interviews/Globex.md"].replace("status: responded", "status: offer"));
		await app.metadataCache.settled();
		jest.advanceTimersByTime(200);
		expect(view.contentEl.find(".ifu-section-offer .ifu-thread").getText()).toContain("Globex");
		expect(view.contentEl.find(".ifu-section-responded")).toBeNull();
	});

	it("does not render while hidden, and catches up when shown; nothing changed, nothing rendered", async () => {
		const { app, view } = await openPipeline();
		const render = jest.spyOn(view, "render");
		view.containerEl.setAttr("hidden", true);
		await app.vault.modify(app.vault.getFileByPath("Interviews/Globex.md")!, FILES["Interviews/Globex.md"].replace("status: responded", "status: offer"));
		await app.metadataCache.settled();
		jest.advanceTimersByTime(200);
		expect(render).not.toHaveBeenCalled();
		view.containerEl.removeAttribute("hidden");
		app.workspace.trigger("layout-change");
		expect(render).toHaveBeenCalledTimes(1);
		expect(view.contentEl.find(".ifu-section-offer")).not.toBeNull();
		app.workspace.trigger("layout-change");
		expect(render).toHaveBeenCalledTimes(1);
	});
});
