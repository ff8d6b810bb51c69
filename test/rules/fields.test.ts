import { DoneMark, Interview, parseInterviewNote, Problem } from "../../src/rules";
import { day, iso } from "../builders/calendarDays";
import { interviewNote, InterviewNoteBuilder } from "../builders/interviewNote";

function parse(builder: InterviewNoteBuilder): { interview: Interview; problems: Problem[] } {
	const { interview, problems } = parseInterviewNote(builder.build());
	if (interview === null) throw new Error(`expected an interview, got ${JSON.stringify(problems)}`);
	return { interview, problems };
}

function readable(mark: DoneMark): { done: boolean; on: string | null } {
	return { done: mark.done, on: mark.on === null ? null : iso(mark.on) };
}

describe("outcome chooses the letter: well or poorly, with synonyms", () => {
	it.each([
		"well", "good", "great", "went well", "positive",
		"Well", "GREAT", " good ", "Went Well", "went-well", "went_well", "WENT__WELL", "went - well",
	])("reads %p as well, without a problem", (value) => {
		expect(parse(interviewNote().outcome(value))).toMatchObject({ interview: { outcome: "well" }, problems: [] });
	});

	it.each([
		"poorly", "poor", "bad", "bombed", "went poorly", "negative",
		"Poorly", "BOMBED", "went-poorly", "Went_Poorly", " negative ",
	])("reads %p as poorly, without a problem", (value) => {
		expect(parse(interviewNote().outcome(value))).toMatchObject({ interview: { outcome: "poorly" }, problems: [] });
	});

	it.each<[unknown, string]>([
		["okay", '"okay"'],
		["wellish", '"wellish"'],
		["went", '"went"'],
		["constructor", '"constructor"'],
		["toString", '"toString"'],
		["__proto__", '"__proto__"'],
		[5, "number 5"],
		[true, "boolean true"],
		[["well"], "a list"],
	])("warns about the unknown outcome %p, naming it and the expected values, with no variant", (value, found) => {
		const { interview, problems } = parse(interviewNote().outcome(value));
		expect(interview.outcome).toBeNull();
		expect(problems).toEqual([{ note: "Interviews/Acme.md", field: "outcome", severity: "warning", message: expect.stringContaining(found) as string }]);
		expect(problems[0].message).toMatch(/"well".*"poorly"/);
	});

	it.each<[string, unknown]>([["missing", undefined], ["empty", ""], ["null", null]])(
		"warns when the outcome is %s, with no variant",
		(_, value) => {
			const { interview, problems } = parse(interviewNote().outcome(value));
			expect(interview.outcome).toBeNull();
			expect(problems).toEqual([{ note: "Interviews/Acme.md", field: "outcome", severity: "warning", message: expect.stringMatching(/No outcome.*outcome: well.*outcome: poorly/) as string }]);
		},
	);
});

describe("status is waiting, responded, offer, rejected or closed; waiting by default", () => {
	it.each([
		["waiting", "waiting"], ["responded", "responded"], ["offer", "offer"], ["rejected", "rejected"], ["closed", "closed"],
		["Offer", "offer"], [" CLOSED ", "closed"], ["Rejected", "rejected"],
	])("reads %p as %s", (value, expected) => {
		expect(parse(interviewNote().status(value))).toMatchObject({ interview: { status: expected }, problems: [] });
	});

	it.each<unknown>([undefined, "", null])("reads a missing status (%p) as waiting, without a problem", (value) => {
		expect(parse(interviewNote().status(value))).toMatchObject({ interview: { status: "waiting" }, problems: [] });
	});

	it.each<[unknown, string]>([
		["hired", '"hired"'],
		["on hold", '"on hold"'],
		["constructor", '"constructor"'],
		[3, "number 3"],
		[["offer"], "a list"],
	])("warns about the unknown status %p and treats it as waiting", (value, found) => {
		const { interview, problems } = parse(interviewNote().status(value));
		expect(interview.status).toBe("waiting");
		expect(problems).toEqual([{ note: "Interviews/Acme.md", field: "status", severity: "warning", message: expect.stringContaining(found) as string }]);
		expect(problems[0].message).toMatch(/waiting, responded, offer, rejected or closed/);
		expect(problems[0].message).toMatch(/Treated as waiting/);
	});
});

