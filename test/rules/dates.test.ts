import fc from "fast-check";
import matter from "gray-matter";
import { DateTime } from "luxon";
import { DEFAULT_SETTINGS, localToday, parseInterviewNote, Problem } from "../../src/rules";
import { iso } from "../builders/calendarDays";
import { interviewNote } from "../builders/interviewNote";
import { stepsOf } from "../builders/agendaOf";

/** The zone this run of jest is in (the suite runs under several, see package.json `test:zones`). */
const CURRENT_ZONE = DateTime.local().zoneName;

/** The interview date the engine reads from a `date` value, or the problem it reports. */
function readDate(value: unknown): string | Problem {
	const { interview, problems } = parseInterviewNote(interviewNote().date(value).build());
	if (interview) return iso(interview.date);
	expect(problems).toHaveLength(1);
	return problems[0];
}

/** What gray-matter (the command line's reader) gives for a frontmatter `date:` line. */
function grayMatterDate(yamlValue: string): unknown {
	return matter(`---\ndate: ${yamlValue}\n---\nBody\n`).data.date;
}

describe("a date without a zone is the calendar date as written, in every zone", () => {
	it.each([
		["date only", "2026-11-20", "2026-11-20"],
		["date-time with T", "2026-11-20T09:30", "2026-11-20"],
		["date-time with T and seconds", "2026-11-20T23:30:00", "2026-11-20"],
		["date-time with T, seconds and fraction", "2026-11-20T23:59:59.999", "2026-11-20"],
		["date-time with a space", "2026-11-20 23:30", "2026-11-20"],
		["date-time just after midnight", "2026-11-20 00:05", "2026-11-20"],
		["surrounding spaces", "  2026-11-20  ", "2026-11-20"],
		["a time that does not exist in Los Angeles (spring forward)", "2026-03-08T02:30", "2026-03-08"],
		["a time that happens twice in Los Angeles (fall back)", "2026-11-01T01:30", "2026-11-01"],
		["a time that does not exist in Berlin (spring forward)", "2026-03-29T02:30", "2026-03-29"],
	])("reads %s (%s) as %s", (_, value, expected) => {
		expect(readDate(value)).toBe(expected);
	});
});

describe("a date-time with Z or an offset is converted to the local zone first", () => {
	it.each([
		["2026-11-20T23:30:00Z", "2026-11-20T23:30:00Z"],
		["2026-11-20T23:30Z", "2026-11-20T23:30Z"],
		["2026-11-20T10:00:00Z", "2026-11-20T10:00:00Z"],
		["2026-11-20T09:59:00Z", "2026-11-20T09:59:00Z"],
		["2026-11-21T07:30:00Z", "2026-11-21T07:30:00Z"],
		["2026-11-20T01:00:00+05:00", "2026-11-20T01:00:00+05:00"],
		["2026-11-20T23:30:00+05:00", "2026-11-20T23:30:00+05:00"],
		["2026-11-20T23:30:00-0800", "2026-11-20T23:30:00-08:00"],
		["2026-11-20 23:30:00Z", "2026-11-20T23:30:00Z"],
		["2026-11-20 18:00 +14:00", "2026-11-20T18:00:00+14:00"],
	])("reads %s as the local date of that instant", (value, isoInstant) => {
		const expected = DateTime.fromISO(isoInstant).toLocal().toISODate();
		expect(expected).not.toBeNull();
		expect(readDate(value)).toBe(expected);
	});

	it("agrees with luxon's conversion for any instant and any offset, across daylight-saving changes too", () => {
		const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");
		fc.assert(
			fc.property(
				fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }),
				fc.integer({ min: -12 * 60, max: 14 * 60 }),
				(date, offset) => {
					const wall = new Date(date.getTime() + offset * 60_000);
					const zone = `${offset < 0 ? "-" : "+"}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
					const text = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}${zone}`;
					expect(readDate(text)).toBe(DateTime.fromISO(text).toLocal().toISODate());
				},
			),
			{ numRuns: 500 },
		);
	});

	describe.each<[string, [string, string][]]>([
		[
			"Pacific/Kiritimati",
			[
				["2026-11-20T23:30:00Z", "2026-11-21"],
				["2026-11-20T10:00:00Z", "2026-11-21"],
				["2026-11-20T09:59:00Z", "2026-11-20"],
				["2026-11-20T23:30:00+05:00", "2026-11-21"],
				["2026-11-20T12:00:00+14:00", "2026-11-20"],
			],
		],
		[
			"America/Los_Angeles",
			[
				["2026-11-21T07:30:00Z", "2026-11-20"],
				["2026-11-21T08:00:00Z", "2026-11-21"],
				["2026-11-21T01:00:00+05:00", "2026-11-20"],
				["2026-11-20T23:30:00-0800", "2026-11-20"],
				["2026-07-01T06:30:00Z", "2026-06-30"],
			],
		],
		[
			"Europe/Berlin",
			[
				["2026-11-20T23:30:00Z", "2026-11-21"],
				["2026-11-20T22:59:00Z", "2026-11-20"],
				["2026-11-20T23:30:00-0800", "2026-11-21"],
				["2026-06-30T22:00:00Z", "2026-07-01"],
				["2026-06-30T21:59:00Z", "2026-06-30"],
			],
		],
	])("in %s", (zone, cases) => {
		// Each zone's cases hold only in that zone; `npm test` runs the suite in all three.
		const itInThisZone = zone === CURRENT_ZONE ? it.each(cases) : it.skip.each(cases);
		itInThisZone("reads %s as %s", (value, expected) => {
			expect(readDate(value)).toBe(expected);
		});
	});
});

