/** @jest-environment jsdom */
import { bestShareSuggestion, checkInSuggestions } from "../../src/obsidian/shareSuggestions";
import { flush, loadPlugin, morningOf, note } from "./harness";

const TODAY = "2026-11-27";
// Last contact Oct 1: the check-in is due (Oct 29 to Nov 12) and overdue by today.
const MERCY = note(
	"date: 2026-10-01\noutcome: well\ncompany: Mercy General\ninterviewer: Dana\nletter_sent: 2026-10-01",
	"# Mercy General\n\n## Their challenges\nClinicians ignore the readmission risk scores the model produces.\n",
);
const clipping = (title: string, body: string, source = `https://news.example/${title.length}`) =>
	`---\ntitle: "${title}"\nsource: ${source}\nauthor: "[[Someone]]"\npublished: 2026-11-01\ncreated: 2026-11-20\ndescription: ""\ntags:\n  - clippings\n---\n${body}\n`;
const RIGHT = clipping("Why clinicians ignore readmission risk scores", "Alert fatigue keeps the scores out of ward rounds.", "https://news.example/ignored");
const NEAR_MISS = clipping("Credit risk for small lenders", "Banks price loans by risk.");

afterEach(() => jest.useRealTimers());

async function vault(files: Record<string, string>) {
	const harness = await loadPlugin({ "Interviews/Mercy.md": MERCY, ...files }, morningOf(TODAY));
	await flush();
	// As a view does when it shows the check-in: the first ask reads the thread's notes, which count once read.
	checkInSuggestions(harness.plugin.index, "Interviews/Mercy.md");
	await flush();
	return harness;
}

