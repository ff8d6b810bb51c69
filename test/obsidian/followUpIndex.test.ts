/** @jest-environment jsdom */
import fc from "fast-check";
import { buildPipeline, formatIsoDay } from "../../src/rules";
import { agendaFromScratch, day, flush, loadPlugin, morningOf, note } from "./harness";

const TODAY = "2026-11-27";
const ACME_1 = note("date: 2026-11-10\noutcome: well\ncompany: Acme\ninterviewer: Jane");
const ACME_2 = note("date: 2026-11-20\noutcome: well\ncompany: Acme\ninterviewer: Bill");
const NO_COMPANY = note("date: 2026-11-25\noutcome: poorly");

function summary(items: { note: string; step: string; due: number; bucket: string }[]): string[] {
	return items.map((item) => `${item.note} ${item.step} ${formatIsoDay(item.due)} ${item.bucket}`);
}

afterEach(() => jest.useRealTimers());

describe("the index is built from the metadata cache once the layout is ready", () => {
	it("lists every interview note's open steps, as the rules compute them from scratch", async () => {
		const { app, plugin } = await loadPlugin({ "Interviews/Acme 1.md": ACME_1, "Interviews/Acme 2.md": ACME_2, "Notes/Other.md": "---\nfoo: 1\n---\n" }, morningOf(TODAY));
		const agenda = plugin.index.agenda(day(TODAY));
		expect(agenda.items.length).toBeGreaterThan(0);
		expect(agenda).toEqual(agendaFromScratch(app, day(TODAY), plugin.settings));
		expect(plugin.index.isInterview("Notes/Other.md")).toBe(false);
	});

	it("reads nothing before the layout is ready", async () => {
		const { plugin } = await loadPlugin({}, morningOf(TODAY));
		expect(plugin.index.agenda(day(TODAY)).items).toEqual([]);
	});

	it("reports a note under the interviews folder whose YAML cannot be parsed", async () => {
		const { plugin } = await loadPlugin({ "Interviews/Broken.md": "---\ndate: [2026\n---\nbody\n" }, morningOf(TODAY));
		expect(plugin.index.problems()).toEqual([expect.objectContaining({ note: "Interviews/Broken.md", field: "frontmatter", severity: "error" })]);
		expect(plugin.index.isInterview("Interviews/Broken.md")).toBe(true);
	});
});

describe("a change recomputes only the note's thread and keeps the agenda current", () => {
	it("marks the letter sent when the frontmatter says so", async () => {
		const { app, plugin } = await loadPlugin({ "Interviews/Acme 2.md": ACME_2 }, morningOf(TODAY));
		const file = app.vault.getFileByPath("Interviews/Acme 2.md")!;
		await app.vault.modify(file, ACME_2.replace("interviewer: Bill", "interviewer: Bill\nletter_sent: 2026-11-21"));
		await app.metadataCache.settled();
		expect(plugin.index.stepsOf("Interviews/Acme 2.md").map((s) => s.step)).toEqual(["call", "check-in"]);
		expect(plugin.index.agenda(day(TODAY))).toEqual(agendaFromScratch(app, day(TODAY), plugin.settings));
	});

	it("does not announce a change when only the body was edited", async () => {
		const { app, plugin } = await loadPlugin({ "Interviews/Acme 2.md": ACME_2 }, morningOf(TODAY));
		const changed = jest.fn();
		plugin.index.on("changed", changed);
		await app.vault.modify(app.vault.getFileByPath("Interviews/Acme 2.md")!, `${ACME_2}More notes.\n`);
		await app.metadataCache.settled();
		expect(changed).not.toHaveBeenCalled();
	});

	it("moves a note between threads when its company changes", async () => {
		const { app, plugin } = await loadPlugin({ "Interviews/Acme 1.md": ACME_1, "Interviews/Acme 2.md": ACME_2 }, morningOf(TODAY));
		expect(plugin.index.stepsOf("Interviews/Acme 1.md").map((s) => s.step)).toEqual(["letter"]);
		await app.vault.modify(app.vault.getFileByPath("Interviews/Acme 2.md")!, ACME_2.replace("company: Acme", "company: Initech"));
		await app.metadataCache.settled();
		expect(plugin.index.stepsOf("Interviews/Acme 1.md").map((s) => s.step)).toEqual(["letter", "call", "check-in"]);
		expect(plugin.index.stepsOf("Interviews/Acme 2.md").map((s) => s.step)).toEqual(["letter", "call", "check-in"]);
		expect(plugin.index.agenda(day(TODAY))).toEqual(agendaFromScratch(app, day(TODAY), plugin.settings));
	});

	it("follows a rename out of the interviews folder and back", async () => {
		const { app, plugin } = await loadPlugin({ "Interviews/Acme 2.md": ACME_2 }, morningOf(TODAY));
		const file = app.vault.getFileByPath("Interviews/Acme 2.md")!;
		await app.fileManager.renameFile(file, "Archive/Acme 2.md");
		expect(plugin.index.agenda(day(TODAY)).items).toEqual([]);
		await app.fileManager.renameFile(file, "Interviews/2026/Acme.md");
		expect(new Set(plugin.index.agenda(day(TODAY)).items.map((i) => i.note))).toEqual(new Set(["Interviews/2026/Acme.md"]));
	});

	it("drops a deleted note and its problems", async () => {
		const { app, plugin } = await loadPlugin({ "Interviews/Acme 2.md": ACME_2, "Interviews/Broken.md": note("outcome: well") }, morningOf(TODAY));
		await app.fileManager.trashFile(app.vault.getFileByPath("Interviews/Acme 2.md")!);
		await app.fileManager.trashFile(app.vault.getFileByPath("Interviews/Broken.md")!);
		expect(plugin.index.agenda(day(TODAY))).toEqual({ today: day(TODAY), items: [], problems: [] });
	});

	it("reads the vault again with new settings", async () => {
		const { plugin } = await loadPlugin({ "Interviews/Acme 2.md": ACME_2 }, morningOf(TODAY));
		plugin.settings = { ...plugin.settings, interviewsFolder: "Elsewhere" };
		await plugin.saveSettings();
		expect(plugin.index.isInterview("Interviews/Acme 2.md")).toBe(false);
	});
});

