import { join } from "path";
import { runCli } from "./runCli";

// The demo (`npm run demo`) prints this vault's agenda for Friday, November 27, 2026. These tests pin what the
// README and the screenshots promise about it, item by item, rather than a snapshot of everything.
const VAULT = join(__dirname, "..", "..", "example-vault");

interface Item {
	note: string;
	step: string;
	variant: string | null;
	due: string;
	deadline: string;
	bucket: string;
	company: string | null;
	contact: string | null;
}

let agenda: { today: string; items: Item[]; problems: { note: string; field: string | null; severity: string; message: string }[] };
let text: string;
beforeAll(() => {
	const json = runCli("agenda", VAULT, "--today", "2026-11-27", "--json");
	expect(json.stderr).toEqual([]);
	agenda = JSON.parse(json.stdout) as typeof agenda;
	text = (runCli("agenda", VAULT, "--today", "2026-11-27")).stdout;
});

function itemsIn(bucket: string): string[] {
	return agenda.items.filter((item) => item.bucket === bucket).map((item) => `${item.step} ${item.company ?? "?"} ${item.due}`);
}

describe("the example vault's agenda on 2026-11-27", () => {
	it("is for Friday, November 27, 2026, with the vault's horizon of 14 days", () => {
		expect(agenda.today).toBe("2026-11-27");
		expect(text.split("\n")[0]).toBe("Follow-ups for Fri, Nov 27, 2026 (horizon 14 days)");
	});

	it("has overdue a check-in, an introducer's thanks, a coffee chat's thanks and a recovery letter", () => {
		expect(itemsIn("overdue")).toEqual([
			"check-in Umbrella Corporation 2026-11-09",
			"introducer-thanks Stark Industries 2026-11-25",
			"letter Raviga Capital 2026-11-25",
			"letter Globex 2026-11-26",
		]);
		expect(text).toContain("  - Thank Monica for the coffee chat — 2 days overdue\n    Informational · Networking/");
		expect(text).toContain("  - Send recovery letter to Hank at Globex — 1 day overdue\n");
		expect(text).toContain("  - Thank Sam for the introduction to Stark Industries — 2 days overdue\n");
	});

	it("has, due now, a call, the reply after a rejection, the panel's letters, a letter of unknown kind, the advice's thanks, then the Initech check-in whose window runs longest", () => {
		expect(itemsIn("due")).toEqual([
			"call Acme 2026-11-27",
			"rejection-reply Massive Dynamic 2026-11-27",
			"letter Pied Piper 2026-11-27",
			"letter Vandelay Industries 2026-11-27",
			"letter ? 2026-11-27",
			"check-in Initech 2026-11-26",
		]);
		// A rejection after a recovery letter: the reply is due the day after rejected_on; no thank-you after the no.
		expect(text).toContain("  - Reply to Nina at Massive Dynamic after the rejection — due today\n");
		expect(agenda.items.filter((item) => item.company === "Massive Dynamic").map((item) => [item.step, item.variant])).toEqual([
			["rejection-reply", "after-rejection"],
			["check-in", null],
		]);
		expect(text).toContain("  - Send thank-you letters to Richard, Dinesh and Gilfoyle at Pied Piper — due today\n");
		expect(text).toContain("  - Thank Sam for the advice — due today\n    Career advice · Networking/2026-11-26 Career advice from Sam.md\n");
		const checkIn = agenda.items.find((item) => item.company === "Initech");
		// Two notes, one thread: only the second round has the check-in, 28–42 days after its 2026-10-29 call.
		expect(checkIn).toEqual(expect.objectContaining({ note: "Interviews/2026-10-22 Initech - second round.md", deadline: "2026-12-10", contact: "Joanna" }));
		expect(agenda.items.filter((item) => item.note.includes("Initech - first round"))).toEqual([]);
		expect(agenda.items.find((item) => item.company === "Vandelay Industries" && item.step === "letter")?.variant).toBeNull();
	});

	it("has calls coming up, the snoozed one on the day the snooze ends", () => {
		expect(itemsIn("upcoming")).toEqual([
			"call Stark Industries 2026-12-01",
			"call Globex 2026-12-02",
			"call Pied Piper 2026-12-03",
			"call Vandelay Industries 2026-12-03",
			"call Hooli 2026-12-04",
		]);
	});

	it("has nothing for the interview that ended in an offer, nor for letters and thanks already done", () => {
		expect(agenda.items.filter((item) => item.company === "Wayne Enterprises")).toEqual([]);
		expect(agenda.items.filter((item) => item.company === "Acme").map((item) => item.step)).toEqual(["call", "check-in"]);
	});

	it("reads meetings outside the interviews folder by their type or an #interview tag, and nothing else there", () => {
		const outside = new Set([...agenda.items.map((item) => item.note), ...agenda.problems.map((problem) => problem.note)].filter((note) => !note.startsWith("Interviews/")));
		expect([...outside].sort()).toEqual([
			"Journal/2026-11-27 Recruiter call.md",
			"Networking/2026-11-24 Coffee chat with Monica - Raviga.md",
			"Networking/2026-11-26 Career advice from Sam.md",
		]);
	});

	it("gives each item its kind and everyone met: the panel has three contacts, the advice meeting no call", () => {
		const panel = agenda.items.find((item) => item.company === "Pied Piper" && item.step === "letter") as Item & { kind: string; contacts: string[] };
		expect(panel).toEqual(expect.objectContaining({ kind: "interview", variant: "thank-you", contact: "Richard", contacts: ["Richard", "Dinesh", "Gilfoyle"] }));
		const advice = agenda.items.filter((item) => item.note.startsWith("Networking/2026-11-26")) as (Item & { kind: string })[];
		expect(advice.map((item) => [item.step, item.variant, item.kind])).toEqual([["letter", "meeting-thanks", "advice"], ["check-in", null, "advice"]]);
	});

	it("reports the mistyped date and the untitled recruiter call as errors, the unknown outcome as a warning", () => {
		expect(agenda.problems.map(({ note, field, severity }) => [note, field, severity])).toEqual([
			["Interviews/2026-11-23 Soylent - Operations Manager.md", "date", "error"],
			["Interviews/2026-11-26 Vandelay Industries - Import Coordinator.md", "outcome", "warning"],
			["Journal/2026-11-27 Recruiter call.md", "date", "error"],
		]);
		expect(text).toContain("Problems (3)");
	});
});
