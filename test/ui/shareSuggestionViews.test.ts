/** @jest-environment jsdom */
import { Menu } from "../mocks/obsidian";
import { AgendaView, VIEW_TYPE_AGENDA } from "../../src/ui/agendaView";
import { PipelineView, VIEW_TYPE_PIPELINE } from "../../src/ui/pipelineView";
import { afterReads, flush, Harness, loadPlugin, morningOf, note } from "../obsidian/harness";
import { field, lastModal } from "../commands/letterHarness";

const TODAY = "2026-11-27";
const PATH = "Interviews/Mercy.md";
// Last contact Oct 20: the check-in is due from Nov 17 to Dec 1.
const MERCY = note(
	"date: 2026-10-20\noutcome: well\ncompany: Mercy General\nrole: Clinical analyst\ninterviewer: Dana\nletter_sent: 2026-10-20\ncalled: 2026-10-20",
	"## Their challenges\nClinicians ignore the readmission risk scores the model produces.\n",
);
const clipping = (title: string, source: string, body: string) => `---\ntitle: "${title}"\nsource: ${source}\ntags:\n  - clippings\n---\n${body}\n`;
const FILES = {
	[PATH]: MERCY,
	"Clippings/Scores.md": clipping("Why clinicians ignore readmission risk scores", "https://news.example/scores", "Alert fatigue keeps scores out of ward rounds."),
	"Clippings/Loans.md": clipping("Credit risk for small lenders", "https://news.example/loans", "Banks price loans by risk."),
};

async function openAgenda(files: Record<string, string>): Promise<Harness & { view: AgendaView }> {
	const harness = await loadPlugin(files, morningOf(TODAY));
	await harness.plugin.openAgenda();
	await afterReads();
	const view = harness.app.workspace.getLeavesOfType(VIEW_TYPE_AGENDA)[0].view;
	if (!(view instanceof AgendaView)) throw new Error("the agenda did not open");
	return { ...harness, view };
}

function checkInRow(view: AgendaView): HTMLElement {
	return view.contentEl.find('.ifu-item[data-step="check-in"]');
}

afterEach(() => jest.useRealTimers());

describe("a check-in names the best thing to share", () => {
	it("in its row's detail line", async () => {
		const { view } = await openAgenda(FILES);
		expect(checkInRow(view).find(".ifu-item-idea").getText()).toBe("Idea: Why clinicians ignore readmission risk scores");
	});

	it("not when nothing saved matches the thread", async () => {
		const { view } = await openAgenda({ [PATH]: MERCY, "Clippings/Bread.md": clipping("Sourdough at home", "https://e.example/b", "Flour and water.") });
		expect(checkInRow(view).find(".ifu-item-idea")).toBeNull();
	});

	it("a clipping saved while the agenda is open shows in the row", async () => {
		const { app, view } = await openAgenda({ [PATH]: MERCY });
		expect(checkInRow(view).find(".ifu-item-idea")).toBeNull();
		await app.vault.create("Clippings/Scores.md", FILES["Clippings/Scores.md"]);
		await app.metadataCache.settled();
		jest.advanceTimersByTime(500);
		await flush();
		expect(checkInRow(view).find(".ifu-item-idea").getText()).toBe("Idea: Why clinicians ignore readmission risk scores");
	});

	it("its menu offers Share this…, which opens the article share filled with the title and address", async () => {
		const { view } = await openAgenda(FILES);
		checkInRow(view).find(".ifu-row").dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		expect(Menu.shownTitles().slice(0, 2)).toEqual(["Share this…", "Share article"]);
		Menu.clickItem("Share this…");
		await flush();
		const modal = lastModal() as HTMLElement;
		expect([field(modal, "Title").value, field(modal, "Web address").value, field(modal, "Why it matters to them").value]).toEqual([
			"Why clinicians ignore readmission risk scores",
			"https://news.example/scores",
			"",
		]);
	});

	it("Share article lists the suggestions first, each with the words it matched", async () => {
		const { view } = await openAgenda(FILES);
		(checkInRow(view).find('[data-action="main"]')).click();
		await flush();
		const modal = lastModal() as HTMLElement;
		const rows = Array.from(modal.querySelectorAll(".ifu-share-suggestion")).map((el) => [
			el.querySelector(".setting-item-name")?.textContent,
			el.querySelector(".setting-item-description")?.textContent,
		]);
		expect(rows).toEqual([
			["Why clinicians ignore readmission risk scores", "Matches their notes on clinicians, ignore, readmission, risk, scores."],
			["Credit risk for small lenders", "Matches their notes on risk."],
		]);
		(modal.querySelector(".ifu-share-suggestion button") as HTMLElement).click();
		expect([field(modal, "Title").value, field(modal, "Web address").value]).toEqual(["Why clinicians ignore readmission risk scores", "https://news.example/scores"]);
	});

	it("menus of other steps have no Share this…", async () => {
		const { view } = await openAgenda({ ...FILES, [PATH]: MERCY.replace("letter_sent: 2026-10-20\n", "") });
		view.contentEl.find('.ifu-item[data-step="letter"] .ifu-row').dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		expect(Menu.shownTitles()).not.toContain("Share this…");
	});
});

describe("the pipeline names it too, when the thread's next step is its check-in", () => {
	it("on a line of the thread's row", async () => {
		const harness = await loadPlugin(FILES, morningOf(TODAY));
		harness.app.runCommand("interview-follow-up:open-pipeline");
		await afterReads();
		const view = harness.app.workspace.getLeavesOfType(VIEW_TYPE_PIPELINE)[0]?.view;
		if (!(view instanceof PipelineView)) throw new Error("the pipeline did not open");
		expect(view.contentEl.find(".ifu-thread .ifu-item-idea").getText()).toBe("Idea: Why clinicians ignore readmission risk scores");
	});
});