describe.each<[string, "letterSent" | "introducerThanked" | "called"]>([
	["letter_sent", "letterSent"],
	["introducer_thanked", "introducerThanked"],
	["called", "called"],
])("%s holds the date the step was done, true, or false", (key, property) => {
	it.each<[string, unknown, { done: boolean; on: string | null }]>([
		["a date", "2026-11-21", { done: true, on: "2026-11-21" }],
		["a date-time", "2026-11-21 10:15", { done: true, on: "2026-11-21" }],
		["a YAML date", new Date(Date.UTC(2026, 10, 21)), { done: true, on: "2026-11-21" }],
		["true (done, date unknown)", true, { done: true, on: null }],
		["false", false, { done: false, on: null }],
		["empty", "", { done: false, on: null }],
		["null", null, { done: false, on: null }],
		["missing", undefined, { done: false, on: null }],
	])("reads %s without a problem", (_, value, expected) => {
		const { interview, problems } = parse(interviewNote().with(key, value));
		expect(readable(interview[property])).toEqual(expected);
		expect(problems).toEqual([]);
	});

	it.each<[unknown, string]>([
		["yes", '"yes"'],
		["2026-02-30", '"2026-02-30"'],
		["sent", '"sent"'],
		[1, "number 1"],
		[["2026-11-21"], "a list"],
		[{ on: "2026-11-21" }, "a nested object"],
	])("warns about %p and treats the step as done with no date", (value, found) => {
		const { interview, problems } = parse(interviewNote().with(key, value));
		expect(readable(interview[property])).toEqual({ done: true, on: null });
		expect(problems).toEqual([{ note: "Interviews/Acme.md", field: key, severity: "warning", message: expect.stringContaining(found) as string }]);
		expect(problems[0].message).toMatch(/YYYY-MM-DD\), true or false/);
	});
});

describe("check_ins is a list of the dates of each check-in", () => {
	it.each<[string, unknown, string[]]>([
		["a list of dates", ["2026-12-20", "2027-01-25"], ["2026-12-20", "2027-01-25"]],
		["a list of YAML dates", [new Date(Date.UTC(2026, 11, 20))], ["2026-12-20"]],
		["one date alone", "2026-12-20", ["2026-12-20"]],
		["one YAML date alone", new Date(Date.UTC(2026, 11, 20)), ["2026-12-20"]],
		["an empty list", [], []],
		["empty", "", []],
		["missing", undefined, []],
		["a list with an empty entry", ["2026-12-20", null, ""], ["2026-12-20"]],
	])("reads %s without a problem", (_, value, expected) => {
		const { interview, problems } = parse(interviewNote().checkIns(value));
		expect(interview.checkIns.map(iso)).toEqual(expected);
		expect(problems).toEqual([]);
	});

	it.each<[string, unknown, string[], string[]]>([
		["a list with a word", ["2026-12-20", "soon"], ["2026-12-20"], ['"soon"']],
		["a list with an impossible date", ["2026-02-30", "2027-01-25"], ["2027-01-25"], ['"2026-02-30"']],
		["a list with two bad entries", [true, "2026-12-20", 7], ["2026-12-20"], ["boolean true", "number 7"]],
		["one word alone", "monthly", [], ['"monthly"']],
	])("warns about each bad entry of %s and ignores only that entry", (_, value, kept, founds) => {
		const { interview, problems } = parse(interviewNote().checkIns(value));
		expect(interview.checkIns.map(iso)).toEqual(kept);
		expect(problems).toEqual(
			founds.map((found) => ({ note: "Interviews/Acme.md", field: "check_ins", severity: "warning", message: expect.stringContaining(found) as string })),
		);
		for (const problem of problems) expect(problem.message).toMatch(/expected a date \(YYYY-MM-DD\).*ignored/);
	});
});

describe("snoozed_until is a date; anything else is ignored with a warning", () => {
	it.each<[unknown, string]>([
		["2026-12-01", "2026-12-01"],
		[new Date(Date.UTC(2026, 11, 1)), "2026-12-01"],
		["2026-12-01T08:00", "2026-12-01"],
	])("reads %p as %s", (value, expected) => {
		const { interview, problems } = parse(interviewNote().snoozedUntil(value));
		expect(interview.snoozedUntil).toBe(day(expected));
		expect(problems).toEqual([]);
	});

	it.each<[unknown, string]>([
		["next week", '"next week"'],
		["2026-11-31", '"2026-11-31"'],
		[true, "boolean true"],
		[14, "number 14"],
	])("warns about %p and ignores the snooze", (value, found) => {
		const { interview, problems } = parse(interviewNote().snoozedUntil(value));
		expect(interview.snoozedUntil).toBeNull();
		expect(problems).toEqual([{ note: "Interviews/Acme.md", field: "snoozed_until", severity: "warning", message: expect.stringContaining(found) as string }]);
		expect(problems[0].message).toMatch(/expected a date \(YYYY-MM-DD\).*snooze is ignored/);
	});
});

