import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { formatLongDay } from "../../cli/agendaPrinter";
import { dayFromParts } from "../../src/rules";
import { runCli } from "./runCli";
import { makeTempVault, note, TempVault } from "./tempVault";

let vault: TempVault;
afterEach(() => vault.remove());

function agendaJson(...flags: string[]) {
	const run = runCli("agenda", vault.root, "--today", "2026-11-27", "--json", ...flags);
	expect(run.status).toBe(0);
	return JSON.parse(run.stdout) as { today: string; items: Record<string, unknown>[]; problems: Record<string, unknown>[] };
}

const GLOBEX = note('date: 2026-11-25\noutcome: poorly\ncompany: Globex\ninterviewer: "[[People/Hank Scorpio|Hank]]"\nrole: Product Manager');

describe("agenda --json prints SPEC.md's object: today, items in agenda order, problems", () => {
	it("has exactly the keys of SPEC.md, dates as YYYY-MM-DD", () => {
		vault = makeTempVault({
			"Interviews/Globex.md": GLOBEX,
			"Interviews/Broken.md": note("date: 2026-02-30\ncompany: Initech"),
		});
		const agenda = agendaJson();
		expect(agenda).toEqual({
			today: "2026-11-27",
			items: [
				{ note: "Interviews/Globex.md", step: "letter", variant: "recovery", kind: "interview", due: "2026-11-26", deadline: "2026-11-26", bucket: "overdue", company: "Globex", contact: "Hank", contacts: ["Hank"] },
				{ note: "Interviews/Globex.md", step: "call", variant: null, kind: "interview", due: "2026-12-02", deadline: "2026-12-02", bucket: "upcoming", company: "Globex", contact: "Hank", contacts: ["Hank"] },
				{ note: "Interviews/Globex.md", step: "check-in", variant: null, kind: "interview", due: "2026-12-23", deadline: "2027-01-06", bucket: "later", company: "Globex", contact: "Hank", contacts: ["Hank"] },
			],
			problems: [{ note: "Interviews/Broken.md", field: "date", severity: "error", message: agenda.problems[0]?.message }],
		});
		expect(agenda.problems[0].message).toContain('"2026-02-30" is not a calendar date');
		// SPEC.md section 7 lists the keys in this order; JSON readers that diff output rely on it.
		expect(Object.keys(agenda.items[0])).toEqual(["note", "step", "variant", "kind", "due", "deadline", "bucket", "company", "contact", "contacts"]);
	});

	it("gives every item its meeting's kind and all its contacts: a panel, a coffee chat, a rejection", () => {
		vault = makeTempVault({
			"Interviews/Acme.md": note('date: 2026-11-20\noutcome: well\ncompany: Acme\ninterviewer:\n  - "[[People/Jane Doe|Jane]]"\n  - Omar\nletter_sent: false'),
			"Networking/Priya.md": note("date: 2026-11-25\ntype: Coffee chat\ncontact: Priya\ncompany: Hooli"),
			"Interviews/Globex.md": note("date: 2026-11-10\noutcome: poorly\nstatus: rejected\ncompany: Globex\ninterviewer: Hank"),
		});
		const { items } = agendaJson();
		const letters = items.filter((item) => item.step === "letter" || item.step === "rejection-reply").map(({ note: path, step, variant, kind, contact, contacts }) => ({ path, step, variant, kind, contact, contacts }));
		expect(letters).toEqual([
			{ path: "Interviews/Globex.md", step: "rejection-reply", variant: "after-rejection", kind: "interview", contact: "Hank", contacts: ["Hank"] },
			{ path: "Interviews/Acme.md", step: "letter", variant: "thank-you", kind: "interview", contact: "Jane", contacts: ["Jane", "Omar"] },
			{ path: "Networking/Priya.md", step: "letter", variant: "meeting-thanks", kind: "informational", contact: "Priya", contacts: ["Priya"] },
		]);
		expect(items.filter((item) => item.note === "Networking/Priya.md").map((item) => item.step)).toEqual(["letter", "check-in"]);
	});

	it("gives null for a company or contact the note does not name, and the introducer as the contact of their thanks", () => {
		vault = makeTempVault({ "Interviews/Lunch.md": note('date: 2026-11-26\noutcome: well\nintroducer: "[[People/Priya Shah]]"\nletter_sent: 2026-11-26') });
		const { items } = agendaJson();
		expect(items.map(({ step, company, contact }) => ({ step, company, contact }))).toEqual([
			{ step: "introducer-thanks", company: null, contact: "Priya Shah" },
			{ step: "call", company: null, contact: null },
			{ step: "check-in", company: null, contact: null },
		]);
	});

	it("sorts problems by note, then field, with whole-note problems under field null", () => {
		vault = makeTempVault({
			"Interviews/b.md": note("date: 2026-11-20\noutcome: meh\nstatus: ghosted"),
			"Interviews/a.md": "---\ndate: [broken\n---\n",
		});
		const { problems } = agendaJson();
		expect(problems.map(({ note: path, field, severity }) => [path, field, severity])).toEqual([
			["Interviews/a.md", "frontmatter", "error"],
			["Interviews/b.md", "outcome", "warning"],
			["Interviews/b.md", "status", "warning"],
		]);
	});
});

