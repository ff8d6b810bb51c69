import { NoteSource } from "../../src/rules";
import { interviewNote } from "../builders/interviewNote";
import { agendaOf } from "../builders/agendaOf";

/** Each open step as "note: step due[..deadline]". */
function threadSteps(notes: NoteSource[]): string[] {
	return agendaOf(notes, "2000-01-01").rows.map(
		(row) => `${row.note}: ${row.step} ${row.due}${row.deadline === row.due ? "" : `..${row.deadline}`}`,
	);
}

const first = (company: unknown) => interviewNote().path("Interviews/Round 1.md").date("2026-11-02").company(company).letterSent("2026-11-03");
const second = (company: unknown) => interviewNote().path("Interviews/Round 2.md").date("2026-11-20").company(company);

describe("notes about the same company form one thread", () => {
	it.each<[string, unknown, unknown]>([
		["the same name", "Acme", "Acme"],
		["names that differ in case", "Acme", "ACME"],
		["names that differ in surrounding spaces", " Acme", "Acme  "],
		["a link and its display text", "[[Companies/Acme]]", "Acme"],
		["a link with an alias and the alias", "[[Companies/Acme Corporation|Acme]]", "acme"],
	])("joins %s (%p, %p): only the latest note has the call and the check-in", (_, company1, company2) => {
		expect(threadSteps([first(company1).build(), second(company2).build()])).toEqual([
			"Interviews/Round 2.md: letter 2026-11-21",
			"Interviews/Round 2.md: call 2026-11-27",
			"Interviews/Round 2.md: check-in 2026-12-18..2027-01-01",
		]);
	});

	it.each<[string, unknown, unknown]>([
		["different companies", "Acme", "Globex"],
		["a name and a longer name", "Acme", "Acme Labs"],
		["a link whose display text differs", "[[Companies/Acme Corporation]]", "Acme"],
	])("keeps %s (%p, %p) apart: each note has its own call and check-in", (_, company1, company2) => {
		expect(threadSteps([first(company1).build(), second(company2).build()])).toEqual([
			"Interviews/Round 1.md: call 2026-11-09",
			"Interviews/Round 2.md: letter 2026-11-21",
			"Interviews/Round 2.md: call 2026-11-27",
			"Interviews/Round 1.md: check-in 2026-12-01..2026-12-15",
			"Interviews/Round 2.md: check-in 2026-12-18..2027-01-01",
		]);
	});

	it.each<[string, unknown]>([["no company", undefined], ["an empty company", ""], ["a blank company", "  "]])(
		"makes a note with %s a thread of its own, even beside another such note",
		(_, company) => {
			expect(threadSteps([first(company).build(), second(company).build()])).toEqual([
				"Interviews/Round 1.md: call 2026-11-09",
				"Interviews/Round 2.md: letter 2026-11-21",
				"Interviews/Round 2.md: call 2026-11-27",
				"Interviews/Round 1.md: check-in 2026-12-01..2026-12-15",
				"Interviews/Round 2.md: check-in 2026-12-18..2027-01-01",
			]);
		},
	);
});

describe("the thread's latest note decides the call and the check-in", () => {
	it("picks the latest interview date, whatever the order of the notes", () => {
		const notes = [second("Acme").build(), first("Acme").build()];
		expect(threadSteps(notes).filter((step) => !step.includes("letter"))).toEqual([
			"Interviews/Round 2.md: call 2026-11-27",
			"Interviews/Round 2.md: check-in 2026-12-18..2027-01-01",
		]);
	});

	it.each([
		[["Interviews/A.md", "Interviews/B.md"], "Interviews/B.md"],
		[["Interviews/B.md", "Interviews/A.md"], "Interviews/B.md"],
		[["Interviews/Acme/2.md", "Interviews/Acme 2.md"], "Interviews/Acme/2.md"],
	])("on a date tie between %j, picks the path that sorts last (%s)", (paths, latest) => {
		const notes = paths.map((path) => interviewNote().path(path).letterSent(true).build());
		expect(threadSteps(notes)).toEqual([`${latest}: call 2026-11-27`, `${latest}: check-in 2026-12-18..2027-01-01`]);
	});

	it.each<[string, string, string[]]>([
		["waiting", "waiting", ["call", "check-in"]],
		["responded", "waiting", ["check-in"]],
		["offer", "waiting", []],
		["closed", "waiting", []],
		["waiting", "offer", ["call", "check-in"]],
		["waiting", "closed", ["call", "check-in"]],
	])("uses the latest note's status (%s), not an earlier one's (%s): %j", (latestStatus, earlierStatus, expected) => {
		const notes = [first("Acme").status(earlierStatus).build(), second("Acme").letterSent(true).status(latestStatus).build()];
		expect(threadSteps(notes).map((step) => step.split(" ")[2])).toEqual(expected);
	});

	it("uses the latest note's called: a call logged on an earlier round does not count", () => {
		const notes = [first("Acme").called("2026-11-09").build(), second("Acme").letterSent(true).build()];
		expect(threadSteps(notes)).toContain("Interviews/Round 2.md: call 2026-11-27");
	});

	it("counts the last contact over every note of the thread", () => {
		// Round 1 has a check-in after round 2's interview: it moves round 2's check-in.
		const notes = [first("Acme").checkIns(["2026-12-05"]).build(), second("Acme").letterSent("2026-11-21").build()];
		expect(threadSteps(notes)).toContain("Interviews/Round 2.md: check-in 2027-01-02..2027-01-16");
	});

	it("counts a call logged on an earlier note as contact, too", () => {
		const notes = [first("Acme").called("2026-11-25").build(), second("Acme").date("2026-11-10").letterSent(true).build()];
		expect(threadSteps(notes)).toContain("Interviews/Round 2.md: check-in 2026-12-23..2027-01-06");
	});
});

describe("every note of a thread keeps its own letter and introducer thanks", () => {
	it("lists each round's letter and introducer thanks, and one call and check-in", () => {
		const notes = [
			first("Acme").letterSent(false).introducer("Sam").build(),
			second("Acme").introducer("Kim").build(),
		];
		expect(threadSteps(notes)).toEqual([
			"Interviews/Round 1.md: letter 2026-11-03",
			"Interviews/Round 1.md: introducer-thanks 2026-11-03",
			"Interviews/Round 2.md: letter 2026-11-21",
			"Interviews/Round 2.md: introducer-thanks 2026-11-21",
			"Interviews/Round 2.md: call 2026-11-27",
			"Interviews/Round 2.md: check-in 2026-12-18..2027-01-01",
		]);
	});

	it("closes only that note's letter when that note is closed", () => {
		const notes = [first("Acme").letterSent(false).status("closed").build(), second("Acme").build()];
		expect(threadSteps(notes)).toEqual([
			"Interviews/Round 2.md: letter 2026-11-21",
			"Interviews/Round 2.md: call 2026-11-27",
			"Interviews/Round 2.md: check-in 2026-12-18..2027-01-01",
		]);
	});

	it("keeps an earlier round's letter open when the latest round is closed", () => {
		const notes = [first("Acme").letterSent(false).build(), second("Acme").status("closed").build()];
		expect(threadSteps(notes)).toEqual(["Interviews/Round 1.md: letter 2026-11-03"]);
	});

	it("ignores a note with an unreadable date when choosing the latest", () => {
		const notes = [first("Acme").build(), second("Acme").date("soon").build()];
		expect(threadSteps(notes)).toEqual([
			"Interviews/Round 1.md: call 2026-11-09",
			"Interviews/Round 1.md: check-in 2026-12-01..2026-12-15",
		]);
	});
});