describe("a YAML date value means the calendar date written, in every zone", () => {
	it.each([
		["a date (gray-matter: UTC midnight)", "2026-11-20"],
		["a date-time (gray-matter: 09:30 UTC)", "2026-11-20T09:30:00"],
		["a late date-time (gray-matter: 23:30 UTC, the next day east of UTC)", "2026-11-20T23:30:00"],
		["an early date-time (gray-matter: 00:30 UTC, the day before west of UTC)", "2026-11-20 00:30:00"],
	])("reads %s as 2026-11-20", (_, yamlValue) => {
		const value = grayMatterDate(yamlValue);
		expect(value).toBeInstanceOf(Date);
		expect(readDate(value)).toBe("2026-11-20");
	});

	it.each([
		["UTC midnight", new Date(Date.UTC(2026, 10, 20))],
		["09:30 UTC", new Date(Date.UTC(2026, 10, 20, 9, 30))],
		["23:59 UTC", new Date(Date.UTC(2026, 10, 20, 23, 59))],
	])("reads a Date at %s as 2026-11-20", (_, value) => {
		expect(readDate(value)).toBe("2026-11-20");
	});

	it("reads a leap day from gray-matter as itself", () => {
		expect(readDate(grayMatterDate("2028-02-29"))).toBe("2028-02-29");
	});
});

describe("leap years follow the Gregorian calendar", () => {
	it.each(["2028-02-29", "2000-02-29", "2024-02-29"])("accepts %s", (value) => {
		expect(readDate(value)).toBe(value);
	});

	it.each([
		["2027-02-29", "February 2027 has 28 days"],
		["2100-02-29", "February 2100 has 28 days"],
	])("rejects %s: %s", (value, explanation) => {
		const problem = readDate(value) as Problem;
		expect(problem).toMatchObject({ field: "date", severity: "error" });
		expect(problem.message).toContain(value);
		expect(problem.message).toContain(explanation);
	});
});