describe("the live index keeps the share candidates and ranks them for each open check-in", () => {
	it("names the article about the thread's challenge, read from the note's body section", async () => {
		const { plugin } = await vault({ "Clippings/Right.md": RIGHT, "Clippings/Near miss.md": NEAR_MISS });
		expect(checkInSuggestions(plugin.index, "Interviews/Mercy.md").map((s) => s.title)).toEqual([
			"Why clinicians ignore readmission risk scores",
			"Credit risk for small lenders",
		]);
		const best = bestShareSuggestion(plugin.index, "Interviews/Mercy.md");
		expect(best?.url).toBe("https://news.example/ignored");
		expect(best?.terms).toEqual(expect.arrayContaining(["readmission", "clinicians"]));
	});

	it("a clipping saved later is ranked as soon as the cache reads it, without rebuilding", async () => {
		const { app, plugin } = await vault({ "Clippings/Near miss.md": NEAR_MISS });
		const rebuild = jest.spyOn(plugin.index.shares, "rebuild");
		await app.vault.create("Clippings/Right.md", RIGHT);
		await app.metadataCache.settled();
		expect(bestShareSuggestion(plugin.index, "Interviews/Mercy.md")?.title).toBe("Why clinicians ignore readmission risk scores");
		expect(rebuild).not.toHaveBeenCalled();
	});

	it("an edited clipping is ranked by its new text; a deleted one is gone", async () => {
		const { app, plugin } = await vault({ "Clippings/Right.md": RIGHT, "Clippings/Near miss.md": NEAR_MISS });
		await app.vault.modify(app.vault.getFileByPath("Clippings/Right.md")!, clipping("Gardening in spring", "Seeds and soil."));
		await app.metadataCache.settled();
		expect(checkInSuggestions(plugin.index, "Interviews/Mercy.md").map((s) => s.title)).toEqual(["Credit risk for small lenders"]);
		await app.fileManager.trashFile(app.vault.getFileByPath("Clippings/Near miss.md")!);
		await app.metadataCache.settled();
		expect(checkInSuggestions(plugin.index, "Interviews/Mercy.md")).toEqual([]);
	});

	it("a new challenge in the meeting note changes the suggestion", async () => {
		const { app, plugin } = await vault({ "Clippings/Right.md": RIGHT, "Clippings/Gardens.md": clipping("Hospital gardens heal", "Patients recover faster near a garden.") });
		const file = app.vault.getFileByPath("Interviews/Mercy.md")!;
		await app.vault.modify(file, MERCY.replace("Clinicians ignore the readmission risk scores the model produces.", "Patients want a hospital garden."));
		await app.metadataCache.settled();
		expect(bestShareSuggestion(plugin.index, "Interviews/Mercy.md")?.title).toBe("Hospital gardens heal");
	});

	it("what was shared with the thread goes last, and is never the best", async () => {
		const share = `---\ntype: article-share\ninterview: "[[Interviews/Mercy]]"\ncontact: Dana\narticle_title: Why clinicians ignore readmission risk scores\narticle_url: https://news.example/ignored\ndate: 2026-10-20\n---\nDear Dana,\n`;
		const { plugin } = await vault({ "Clippings/Right.md": RIGHT, "Clippings/Near miss.md": NEAR_MISS, "Follow-ups/Shared.md": share });
		expect(checkInSuggestions(plugin.index, "Interviews/Mercy.md").map((s) => [s.title, s.shared])).toEqual([
			["Credit risk for small lenders", false],
			["Why clinicians ignore readmission risk scores", true],
		]);
		expect(bestShareSuggestion(plugin.index, "Interviews/Mercy.md")?.title).toBe("Credit risk for small lenders");
	});

	it("a thread without an open check-in gets no suggestion", async () => {
		const { plugin } = await vault({ "Clippings/Right.md": RIGHT, "Interviews/Done.md": note("date: 2026-10-01\noutcome: well\ncompany: Done Co\nstatus: offer\nchallenge: readmission risk") });
		expect(checkInSuggestions(plugin.index, "Interviews/Done.md")).toEqual([]);
		expect(bestShareSuggestion(plugin.index, "Interviews/Done.md")).toBeNull();
	});

	it("the suggestions are computed once per change, not once per look", async () => {
		const { plugin } = await vault({ "Clippings/Right.md": RIGHT });
		const first = checkInSuggestions(plugin.index, "Interviews/Mercy.md");
		expect(checkInSuggestions(plugin.index, "Interviews/Mercy.md")).toEqual(first);
		const rank = jest.spyOn(plugin.index.shares as unknown as { rank: () => unknown }, "rank");
		checkInSuggestions(plugin.index, "Interviews/Mercy.md");
		bestShareSuggestion(plugin.index, "Interviews/Mercy.md");
		expect(rank).not.toHaveBeenCalled();
	});

	it("a renamed clipping keeps its place under its new name", async () => {
		const { app, plugin } = await vault({ "Clippings/Right.md": RIGHT });
		await app.vault.rename(app.vault.getFileByPath("Clippings/Right.md")!, "Clippings/Readmissions.md");
		await app.metadataCache.settled();
		expect(checkInSuggestions(plugin.index, "Interviews/Mercy.md").map((s) => s.path)).toEqual(["Clippings/Readmissions.md"]);
	});

	it("reads a meeting note only once a check-in asks for its thread's suggestions, and only once", async () => {
		const { app, plugin } = await loadPlugin({ "Interviews/Mercy.md": MERCY, "Clippings/Right.md": RIGHT }, morningOf(TODAY));
		await flush();
		const read = jest.spyOn(app.vault, "cachedRead");
		const readPaths = () => read.mock.calls.map(([file]) => file.path);
		expect(readPaths()).toEqual([]); // the build read the clipping, not the meeting
		expect(checkInSuggestions(plugin.index, "Interviews/Mercy.md")).toEqual([]); // its frontmatter says nothing yet
		await flush();
		expect(checkInSuggestions(plugin.index, "Interviews/Mercy.md").map((s) => s.path)).toEqual(["Clippings/Right.md"]);
		expect(readPaths()).toEqual(["Interviews/Mercy.md"]);
	});

	it("does not announce an edit of a meeting note no view asked about", async () => {
		const { app, plugin } = await loadPlugin({ "Interviews/Mercy.md": MERCY, "Clippings/Right.md": RIGHT }, morningOf(TODAY));
		await flush();
		const changed = jest.fn();
		plugin.index.on("changed", changed);
		await app.vault.modify(app.vault.getFileByPath("Interviews/Mercy.md")!, `${MERCY}More notes.\n`);
		await app.metadataCache.settled();
		expect(changed).not.toHaveBeenCalled();
	});
});
