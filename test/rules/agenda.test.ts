import { bucketOf, BUCKETS, compareProblems, DEFAULT_SETTINGS, placeSteps, Problem, Step, StepKind } from "../../src/rules";
import { day, iso } from "../builders/calendarDays";
import { interviewNote } from "../builders/interviewNote";
import { agendaOf } from "../builders/agendaOf";

const T = "2026-11-27";
const at = (offset: number) => iso(day(T) + offset);

describe("each open step falls in one bucket of today's agenda (T = 2026-11-27, H = 14)", () => {
	it.each<[string, number, number, number, string]>([
		["deadline T-1", -1, -1, 14, "overdue"],
		["deadline long past", -30, -20, 14, "overdue"],
		["due = deadline = T", 0, 0, 14, "due"],
		["due earlier, deadline = T", -14, 0, 14, "due"],
		["due earlier, deadline later", -3, 11, 14, "due"],
		["due = T, deadline later", 0, 14, 14, "due"],
		["due T+1", 1, 1, 14, "upcoming"],
		["due T+H", 14, 28, 14, "upcoming"],
		["due T+H+1", 15, 15, 14, "later"],
		["horizon 0, due T", 0, 0, 0, "due"],
		["horizon 0, due T+1", 1, 1, 0, "later"],
		["horizon 3, due T+3", 3, 3, 3, "upcoming"],
		["horizon 3, due T+4", 4, 4, 3, "later"],
	])("%s: %s", (_, dueOffset, deadlineOffset, horizon, bucket) => {
		expect(bucketOf({ due: day(at(dueOffset)), deadline: day(at(deadlineOffset)) }, day(T), horizon)).toBe(bucket);
	});

	// The same boundaries through whole notes: the letter is due (and ends) the day after the interview;
	// the check-in window runs 28 to 42 days after it.
	it.each<[string, string, StepKind, number, string]>([
		["a letter whose deadline was yesterday", at(-2), "letter", 14, "overdue"],
		["a letter due today", at(-1), "letter", 14, "due"],
		["a letter due tomorrow", at(0), "letter", 14, "upcoming"],
		["a letter due in H days", at(13), "letter", 14, "upcoming"],
		["a letter due in H+1 days", at(14), "letter", 14, "later"],
		["a letter due tomorrow, horizon 0", at(0), "letter", 0, "later"],
		["a check-in whose window ends today", at(-42), "check-in", 14, "due"],
		["a check-in whose window ended yesterday", at(-43), "check-in", 14, "overdue"],
		["a check-in whose window opens today", at(-28), "check-in", 14, "due"],
		["a call due today", at(-7), "call", 14, "due"],
		["a call due yesterday", at(-8), "call", 14, "overdue"],
	])("puts %s (interview %s) in the right bucket", (_, date, step, horizonDays, bucket) => {
		const { rows } = agendaOf([interviewNote().date(date).build()], T, { ...DEFAULT_SETTINGS, horizonDays });
		expect(rows.filter((row) => row.step === step).map((row) => row.bucket)).toEqual([bucket]);
	});

	it("lists the buckets in agenda order", () => {
		expect(BUCKETS).toEqual(["overdue", "due", "upcoming", "later"]);
	});
});

