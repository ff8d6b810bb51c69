/** @jest-environment jsdom */
import { Notice } from "../mocks/obsidian";
import { NOTICE_DAY_KEY } from "../../src/ui/startupNotice";
import { AgendaView, VIEW_TYPE_AGENDA } from "../../src/ui/agendaView";
import { agendaFromScratch, day, flush, Harness, loadPlugin, morningOf, note } from "./harness";

const TODAY = "2026-11-27";
// An overdue letter (Nov 21) and a call due today.
const ACME = note("date: 2026-11-20\noutcome: well\ncompany: Acme\ninterviewer: Jane");
// An overdue letter (Nov 19), tagged in the body rather than filed in the interviews folder.
const GLOBEX = note("date: 2026-11-18\noutcome: poorly\ncompany: Globex\ninterviewer: Hank\nstatus: responded", "Met Hank. #interview\n");
const FILES = { "Interviews/Acme.md": ACME, "Notes/Globex.md": GLOBEX, "Notes/Groceries.md": "Milk\n" };

afterEach(() => jest.useRealTimers());

/**
 * Starts Obsidian with a metadata cache that is still empty when the layout is ready, and opens the agenda.
 * `stored`: notes that come back from Obsidian's stored cache without a `changed`.
 */
async function coldStart(files: Record<string, string>, stored: string[] = []): Promise<Harness & { view: AgendaView }> {
	const harness = await loadPlugin(files, morningOf(TODAY), null, { coldStart: true, storedCache: stored });
	await harness.plugin.openAgenda();
	const view = harness.app.workspace.getLeavesOfType(VIEW_TYPE_AGENDA)[0].view;
	if (!(view instanceof AgendaView)) throw new Error("the agenda did not open");
	return { ...harness, view };
}

/** Waits until the cache has read every file, then lets the view's debounced render and the notice happen. */
async function cacheFilled(harness: Harness): Promise<void> {
	await harness.app.metadataCache.settled();
	await flush();
	jest.advanceTimersByTime(500);
}

/** What the user sees: the status bar, the agenda's items (or its message), the notices and the day's mark. */
function seen({ app }: Harness, view: AgendaView) {
	const status = app.statusBarEl.find(".ifu-status-bar");
	return {
		status: status.hasClass("ifu-hidden") ? null : status.getText(),
		agenda: view.contentEl.findAll(".ifu-item").map((el) => el.getAttribute("data-step")).join(", ") || view.contentEl.getText(),
		notices: [...Notice.shown],
		noticeDay: app.loadLocalStorage(NOTICE_DAY_KEY),
	};
}

const NOTHING_YET = {
	status: null,
	agenda: "Reading the vault… the agenda appears once Obsidian has read every note.",
	notices: [],
	noticeDay: null,
};