describe("the readable agenda groups follow-ups by bucket, as actions a person would say", () => {
	it("prints a header, each bucket under its heading, each item with when and its note, then the problems", () => {
		vault = makeTempVault({
			"Interviews/2026-11-25 Globex.md": GLOBEX,
			"Interviews/2026-11-20 Acme.md": note('date: 2026-11-20\noutcome: well\ncompany: Acme\ninterviewer: "[[People/Jane Doe|Jane]]"\nletter_sent: 2026-11-21'),
			"Interviews/Soylent.md": note("date: 2026-11-31\ncompany: Soylent\noutcome: well"),
		});
		const run = runCli("agenda", vault.root, "--today", "2026-11-27");
		expect(run.stderr).toEqual([]);
		expect(run.stdout).toBe(
			[
				"Follow-ups for Fri, Nov 27, 2026 (horizon 14 days)",
				"",
				"Overdue (1)",
				"  - Send recovery letter to Hank at Globex — 1 day overdue",
				"    Job interview · Interviews/2026-11-25 Globex.md · Product Manager",
				"",
				"Due now (1)",
				"  - Call Jane at Acme — no answer in a week — due today",
				"    Job interview · Interviews/2026-11-20 Acme.md",
				"",
				"Coming up (1)",
				"  - Call Hank at Globex — no answer in a week — in 5 days",
				"    Job interview · Interviews/2026-11-25 Globex.md · Product Manager",
				"",
				"Later (2)",
				"  - Share something with Jane at Acme — in 22 days",
				"    Job interview · Interviews/2026-11-20 Acme.md",
				"  - Share something with Hank at Globex — in 26 days",
				"    Job interview · Interviews/2026-11-25 Globex.md · Product Manager",
				"",
				"Problems (1)",
				"  - Interviews/Soylent.md · date · error",
				'    The meeting date cannot be read: "2026-11-31" is not a calendar date: November 2026 has 30 days.',
				"",
			].join("\n"),
		);
	});

	it("says so when nothing is due within the horizon, and lists what comes later", () => {
		vault = makeTempVault({ "Interviews/Acme.md": note("date: 2026-11-20\noutcome: well\ncompany: Acme\nletter_sent: 2026-11-21\ncalled: 2026-11-26") });
		const run = runCli("agenda", vault.root, "--today", "2026-11-27", "--horizon", "7");
		expect(run.stdout).toBe(
			[
				"Follow-ups for Fri, Nov 27, 2026 (horizon 7 days)",
				"",
				"Nothing to follow up on today or in the next 7 days.",
				"",
				"Later (1)",
				"  - Share something with the interviewer at Acme — in 27 days",
				"    Job interview · Interviews/Acme.md",
				"",
			].join("\n"),
		);
	});

	it("prints only the header and the empty-state line for a vault without interviews", () => {
		vault = makeTempVault({ "Welcome.md": "# Hello\n" });
		const run = runCli("agenda", vault.root, "--today", "2026-11-27", "--horizon", "1");
		expect(run.stdout).toBe("Follow-ups for Fri, Nov 27, 2026 (horizon 1 day)\n\nNothing to follow up on today or in the next 1 day.\n");
	});

	it.each([
		[1970, 1, 1, "Thu, Jan 1, 1970"],
		[2026, 11, 27, "Fri, Nov 27, 2026"],
		[2028, 2, 29, "Tue, Feb 29, 2028"],
		[1969, 12, 31, "Wed, Dec 31, 1969"],
	])("writes the day out: %i-%i-%i is %s", (year, month, day, text) => {
		expect(formatLongDay(dayFromParts(year, month, day) as number)).toBe(text);
	});
});