describe("after any sequence of edits, the live agenda equals the agenda computed from scratch", () => {
	const paths = ["Interviews/a.md", "Interviews/b.md", "Notes/c.md", "Interviews/sub/d.md"];
	const frontmatter = fc.record({
		date: fc.constantFrom("2026-10-01", "2026-11-20", "2026-11-26", "not a date"),
		company: fc.constantFrom("", "Acme", "acme ", "Initech"),
		status: fc.constantFrom("waiting", "responded", "offer", "closed"),
		called: fc.constantFrom("", "2026-11-25"),
		tags: fc.constantFrom("", "interview"),
	});
	const operation = fc.oneof(
		fc.record({ kind: fc.constant("write" as const), path: fc.constantFrom(...paths), fm: frontmatter }),
		fc.record({ kind: fc.constant("delete" as const), path: fc.constantFrom(...paths) }),
		fc.record({ kind: fc.constant("rename" as const), path: fc.constantFrom(...paths), to: fc.constantFrom(...paths) }),
	);

	it("holds for writes, deletes and renames", async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(operation, { maxLength: 12 }), async (operations) => {
				const { app, plugin } = await loadPlugin({}, morningOf(TODAY));
				for (const op of operations) {
					const file = app.vault.getFileByPath(op.path);
					if (op.kind === "write") {
						const text = note(Object.entries(op.fm).filter(([, v]) => v !== "").map(([k, v]) => `${k}: ${v}`).join("\n") || "x: 1");
						if (file) await app.vault.modify(file, text);
						else await app.vault.create(op.path, text);
					} else if (op.kind === "delete" && file) await app.fileManager.trashFile(file);
					else if (op.kind === "rename" && file && !app.vault.getAbstractFileByPath(op.to)) await app.fileManager.renameFile(file, op.to);
				}
				await app.metadataCache.settled();
				const expected = agendaFromScratch(app, day(TODAY), plugin.settings);
				expect(summary(plugin.index.agenda(day(TODAY)).items)).toEqual(summary(expected.items));
				expect(plugin.index.problems()).toEqual(expected.problems);
				plugin.unload();
			}),
			{ numRuns: 60 },
		);
	});
});

describe("the day rolls over at midnight", () => {
	it("moves a step due tomorrow into Due now without a reload", async () => {
		const { plugin } = await loadPlugin({ "Interviews/x.md": NO_COMPANY }, new Date(2026, 10, 25, 23, 59, 0));
		const bucketOfLetter = () => plugin.index.agenda(plugin.today()).items.find((i) => i.step === "letter")?.bucket;
		expect(bucketOfLetter()).toBe("upcoming");
		const dayChanged = jest.fn();
		plugin.clock.on("day-changed", dayChanged);
		jest.advanceTimersByTime(2 * 60_000);
		expect(dayChanged).toHaveBeenCalledTimes(1);
		expect(bucketOfLetter()).toBe("due");
	});
});

describe("the index's pipeline is the pipeline the rules build from scratch, after every change", () => {
	it("agrees with buildPipeline after a note changes status and another leaves the thread", async () => {
		const files = {
			"Interviews/Acme 1.md": note("date: 2026-10-01\noutcome: well\ncompany: Acme\nletter_sent: 2026-10-02"),
			"Interviews/Acme 2.md": note("date: 2026-11-15\noutcome: well\ncompany: Acme"),
			"Interviews/Globex.md": note("date: 2026-11-20\noutcome: poorly\ncompany: Globex\nstatus: responded"),
		};
		const { app, plugin } = await loadPlugin(files, morningOf("2026-11-27"));
		const today = day("2026-11-27");
		const fromScratch = () => buildPipeline(plugin.index.interviews(), plugin.index.agenda(today), today);
		expect(plugin.index.pipeline(today)).toEqual(fromScratch());
		await app.vault.modify(app.vault.getFileByPath("Interviews/Globex.md")!, files["Interviews/Globex.md"].replace("responded", "offer"));
		await app.vault.modify(app.vault.getFileByPath("Interviews/Acme 2.md")!, files["Interviews/Acme 2.md"].replace("company: Acme", "company: Initech"));
		await app.metadataCache.settled();
		await flush();
		jest.advanceTimersByTime(500);
		const pipeline = plugin.index.pipeline(today);
		expect(pipeline).toEqual(fromScratch());
		expect(pipeline.groups.map((group) => group.threads.map((thread) => thread.company))).toEqual([["Acme", "Initech"], [], ["Globex"], [], []]);
		expect(plugin.index.pipeline(today + 1)).toEqual(buildPipeline(plugin.index.interviews(), plugin.index.agenda(today + 1), today + 1));
	});
});