describe("a link reads as its alias, or its target without folders or .md", () => {
	it.each<[unknown, string | null]>([
		["Jane Doe", "Jane Doe"],
		["  Jane Doe  ", "Jane Doe"],
		["[[People/Jane Doe|Jane]]", "Jane"],
		["[[People/Jane Doe]]", "Jane Doe"],
		["[[Jane Doe]]", "Jane Doe"],
		["[[Jane.md]]", "Jane"],
		["[[People/Jane.md|Jane D.]]", "Jane D."],
		["[[People/Jane Doe#Contact]]", "Jane Doe"],
		[" [[ People/Jane Doe | Jane ]] ", "Jane"],
		[["[[People/Jane Doe|Jane]]", "[[People/Bob Roe]]"], "Jane"],
		[["Bob Roe", "Jane Doe"], "Bob Roe"],
		[["", "Bob Roe"], "Bob Roe"],
		["", null],
		[[], null],
		[undefined, null],
	])("reads interviewer %p as %p (the first of a list is the contact)", (value, expected) => {
		expect(parse(interviewNote().interviewer(value)).interview.interviewer).toBe(expected);
	});

	it.each<[unknown, string | null]>([
		["[[People/Sam Lee|Sam]]", "Sam"],
		[["[[People/Sam Lee]]", "Kim"], "Sam Lee"],
		[undefined, null],
	])("reads introducer %p as %p, in the same forms", (value, expected) => {
		expect(parse(interviewNote().introducer(value)).interview.introducer).toBe(expected);
	});

	it.each<[unknown, string | null]>([
		["[[Companies/Acme Corp|Acme]]", "Acme"],
		["[[Companies/Acme Corp]]", "Acme Corp"],
		[" Acme ", "Acme"],
		[undefined, null],
	])("reads company %p as %p", (value, expected) => {
		expect(parse(interviewNote().company(value)).interview.company).toBe(expected);
	});
});

describe("a link written without quotes (YAML reads company: [[Acme]] as a nested list) is read as the link, with a warning", () => {
	it.each<["company" | "interviewer" | "introducer", unknown, string]>([
		["company", [["Acme"]], "Acme"],
		["company", [["Companies/Acme Corp"]], "Acme Corp"],
		["interviewer", [["People/Jane Doe|Jane"]], "Jane"],
		["introducer", [["People/Sam Lee"]], "Sam Lee"],
	])("reads %s %j as %p and says how to quote it", (field, value, expected) => {
		const { interview, problems } = parse(interviewNote().with(field, value));
		expect(interview[field]).toBe(expected);
		expect(problems).toEqual([
			expect.objectContaining({ field, severity: "warning", message: expect.stringContaining(`Write ${field}: "[[`) as string }),
		]);
	});

	it.each<[unknown]>([[[["Acme", "Initech"]]], [[["Acme"], ["Initech"]]], [[[1]]]])(
		"leaves other nested lists alone: %j has no display text and no warning",
		(value) => {
			const { interview, problems } = parse(interviewNote().with("company", value));
			expect(interview.company).toBeNull();
			expect(problems).toEqual([]);
		},
	);
});

describe("a well-formed note reads without problems", () => {
	it("reads every field", () => {
		const { interview, problems } = parse(
			interviewNote()
				.with("role", "Backend engineer")
				.introducer("[[People/Sam Lee|Sam]]")
				.letterSent("2026-11-21")
				.introducerThanked(true)
				.called(false)
				.checkIns(["2026-12-20"])
				.snoozedUntil("2026-12-01")
				.status("responded"),
		);
		expect(problems).toEqual([]);
		expect(interview).toEqual({
			path: "Interviews/Acme.md",
			date: day("2026-11-20"),
			kind: "interview",
			meeting: "interview",
			outcome: "well",
			status: "responded",
			company: "Acme",
			role: "Backend engineer",
			contacts: ["Jane Doe"],
			interviewer: "Jane Doe",
			introducer: "Sam",
			letterSent: { done: true, on: day("2026-11-21") },
			introducerThanked: { done: true, on: null },
			called: { done: false, on: null },
			rejectionReplied: { done: false, on: null },
			rejectedOn: null,
			checkIns: [day("2026-12-20")],
			snoozedUntil: day("2026-12-01"),
		});
	});
});