describe("the agenda is ordered by bucket, then the most pressing deadline (overdue, due) or due date (the rest), then note path, then step", () => {
	const step = (note: string, kind: StepKind, due: string, deadline = due): Step => ({
		note, step: kind, variant: null, kind: "interview", meeting: "interview", due: day(due), deadline: day(deadline), company: null,
		contact: null, contacts: [], role: null,
	});
	const steps: Step[] = [
		step("B.md", "check-in", "2026-12-30"),
		step("A.md", "call", "2026-11-28"),
		step("A.md", "check-in", "2026-11-20", "2026-11-30"),
		step("B.md", "letter", "2026-11-28"),
		step("A.md", "letter", "2026-11-20"),
		step("A.md", "introducer-thanks", "2026-11-28"),
		step("A.md", "letter", "2026-11-28"),
		step("B.md", "call", "2026-11-26"),
		step("C.md", "letter", "2026-11-27"),
	];
	const expected = [
		"overdue 2026-11-20 A.md letter",
		"overdue 2026-11-26 B.md call",
		"due 2026-11-27 C.md letter",
		"due 2026-11-20 A.md check-in",
		"upcoming 2026-11-28 A.md letter",
		"upcoming 2026-11-28 A.md introducer-thanks",
		"upcoming 2026-11-28 A.md call",
		"upcoming 2026-11-28 B.md letter",
		"later 2026-12-30 B.md check-in",
	];

	it.each([
		["as given", steps],
		["reversed", [...steps].reverse()],
	])("sorts steps given %s", (_, input) => {
		const items = placeSteps(input, day(T), 14);
		expect(items.map((item) => `${item.bucket} ${iso(item.due)} ${item.note} ${item.step}`)).toEqual(expected);
	});

	it("puts a call due today before a check-in whose window runs to next week", () => {
		const items = placeSteps([step("A.md", "check-in", "2026-11-20", "2026-12-04"), step("Z.md", "call", T)], day(T), 14);
		expect(items.map((item) => `${item.bucket} ${item.note} ${item.step}`)).toEqual(["due Z.md call", "due A.md check-in"]);
	});

	it("orders overdue steps by deadline even when their due dates run the other way", () => {
		const items = placeSteps([step("A.md", "check-in", "2026-10-01", "2026-11-20"), step("B.md", "letter", "2026-11-10")], day(T), 14);
		expect(items.map((item) => item.note)).toEqual(["B.md", "A.md"]);
	});

	it("orders whole notes the same way", () => {
		const { rows } = agendaOf([
			interviewNote().path("Interviews/B.md").company("Globex").date("2026-11-20").build(),
			interviewNote().path("Interviews/A.md").company("Acme").date("2026-11-20").introducer("Sam").build(),
			interviewNote().path("Interviews/C.md").company("Initech").date("2026-11-26").build(),
		], T);
		expect(rows.map((row) => `${row.bucket} ${row.due} ${row.note} ${row.step}`)).toEqual([
			"overdue 2026-11-21 Interviews/A.md letter",
			"overdue 2026-11-21 Interviews/A.md introducer-thanks",
			"overdue 2026-11-21 Interviews/B.md letter",
			"due 2026-11-27 Interviews/A.md call",
			"due 2026-11-27 Interviews/B.md call",
			"due 2026-11-27 Interviews/C.md letter",
			"upcoming 2026-12-03 Interviews/C.md call",
			"later 2026-12-18 Interviews/A.md check-in",
			"later 2026-12-18 Interviews/B.md check-in",
			"later 2026-12-24 Interviews/C.md check-in",
		]);
	});
});

describe("problems are listed by note, then field", () => {
	it("sorts the problems of several notes", () => {
		const { agenda } = agendaOf([
			interviewNote().path("Interviews/B.md").date("soon").build(),
			interviewNote().path("Interviews/A.md").status("hired").outcome("meh").checkIns(["x"]).build(),
			interviewNote().path("Interviews/0 Broken.md").unparseable("bad YAML").build(),
		]);
		expect(agenda.problems.map((problem) => `${problem.note} ${problem.field} ${problem.severity}`)).toEqual([
			"Interviews/0 Broken.md frontmatter error",
			"Interviews/A.md check_ins warning",
			"Interviews/A.md outcome warning",
			"Interviews/A.md status warning",
			"Interviews/B.md date error",
		]);
	});

	it("puts a problem about the whole note (field null) before its field problems", () => {
		const problem = (note: string, field: string | null): Problem => ({ note, field, severity: "warning", message: "" });
		const problems = [problem("B.md", "date"), problem("A.md", "status"), problem("A.md", null), problem("A.md", "date")];
		expect(problems.sort(compareProblems).map((p) => `${p.note} ${String(p.field)}`)).toEqual([
			"A.md null",
			"A.md date",
			"A.md status",
			"B.md date",
		]);
	});

	it("keeps scheduling a note that only has warnings", () => {
		const { rows, agenda } = agendaOf([interviewNote().outcome("meh").build()]);
		expect(agenda.problems.map((problem) => problem.severity)).toEqual(["warning"]);
		expect(rows.map((row) => row.step)).toEqual(["letter", "call", "check-in"]);
	});

	it("skips notes that are not interview notes, without a problem", () => {
		const { rows, agenda } = agendaOf([
			{ path: "Notes/Shopping.md", frontmatter: { date: "soon" } },
			{ path: "Interviews/photo.png", frontmatter: null },
		]);
		expect(rows).toEqual([]);
		expect(agenda.problems).toEqual([]);
	});
});

describe("the agenda names the day it is for", () => {
	it("returns today as given", () => {
		expect(iso(agendaOf([], T).agenda.today)).toBe(T);
	});
});
