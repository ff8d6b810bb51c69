import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { parseCalendar } from "../calendar/parsedCalendar";
import { runCli } from "./runCli";
import { makeTempVault, note, TempVault } from "./tempVault";

let vault: TempVault;
afterEach(() => vault.remove());

const ACME = note('date: 2026-11-20\noutcome: well\ncompany: Acme\ninterviewer: "[[People/Zoë Åberg|Zoë]]"\nintroducer: Marge');
const GLOBEX = note("date: 2026-11-25\noutcome: poorly\ncompany: Globex\ninterviewer: Hank");
const PRIYA = note("date: 2026-11-25\ntype: coffee chat\ncontact: Priya\ncompany: Société Générale");

/** A vault in a folder named "Job search" (so its name has a space), inside a temporary folder. */
function jobSearchVault(files: Record<string, string>): string {
	vault = makeTempVault(Object.fromEntries(Object.entries(files).map(([path, text]) => [`Job search/${path}`, text])));
	return join(vault.root, "Job search");
}

describe("ics prints the vault's open follow-ups as an iCalendar file", () => {
	it("has one event per item of agenda --json, every bucket, with exit status 0", () => {
		const folder = jobSearchVault({ "Interviews/Acme.md": ACME, "Interviews/Globex.md": GLOBEX, "Networking/Priya.md": PRIYA });
		const ics = runCli("ics", folder, "--today", "2026-11-27");
		const agenda = runCli("agenda", folder, "--today", "2026-11-27", "--json");
		expect(ics.status).toBe(0);
		expect(ics.stderr).toEqual([]);
		const items = (JSON.parse(agenda.stdout) as { items: { bucket: string }[] }).items;
		const { events } = parseCalendar(ics.stdout);
		expect(events).toHaveLength(items.length);
		expect(new Set(items.map((item) => item.bucket))).toEqual(new Set(["overdue", "due", "upcoming", "later"]));
		expect(events.map((event) => event.summary)).toContain("Thank Priya for the coffee chat");
	});

	it("links each event to its note in the vault named after the folder", () => {
		const folder = jobSearchVault({ "Networking/Priya.md": PRIYA });
		const { events, properties } = parseCalendar(runCli("ics", folder, "--today", "2026-11-27").stdout);
		expect(events[0].url).toBe("obsidian://open?vault=Job%20search&file=Networking%2FPriya.md");
		expect(properties["X-WR-CALNAME"]).toBe("Interview follow-ups (Job search)");
	});

	it("takes the call's wait from the vault's settings", () => {
		const folder = jobSearchVault({
			"Interviews/Acme.md": ACME,
			".obsidian/plugins/interview-follow-up/data.json": JSON.stringify({ callDelayDays: 10 }),
		});
		const { events } = parseCalendar(runCli("ics", folder, "--today", "2026-11-27").stdout);
		expect(events.map((event) => event.summary)).toContain("Call Zoë at Acme — no answer in 10 days");
	});

	it("keeps each event's UID when run again on another day", () => {
		const folder = jobSearchVault({ "Interviews/Acme.md": ACME });
		const uids = (today: string) => parseCalendar(runCli("ics", folder, "--today", today).stdout).events.map((event) => event.uid);
		expect(uids("2026-11-28")).toEqual(uids("2026-11-21"));
	});

	it("says on standard error how many notes cannot be scheduled, still exiting with 0", () => {
		const folder = jobSearchVault({ "Interviews/Acme.md": ACME, "Interviews/Broken.md": note("date: someday"), "Interviews/Bad.md": "---\ndate: [\n---\n" });
		const run = runCli("ics", folder, "--today", "2026-11-27");
		expect(run.status).toBe(0);
		expect(run.stderr).toEqual(['warning: 2 interview notes have errors and are not in the calendar; run "interview-follow-up agenda" to see why.']);
		expect(parseCalendar(run.stdout).events).toHaveLength(4);
	});

	it("writes nothing into the vault", () => {
		const folder = jobSearchVault({ "Interviews/Acme.md": ACME });
		const before = readdirSync(folder, { recursive: true }).map(String).sort();
		const modified = statSync(join(folder, "Interviews/Acme.md")).mtimeMs;
		runCli("ics", folder, "--today", "2026-11-27");
		expect(readdirSync(folder, { recursive: true }).map(String).sort()).toEqual(before);
		expect(statSync(join(folder, "Interviews/Acme.md")).mtimeMs).toBe(modified);
		expect(readFileSync(join(folder, "Interviews/Acme.md"), "utf8")).toBe(ACME);
	});

	it("prints a calendar with no event for a vault with no interview notes", () => {
		const folder = jobSearchVault({ "Notes/Groceries.md": "milk\n" });
		const run = runCli("ics", folder);
		expect(run.status).toBe(0);
		expect(parseCalendar(run.stdout).events).toEqual([]);
	});
});

describe("ics reminds on each event's first day at the vault's Reminder time", () => {
	it.each([
		["09:00 when the vault sets nothing", null, ["PT9H"]],
		["the time data.json sets", '{ "reminderTime": "18:15" }', ["PT18H15M"]],
		["no reminder when data.json says off", '{ "reminderTime": "off" }', []],
	])("%s", (_case, data, triggers) => {
		const files: Record<string, string> = { "Interviews/Acme.md": ACME };
		if (data !== null) files[".obsidian/plugins/interview-follow-up/data.json"] = data;
		const { events } = parseCalendar(runCli("ics", jobSearchVault(files), "--today", "2026-11-27").stdout);
		expect(events.length).toBeGreaterThan(2);
		for (const event of events) {
			expect(event.alarms.map((alarm) => [alarm.description, alarm.trigger])).toEqual(triggers.map((trigger) => [event.summary, trigger]));
			for (const alarm of event.alarms) expect(alarm.fires.slice(0, 10)).toBe(event.start);
		}
	});
});
