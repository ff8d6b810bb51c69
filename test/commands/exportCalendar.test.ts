/** @jest-environment jsdom */
import type { App as ObsidianApp } from "obsidian";
import { App, Notice } from "../mocks/obsidian";
import { exportCalendar, registerExportCalendarCommand } from "../../src/commands/exportCalendarCommand";
import { FollowUpIndex } from "../../src/obsidian/followUpIndex";
import { DEFAULT_SETTINGS, FollowUpSettings } from "../../src/rules";
import { day } from "../builders/calendarDays";
import { parseCalendar } from "../calendar/parsedCalendar";
import { ACME_PATH, note, VAULT } from "./notes";
import { fileAt, loadLetters, settle, TODAY } from "./letterHarness";

const CALENDAR = "Follow-ups/follow-ups.ics";

/** The plugin over `files` with the export command, and a way to run it as the palette does. */
async function loadExport(files: Record<string, string> = VAULT, settings: Partial<FollowUpSettings> = {}) {
	const harness = await loadLetters(files, settings);
	registerExportCalendarCommand(harness.host as never);
	const run = async () => {
		harness.app.runCommand("interview-follow-up:export-calendar");
		await settle();
	};
	return { ...harness, run, calendarFiles: () => harness.app.vault.getFiles().filter((file) => file.extension === "ics").map((file) => file.path) };
}

describe('"Export follow-ups to calendar" writes follow-ups.ics in the article-share folder', () => {
	it("creates the folder and the file, one event per open follow-up, and says so", async () => {
		const { app, host, run, text, calendarFiles } = await loadExport();
		expect(app.vault.getAbstractFileByPath("Follow-ups")).toBeNull();
		await run();
		const { events } = parseCalendar(text(CALENDAR));
		const items = host.index.agenda(day(TODAY)).items;
		expect(items.length).toBeGreaterThan(3);
		expect(events).toHaveLength(items.length);
		expect(events.map((event) => event.summary)).toContain("Send thank-you letter to Jane at Acme");
		expect(events[0].url).toMatch(/^obsidian:\/\/open\?vault=Mock%20vault&file=Interviews%2F/);
		expect(calendarFiles()).toEqual([CALENDAR]);
		expect(Notice.shown).toEqual([`Exported ${items.length} follow-ups to ${CALENDAR}. Import it into your calendar app; importing it again updates the same events.`]);
	});

	it.each([
		["by default at 09:00", {}, ["PT9H"]],
		["at the Reminder time setting", { reminderTime: "07:30" }, ["PT7H30M"]],
		["none when it is off", { reminderTime: "off" }, []],
	])("gives every event a reminder on its first day, %s", async (_case, settings, triggers) => {
		const { run, text } = await loadExport(VAULT, settings);
		await run();
		const { events } = parseCalendar(text(CALENDAR));
		expect(events.length).toBeGreaterThan(3);
		for (const event of events) expect(event.alarms.map((alarm) => [alarm.action, alarm.description, alarm.trigger])).toEqual(triggers.map((trigger) => ["DISPLAY", event.summary, trigger]));
	});

	it("replaces the same file on the next export, keeping the UIDs of the steps still open", async () => {
		const { app, run, text, calendarFiles } = await loadExport();
		await run();
		const file = app.vault.getFileByPath(CALENDAR);
		const before = parseCalendar(text(CALENDAR)).events;
		await app.vault.modify(fileAt(app, ACME_PATH), text(ACME_PATH).replace("date: 2026-11-20\n", "date: 2026-11-20\nletter_sent: 2026-11-21\n"));
		await settle();
		await run();
		const after = parseCalendar(text(CALENDAR)).events;
		expect(app.vault.getFileByPath(CALENDAR)).toBe(file);
		expect(calendarFiles()).toEqual([CALENDAR]);
		expect(after.map((event) => event.summary)).not.toContain("Send thank-you letter to Jane at Acme");
		expect(after).toHaveLength(before.length - 1);
		const stillOpen = new Set(after.map((event) => event.uid));
		expect(before.filter((event) => stillOpen.has(event.uid))).toHaveLength(after.length);
		expect(Notice.shown[1]).toMatch(new RegExp(`^Exported ${after.length} follow-ups to ${CALENDAR}\\.`));
	});

	it.each([
		["the vault's root when the folder setting is empty", "", "follow-ups.ics"],
		["a nested folder, created with its parents", "Job search/Calendar/", "Job search/Calendar/follow-ups.ics"],
	])("goes to %s", async (_case, shareFolder, path) => {
		const { run, text } = await loadExport(VAULT, { shareFolder });
		await run();
		expect(text(path).startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
	});

	it("says 1 follow-up, not 1 follow-ups", async () => {
		const { run } = await loadExport({ "Interviews/Globex.md": note("date: 2026-10-01\noutcome: poorly\ncompany: Globex\nletter_sent: 2026-10-02\ncalled: 2026-10-08") });
		await run();
		expect(Notice.shown).toEqual([`Exported 1 follow-up to ${CALENDAR}. Import it into your calendar app; importing it again updates the same events.`]);
	});

	it("writes nothing and says why when a folder has the file's name", async () => {
		const { app, run, calendarFiles } = await loadExport();
		await app.vault.createFolder(CALENDAR);
		await run();
		expect(calendarFiles()).toEqual([]);
		expect(Notice.shown).toEqual([`Could not export the follow-ups to ${CALENDAR}: "${CALENDAR}" is a folder; expected the calendar file there`]);
	});
});

describe("an export asked for while Obsidian is still starting waits for the first full read of the vault", () => {
	it("holds every follow-up, not the empty agenda of an index not yet built", async () => {
		const app = new App();
		app.vault.seed(VAULT);
		const settings = { ...DEFAULT_SETTINGS };
		const index = new FollowUpIndex(app as unknown as ObsidianApp, settings);
		const host = { app: app as unknown as ObsidianApp, settings, today: () => day(TODAY), index };
		const exported = exportCalendar(host);
		await settle();
		expect(app.vault.getFileByPath(CALENDAR)).toBeNull();
		void index.rebuild();
		const { events } = await exported;
		expect(events).toBeGreaterThan(3);
		expect(parseCalendar(app.vault.readNow(CALENDAR)).events).toHaveLength(events);
	});
});