describe("at a cold start, nothing is shown until the metadata cache has read the whole vault", () => {
	it("shows no count, no partial agenda and no notice while the cache fills", async () => {
		const harness = await coldStart(FILES);
		const whileFilling: ReturnType<typeof seen>[] = [seen(harness, harness.view)];
		// Registered after the plugin's own listener: each snapshot is taken once the plugin has heard the change.
		harness.app.metadataCache.on("changed", () => {
			jest.advanceTimersByTime(500);
			whileFilling.push(seen(harness, harness.view));
		});
		await cacheFilled(harness);
		expect(whileFilling).toHaveLength(1 + Object.keys(FILES).length);
		expect(whileFilling).toEqual(whileFilling.map(() => NOTHING_YET));
	});

	it("then shows the full agenda, the count and one notice, and marks the day", async () => {
		const harness = await coldStart(FILES);
		await cacheFilled(harness);
		expect(seen(harness, harness.view)).toEqual({
			status: "3 follow-ups due",
			agenda: "letter, letter, call", // and each thread's check-in under Later, folded
			notices: ["Interview follow-up: 2 follow-ups are overdue: Send recovery letter to Hank at Globex; Send thank-you letter to Jane at Acme."],
			noticeDay: TODAY,
		});
		expect(harness.plugin.index.agenda(day(TODAY))).toEqual(agendaFromScratch(harness.app, day(TODAY), harness.plugin.settings));
	});

	it("finds the notes that came back from Obsidian's stored cache without a `changed`", async () => {
		const harness = await coldStart(FILES, ["Interviews/Acme.md", "Notes/Globex.md"]);
		await cacheFilled(harness);
		expect(seen(harness, harness.view).status).toBe("3 follow-ups due");
		expect(harness.plugin.index.agenda(day(TODAY))).toEqual(agendaFromScratch(harness.app, day(TODAY), harness.plugin.settings));
	});

	it("stops waiting 15 seconds after start-up if the cache never reports `resolved`, and shows what it has read", async () => {
		const harness = await loadPlugin(FILES, morningOf(TODAY), null, { coldStart: true, storedCache: Object.keys(FILES) });
		const { metadataCache } = harness.app;
		const trigger = metadataCache.trigger.bind(metadataCache);
		metadataCache.trigger = (name: string, ...data: unknown[]) => (name === "resolved" ? undefined : trigger(name, ...data));
		await metadataCache.settled().catch(() => undefined);
		await flush();
		expect(harness.plugin.index.isComplete()).toBe(false);
		jest.advanceTimersByTime(15_000);
		await flush();
		expect(harness.plugin.index.isComplete()).toBe(true);
		expect(harness.plugin.index.agenda(day(TODAY))).toEqual(agendaFromScratch(harness.app, day(TODAY), harness.plugin.settings));
	});

	it("reads a vault with no notes at all, and says so", async () => {
		const harness = await coldStart({});
		await cacheFilled(harness);
		expect(harness.view.contentEl.find(".ifu-empty-title")?.getText()).toBe("No interview notes yet.");
	});
});

