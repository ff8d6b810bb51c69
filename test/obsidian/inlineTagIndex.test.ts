/** @jest-environment jsdom */
import { agendaFromScratch, day, loadPlugin, morningOf } from "./harness";

const TODAY = "2026-11-27";
const TAGGED = "# Recruiter call\n\nFirst round booked. #interview\n";
const DATED = "---\ndate: 2026-11-25\ncompany: Initrode\ninterviewer: Ann\noutcome: well\n---\n# Recruiter call\n\nFirst round booked. #interview\n";

afterEach(() => jest.useRealTimers());

describe("the index finds notes tagged #interview in their text, as Obsidian's cache lists the tags", () => {
	it("reports a tagged note without frontmatter under Problems, never drops it", async () => {
		const { plugin } = await loadPlugin({ "Journal/Call.md": TAGGED }, morningOf(TODAY));
		expect(plugin.index.isInterview("Journal/Call.md")).toBe(true);
		expect(plugin.index.problems()).toEqual([expect.objectContaining({ note: "Journal/Call.md", field: "date", severity: "error" })]);
	});

	it("schedules it once the user adds a date, and forgets it when the tag is removed", async () => {
		const { app, plugin } = await loadPlugin({ "Journal/Call.md": TAGGED }, morningOf(TODAY));
		const file = app.vault.getFileByPath("Journal/Call.md")!;
		await app.vault.modify(file, DATED);
		await app.metadataCache.settled();
		expect(plugin.index.problems()).toEqual([]);
		expect(plugin.index.stepsOf("Journal/Call.md").map((step) => step.step)).toEqual(["letter", "call", "check-in"]);
		expect(plugin.index.agenda(day(TODAY))).toEqual(agendaFromScratch(app, day(TODAY), plugin.settings));

		await app.vault.modify(file, DATED.replace(" #interview", ""));
		await app.metadataCache.settled();
		expect(plugin.index.isInterview("Journal/Call.md")).toBe(false);
		expect(plugin.index.agenda(day(TODAY)).items).toEqual([]);
	});

	it("does not count a tag inside code", async () => {
		const { plugin } = await loadPlugin({ "Journal/Code.md": "---\ndate: 2026-11-25\n---\n`#interview`\n```\n#interview\n```\n" }, morningOf(TODAY));
		expect(plugin.index.isInterview("Journal/Code.md")).toBe(false);
	});
});
