/** @jest-environment jsdom */
import { Notice, usePlatform } from "../mocks/obsidian";
import { VIEW_TYPE_AGENDA } from "../../src/ui/agendaView";
import { flush, loadPlugin, morningOf, note } from "../obsidian/harness";

const TODAY = "2026-11-27";
// Overdue letter (Nov 21) and a call due today: 2 follow-ups due.
const ACME = note("date: 2026-11-20\noutcome: well\ncompany: Acme\ninterviewer: Jane");
const PATH = "Interviews/Acme.md";

afterEach(() => {
	jest.useRealTimers();
	usePlatform("desktop");
});

function statusText(app: { statusBarEl: HTMLElement }): string | null {
	const el = app.statusBarEl.find(".ifu-status-bar");
	return el.hasClass("ifu-hidden") ? null : el.getText();
}

describe("the status bar counts what is overdue or due now", () => {
	it.each([
		["an overdue letter and a call due today", { [PATH]: ACME }, "2 follow-ups due"],
		["one overdue letter", { [PATH]: ACME.replace("interviewer: Jane", "interviewer: Jane\nstatus: responded") }, "1 follow-up due"],
		["nothing due (hidden)", { [PATH]: note("date: 2026-11-27\noutcome: well") }, null],
	])("with %s", async (_case, files, expected) => {
		const { app } = await loadPlugin(files, morningOf(TODAY));
		expect(statusText(app)).toBe(expected);
	});

	it("follows edits and hides when turned off", async () => {
		const { app, plugin } = await loadPlugin({ [PATH]: ACME }, morningOf(TODAY));
		await app.vault.modify(app.vault.getFileByPath(PATH)!, ACME.replace("interviewer: Jane", "interviewer: Jane\nletter_sent: 2026-11-21"));
		await app.metadataCache.settled();
		expect(statusText(app)).toBe("1 follow-up due");
		plugin.settings = { ...plugin.settings, showStatusBar: false };
		await plugin.saveSettings();
		expect(statusText(app)).toBeNull();
	});

	it("opens the agenda when clicked", async () => {
		const { app } = await loadPlugin({ [PATH]: ACME }, morningOf(TODAY));
		(app.statusBarEl.find(".ifu-status-bar")).click();
		await flush();
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_AGENDA)).toHaveLength(1);
	});
});

describe("the start-up notice appears at most once a day, only when something is overdue", () => {
	it("summarises what is overdue", async () => {
		await loadPlugin({ [PATH]: ACME }, morningOf(TODAY));
		expect(Notice.shown).toEqual(["Interview follow-up: 1 follow-up is overdue: Send thank-you letter to Jane at Acme."]);
	});

	it("names each overdue follow-up as the agenda does, the call with its wait", async () => {
		await loadPlugin({ [PATH]: ACME }, morningOf("2026-11-30"));
		expect(Notice.shown[0]).toContain("Send thank-you letter to Jane at Acme");
		expect(Notice.shown[0]).toContain("Call Jane at Acme — no answer in a week");
	});

	it("stays quiet on a second start-up the same day, and speaks again the next day", async () => {
		const { app, plugin } = await loadPlugin({ [PATH]: ACME }, morningOf(TODAY));
		const { showStartupNotice } = await import("../../src/ui/startupNotice");
		Notice.shown = [];
		await showStartupNotice(plugin);
		expect(Notice.shown).toEqual([]);
		jest.setSystemTime(morningOf("2026-11-28"));
		await showStartupNotice(plugin);
		expect(Notice.shown).toHaveLength(1);
		expect(app.loadLocalStorage("interview-follow-up:last-notice-day")).toBe("2026-11-28");
	});

	it.each([
		["nothing is overdue", { [PATH]: note("date: 2026-11-26\noutcome: well") }, null],
		["the notice is turned off", { [PATH]: ACME }, { showStartupNotice: false }],
	])("shows nothing when %s", async (_case, files, data) => {
		await loadPlugin(files, morningOf(TODAY), data);
		expect(Notice.shown).toEqual([]);
	});
});

describe("on mobile, which has no status bar, the start-up notice carries the count", () => {
	it.each([
		[
			"an overdue letter and a call due today",
			{ [PATH]: ACME },
			"Interview follow-up: 2 follow-ups due today, 1 overdue: Send thank-you letter to Jane at Acme; Call Jane at Acme — no answer in a week.",
		],
		[
			"a reply after a rejection due today, after a thank-you already sent",
			{ [PATH]: ACME.replace("interviewer: Jane", "interviewer: Jane\nstatus: rejected\nletter_sent: 2026-11-21\nrejected_on: 2026-11-26") },
			"Interview follow-up: 1 follow-up due today: Reply to Jane at Acme after the rejection.",
		],
		[
			"a call due today, nothing overdue",
			{ [PATH]: ACME.replace("interviewer: Jane", "interviewer: Jane\nletter_sent: 2026-11-21") },
			"Interview follow-up: 1 follow-up due today: Call Jane at Acme — no answer in a week.",
		],
	])("with %s", async (_case, files, expected) => {
		usePlatform("mobile");
		const { app } = await loadPlugin(files, morningOf(TODAY));
		expect(Notice.shown).toEqual([expected]);
		expect(app.loadLocalStorage("interview-follow-up:last-notice-day")).toBe(TODAY);
	});

	it("adds nothing to a status bar", async () => {
		usePlatform("mobile");
		const { app } = await loadPlugin({ [PATH]: ACME }, morningOf(TODAY));
		expect(app.statusBarEl.children).toHaveLength(0);
		expect(document.querySelector(".ifu-status-bar")).toBeNull();
	});

	it("stays quiet when nothing is due today", async () => {
		usePlatform("mobile");
		await loadPlugin({ [PATH]: note("date: 2026-11-27\noutcome: well") }, morningOf(TODAY));
		expect(Notice.shown).toEqual([]);
	});
});