describe("an unreadable interview date is an error naming what was found and what is expected", () => {
	it.each<[string, unknown, string[]]>([
		["a day past the month's end", "2026-02-30", ['"2026-02-30"', "February 2026 has 28 days"]],
		["April 31", "2026-04-31", ['"2026-04-31"', "April 2026 has 30 days"]],
		["month 13", "2026-13-01", ['"2026-13-01"', "no month 13", "YYYY-MM-DD"]],
		["month 00", "2026-00-10", ['"2026-00-10"', "no month 00", "YYYY-MM-DD"]],
		["hour 25", "2026-11-20T25:00", ['"2026-11-20T25:00"', "no such time of day", "YYYY-MM-DD"]],
		["minute 60", "2026-11-20 10:60", ['"2026-11-20 10:60"', "no such time of day", "YYYY-MM-DD"]],
		["a date without dashes", "20261120", ['"20261120"', "YYYY-MM-DD"]],
		["a day-first date", "20.11.2026", ['"20.11.2026"', "YYYY-MM-DD"]],
		["words", "next Tuesday", ['"next Tuesday"', "YYYY-MM-DD"]],
		["a number", 20261120, ["number 20261120", "YYYY-MM-DD"]],
		["a list", ["2026-11-20"], ["a list", "YYYY-MM-DD"]],
		["true", true, ["boolean true", "YYYY-MM-DD"]],
		["a nested object", { day: 20 }, ["a nested object", "YYYY-MM-DD"]],
		["an invalid Date", new Date(Number.NaN), ["invalid date", "YYYY-MM-DD"]],
		["an empty value", "", ["No meeting date", "YYYY-MM-DD"]],
		["blank text", "   ", ["No meeting date", "YYYY-MM-DD"]],
		["null (an empty YAML value)", null, ["No meeting date", "YYYY-MM-DD"]],
	])("reports %s", (_, value, mentions) => {
		const problem = readDate(value) as Problem;
		expect(problem).toMatchObject({ note: "Interviews/Acme.md", field: "date", severity: "error" });
		for (const mention of mentions) expect(problem.message).toContain(mention);
	});

	it("reports a missing date, and the note gets no steps", () => {
		const note = interviewNote().without("date").build();
		expect(parseInterviewNote(note)).toEqual({
			interview: null,
			problems: [{ note: "Interviews/Acme.md", field: "date", severity: "error", message: expect.stringContaining("date: YYYY-MM-DD") as string }],
		});
		expect(stepsOf([note])).toEqual([]);
	});

	it("gives a note with an unreadable date no steps at all", () => {
		expect(stepsOf([interviewNote().date("2026-02-30").build()])).toEqual([]);
	});
});

describe("date arithmetic is in whole calendar days, across daylight-saving changes", () => {
	it.each([
		["a call across the end of US summer time", "2026-10-30", "call 2026-11-06"],
		["a call across the end of EU summer time", "2026-10-20", "call 2026-10-27"],
		["a call across the start of US summer time", "2026-03-05", "call 2026-03-12"],
		["a call across the start of EU summer time", "2026-03-26", "call 2026-04-02"],
		["a letter due on the day US summer time ends", "2026-10-31", "letter 2026-11-01"],
		["a letter due on the day EU summer time starts", "2026-03-28", "letter 2026-03-29"],
		["a check-in window across both spring changes", "2026-03-06", "check-in 2026-04-03..2026-04-17"],
		["a check-in window across both autumn changes", "2026-10-01", "check-in 2026-10-29..2026-11-12"],
		["a check-in window across a year end and a leap day", "2027-12-30", "check-in 2028-01-27..2028-02-10"],
		["a check-in window across a leap day", "2028-02-10", "check-in 2028-03-09..2028-03-23"],
	])("schedules %s (interview %s): %s", (_, date, expected) => {
		const [kind] = expected.split(" ");
		const steps = stepsOf([interviewNote().date(date).build()]);
		expect(steps.filter((step) => step.startsWith(`${kind} `))).toEqual([expected]);
	});

	it.each([
		["2026-10-30", 7],
		["2026-03-06", 28],
		["2026-03-06", 42],
		["2026-03-28", 1],
	])("agrees with luxon's local calendar: %s + %i days", (date, days) => {
		const settings = { ...DEFAULT_SETTINGS, callDelayDays: days };
		const expected = DateTime.fromISO(date).plus({ days }).toISODate();
		expect(stepsOf([interviewNote().date(date).build()], settings)).toContain(`call ${expected}`);
	});
});

describe("today is the local calendar date of the moment the caller passes in", () => {
	it.each([
		["just after local midnight", { hour: 0, minute: 1 }],
		["at local noon", { hour: 12, minute: 0 }],
		["just before local midnight", { hour: 23, minute: 59 }],
	])("reads 2026-11-20 %s as 2026-11-20", (_, time) => {
		const moment = DateTime.fromObject({ year: 2026, month: 11, day: 20, ...time }).toJSDate();
		expect(iso(localToday(moment))).toBe("2026-11-20");
	});

	it("reads a UTC instant as the local date it falls on", () => {
		const instant = new Date(Date.UTC(2026, 10, 20, 23, 30));
		expect(iso(localToday(instant))).toBe(DateTime.fromJSDate(instant).toISODate());
	});
});