describe("one bad note never stops the others", () => {
	it("schedules every readable interview while broken, binary, empty and non-Markdown files are reported or skipped", () => {
		vault = makeTempVault({
			"Interviews/Globex.md": GLOBEX,
			"Interviews/Broken YAML.md": "---\ndate: 2026-11-20\ncompany: [Acme\n---\nBody",
			"Interviews/No frontmatter.md": "# Just thoughts\n\nNo properties here.\n",
			"Interviews/Binary.md": Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff, 0xfe, 0x00]),
			"Interviews/scan.pdf": Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]),
			"Interviews/draft.txt": note("date: 2026-11-20\ncompany: Nope"),
			"Welcome.md": "Hello",
		});
		const { items, problems } = agendaJson();
		expect(new Set(items.map((item) => item.note))).toEqual(new Set(["Interviews/Globex.md"]));
		expect(problems.map(({ note: path, field, severity }) => [path, field, severity])).toEqual([["Interviews/Broken YAML.md", "frontmatter", "error"]]);
		// js-yaml names the spot where it found the list still open: the closing --- line, line 4 of the note.
		expect(problems[0].message).toMatch(/^The frontmatter could not be read \(unexpected end of the stream within a flow collection at line 4, column 1\)\. Fix the YAML/);
	});

	it("reads a huge note like any other", () => {
		vault = makeTempVault({ "Interviews/Huge.md": note("date: 2026-11-25\noutcome: poorly\ncompany: Globex", "A long transcript. ".repeat(500_000)) });
		const { items } = agendaJson();
		expect(items[0]).toMatchObject({ note: "Interviews/Huge.md", step: "letter", bucket: "overdue" });
	});
});

describe("dates are read as the calendar dates they are in the local zone", () => {
	it("converts an offset date-time to the local zone before taking its date", () => {
		const instant = "2026-11-20T23:30:00-08:00";
		vault = makeTempVault({ "Interviews/Acme.md": note(`date: ${instant}\noutcome: well\ncompany: Acme`) });
		// The expected day comes from JavaScript's own Date in the test's zone (TZ), not from the code under test.
		const local = new Date(instant);
		const expectedDue = new Date(local.getFullYear(), local.getMonth(), local.getDate() + 1);
		const iso = `${expectedDue.getFullYear()}-${String(expectedDue.getMonth() + 1).padStart(2, "0")}-${String(expectedDue.getDate()).padStart(2, "0")}`;
		const { items } = agendaJson();
		expect(items.find((item) => item.step === "letter")?.due).toBe(iso);
	});

	it.each([["2026-11-20"], ["2026-11-20T09:30"], ["2026-11-20 23:59:59"]])("reads %s as November 20 in every zone", (date) => {
		vault = makeTempVault({ "Interviews/Acme.md": note(`date: ${date}\noutcome: well\ncompany: Acme`) });
		const { items } = agendaJson();
		expect(items.find((item) => item.step === "letter")?.due).toBe("2026-11-21");
	});

	it("takes today from the clock it is given when --today is absent", () => {
		vault = makeTempVault({ "Interviews/Acme.md": note("date: 2026-11-20\noutcome: well\ncompany: Acme") });
		const run = runCli("agenda", vault.root, "--json");
		expect((JSON.parse(run.stdout) as { today: string }).today).toBe("2026-11-27");
	});
});

describe("the command line never writes", () => {
	function snapshot(root: string): Map<string, { content: string; modified: number }> {
		const files = new Map<string, { content: string; modified: number }>();
		const walk = (folder: string) => {
			for (const entry of readdirSync(folder, { withFileTypes: true })) {
				const path = join(folder, entry.name);
				if (entry.isDirectory()) walk(path);
				else files.set(path, { content: readFileSync(path, "latin1"), modified: statSync(path).mtimeMs });
			}
		};
		walk(root);
		return files;
	}

	it("leaves every file, its content and its modification time as they were", () => {
		vault = makeTempVault({
			"Interviews/Globex.md": GLOBEX,
			"Interviews/Broken.md": "---\ndate: [\n---\n",
			".obsidian/plugins/interview-follow-up/data.json": JSON.stringify({ horizonDays: -1 }),
		});
		const before = snapshot(vault.root);
		runCli("agenda", vault.root, "--today", "2026-11-27");
		runCli("agenda", vault.root, "--json");
		expect(snapshot(vault.root)).toEqual(before);
	});
});
