import { parseInterviewNote } from "../../src/rules";
import { day } from "../builders/calendarDays";
import { interviewNote } from "../builders/interviewNote";

// SPEC.md section 1: `rejected_on` is the day the rejection came (not a date: a warning, ignored);
// `rejection_replied` is a done mark like the others; a `phone` that YAML reads as a number is a warning.

const read = (key: string, value: unknown) => parseInterviewNote(interviewNote().status("rejected").with(key, value).build());

describe("rejected_on is the date the rejection came", () => {
	it.each<[unknown, string | null]>([
		["2026-11-25", "2026-11-25"],
		["2026-11-25T18:30", "2026-11-25"],
		["2026-11-25 09:00", "2026-11-25"],
		[new Date(Date.UTC(2026, 10, 25)), "2026-11-25"],
		[undefined, null],
		[null, null],
		["", null],
	])("rejected_on %p reads as %p, with no problem", (value, expected) => {
		const { interview, problems } = read("rejected_on", value);
		expect(problems).toEqual([]);
		expect(interview?.rejectedOn).toBe(expected === null ? null : day(expected));
	});

	it.each<[unknown, string]>([
		["last week", '"last week"'],
		["2026-02-30", '"2026-02-30"'],
		[true, "boolean true"],
		[20261125, "number 20261125"],
		[["2026-11-25"], "a list"],
	])("rejected_on %p is a warning and is ignored", (value, described) => {
		const { interview, problems } = read("rejected_on", value);
		expect(interview?.rejectedOn).toBeNull();
		expect(problems).toEqual([
			{ note: "Interviews/Acme.md", field: "rejected_on", severity: "warning", message: expect.stringContaining(`rejected_on is ${described}: expected a date (YYYY-MM-DD). The date is ignored.`) as string },
		]);
	});
});

describe("rejection_replied is a done mark like the others", () => {
	it.each<[unknown, { done: boolean; on: string | null }, boolean]>([
		["2026-11-28", { done: true, on: "2026-11-28" }, false],
		[true, { done: true, on: null }, false],
		[false, { done: false, on: null }, false],
		["", { done: false, on: null }, false],
		[undefined, { done: false, on: null }, false],
		["yes", { done: true, on: null }, true],
		[3, { done: true, on: null }, true],
	])("rejection_replied %p reads as %j (a warning: %p)", (value, mark, warns) => {
		const { interview, problems } = read("rejection_replied", value);
		expect(interview?.rejectionReplied).toEqual({ done: mark.done, on: mark.on === null ? null : day(mark.on) });
		expect(problems.map((problem) => problem.field)).toEqual(warns ? ["rejection_replied"] : []);
	});
});

describe("a phone that YAML read as a number is a warning that says to quote it", () => {
	it.each<[unknown, boolean]>([
		[447911123456, true],
		[7911123456, true],
		[555.01, true],
		[0, true],
		["+44 7911 123456", false],
		["07911123456", false],
		["555.0100", false],
		[undefined, false],
		[null, false],
	])("phone %p: a warning %p", (phone, warns) => {
		const { interview, problems } = parseInterviewNote(interviewNote().with("phone", phone).build());
		expect(interview).not.toBeNull();
		expect(problems.filter((problem) => problem.field === "phone").map((problem) => problem.severity)).toEqual(warns ? ["warning"] : []);
	});

	it("names the number it read, what is lost, and how to write it", () => {
		const { problems } = parseInterviewNote(interviewNote().with("phone", 447911123456).build());
		expect(problems).toEqual([
			{
				note: "Interviews/Acme.md",
				field: "phone",
				severity: "warning",
				message: 'phone is written without quotes, so YAML reads it as the number 447911123456: a leading + or 0, or the dots, are already lost. Write it in quotes, as in phone: "+44 7911 123456".',
			},
		]);
	});
});