describe("bad input while the vault is read: never a crash, a clear problem, nothing lost", () => {
	it("reports a note under the interviews folder whose YAML cannot be read", async () => {
		const harness = await coldStart({ ...FILES, "Interviews/Broken.md": "---\ndate: [2026-11-20\ncompany: Initech\n---\nNotes\n" });
		await cacheFilled(harness);
		const problems = harness.plugin.index.problems();
		expect(problems.map(({ note, field, severity }) => ({ note, field, severity }))).toEqual([{ note: "Interviews/Broken.md", field: "frontmatter", severity: "error" }]);
		expect(problems[0].message).toContain("YAML");
		expect(seen(harness, harness.view).status).toBe("3 follow-ups due");
	});

	it("leaves out a note deleted while the cache is filling, and keeps the rest", async () => {
		const harness = await coldStart(FILES);
		const { app } = harness;
		const once = app.metadataCache.on("changed", () => {
			app.metadataCache.offref(once);
			void app.fileManager.trashFile(app.vault.getFileByPath("Notes/Globex.md")!);
		});
		await cacheFilled(harness);
		expect(seen(harness, harness.view).agenda).toBe("letter, call");
		expect(harness.plugin.index.agenda(day(TODAY))).toEqual(agendaFromScratch(app, day(TODAY), harness.plugin.settings));
	});

	it.each([
		["into another folder, where it still counts by its tag", "Notes/Globex.md", "Archive/Globex.md", ["Archive/Globex.md", "Interviews/Acme.md"]],
		["out of the interviews folder", "Interviews/Acme.md", "Archive/Acme.md", ["Notes/Globex.md"]],
		["into a subfolder of the interviews folder", "Interviews/Acme.md", "Interviews/2026/Acme.md", ["Interviews/2026/Acme.md", "Notes/Globex.md"]],
	])("follows a note renamed %s while the cache is filling", async (_case, from, to, notes) => {
		const harness = await coldStart(FILES);
		const { app } = harness;
		const once = app.metadataCache.on("changed", () => {
			app.metadataCache.offref(once);
			void app.fileManager.renameFile(app.vault.getFileByPath(from)!, to);
		});
		await cacheFilled(harness);
		expect([...new Set(harness.plugin.index.agenda(day(TODAY)).items.map((item) => item.note))].sort()).toEqual(notes);
		expect(harness.plugin.index.agenda(day(TODAY))).toEqual(agendaFromScratch(app, day(TODAY), harness.plugin.settings));
	});

	it("ignores a late `changed` for a note deleted since, rather than bringing it back", async () => {
		const { app, plugin } = await loadPlugin(FILES, morningOf(TODAY));
		const file = app.vault.getFileByPath("Interviews/Acme.md")!;
		const cache = app.metadataCache.getFileCache(file);
		await app.fileManager.trashFile(file);
		await app.metadataCache.settled();
		app.metadataCache.trigger("changed", file, ACME, cache);
		expect(plugin.index.isInterview("Interviews/Acme.md")).toBe(false);
		expect(new Set(plugin.index.agenda(day(TODAY)).items.map((item) => item.note))).toEqual(new Set(["Notes/Globex.md"]));
	});

	it("keeps a note written and deleted before the cache read it out of the agenda", async () => {
		const { app, plugin } = await loadPlugin(FILES, morningOf(TODAY));
		const file = await app.vault.create("Interviews/Initech.md", note("date: 2026-11-20\noutcome: well\ncompany: Initech"));
		await app.fileManager.trashFile(file);
		await app.metadataCache.settled();
		expect(plugin.index.isInterview("Interviews/Initech.md")).toBe(false);
		expect(plugin.index.agenda(day(TODAY))).toEqual(agendaFromScratch(app, day(TODAY), plugin.settings));
	});

	it("schedules a note with 10,000 frontmatter keys, and follows its edits", async () => {
		const { app, plugin } = await loadPlugin({ "Interviews/Initech.md": note("date: 2026-11-20") }, morningOf(TODAY));
		const file = app.vault.getFileByPath("Interviews/Initech.md")!;
		// The plugin never parses YAML: the cache hands it the parsed frontmatter, built here directly (the mock's
		// YAML reader, the `yaml` package, takes seconds over 10,000 keys).
		const frontmatter: Record<string, unknown> = { date: "2026-11-20", outcome: "well", company: "Initech", interviewer: "Bill" };
		for (let i = 0; i < 10_000; i++) frontmatter[`key_${i}`] = i % 2 === 0 ? `value ${i}` : [i, { nested: i }];
		const changed = (fields: Record<string, unknown>) => {
			const cache = { ...app.metadataCache.getFileCache(file), frontmatter: { ...frontmatter, ...fields } };
			app.metadataCache.trigger("changed", file, "", cache);
		};
		changed({});
		expect(plugin.index.stepsOf("Interviews/Initech.md").map((step) => step.step)).toEqual(["letter", "call", "check-in"]);
		changed({ letter_sent: TODAY });
		expect(plugin.index.stepsOf("Interviews/Initech.md").map((step) => step.step)).toEqual(["call", "check-in"]);
		expect(plugin.index.problems()).toEqual([]);
	});

	it("reports a note whose frontmatter cannot even be looked at, and reads the rest of the vault", async () => {
		const { app, plugin } = await loadPlugin(FILES, morningOf(TODAY));
		const file = app.vault.getFileByPath("Interviews/Acme.md")!;
		const frontmatter = Object.defineProperty({}, "date", { enumerable: true, get: () => { throw new Error("unreadable value"); } });
		app.metadataCache.trigger("changed", file, "", { ...app.metadataCache.getFileCache(file), frontmatter });
		expect(plugin.index.problems()).toEqual([
			{ note: "Interviews/Acme.md", field: null, severity: "error", message: "This note could not be read (unreadable value); please report this." },
		]);
		expect(new Set(plugin.index.agenda(day(TODAY)).items.map((item) => item.note))).toEqual(new Set(["Notes/Globex.md"]));
	});
});
