import { agendaToIcs, escapeText, foldLine, followUpUid, obsidianOpenUrl } from "../../src/calendar";
import { actionPhrase, NoteSource } from "../../src/rules";
import { agendaOf } from "../builders/agendaOf";
import { interviewNote } from "../builders/interviewNote";
import { parseCalendar, physicalLines } from "./parsedCalendar";

const TODAY = "2026-11-27";

/** The calendar of `notes` on `today`, as written and as a calendar app reads it. */
function calendarOf(notes: NoteSource[], today = TODAY, vaultName = "Job search") {
	const { agenda } = agendaOf(notes, today);
	const ics = agendaToIcs(agenda, { vaultName });
	return { agenda, ics, ...parseCalendar(ics) };
}

/** Acme, met 2026-11-20, went well, introduced by Marge: a letter and a thanks overdue, a call due today, a check-in later. */
const ACME = interviewNote().introducer("Marge").build();

describe("the file is an iCalendar a parser reads: one calendar, one all-day event per open step", () => {
	it("gives a calendar with its header and no event when nothing is open", () => {
		const { ics, properties, events } = calendarOf([]);
		expect(events).toEqual([]);
		expect(properties).toEqual({
			VERSION: "2.0",
			PRODID: "-//Interview follow-up//Obsidian plugin//EN",
			CALSCALE: "GREGORIAN",
			METHOD: "PUBLISH",
			"X-WR-CALNAME": "Interview follow-ups (Job search)",
		});
		expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
		expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
	});

	it("has one event per open step of every bucket, in agenda order, titled as the sidebar titles them", () => {
		const { agenda, events } = calendarOf([ACME]);
		expect(agenda.items.map((item) => item.bucket)).toEqual(["overdue", "overdue", "due", "later"]);
		expect(events.map((event) => event.summary)).toEqual([
			"Send thank-you letter to Jane Doe at Acme",
			"Thank Marge for the introduction to Acme",
			"Call Jane Doe at Acme — no answer in a week",
			"Share something with Jane Doe at Acme",
		]);
		expect(events.map((event) => event.summary)).toEqual(agenda.items.map((item) => actionPhrase(item)));
		expect(events.every((event) => event.allDay)).toBe(true);
	});

	it("names the call's wait as the call-delay setting does", () => {
		const { agenda } = agendaOf([interviewNote().date("2026-11-17").letterSent("2026-11-18").build()], TODAY);
		const { events } = parseCalendar(agendaToIcs(agenda, { vaultName: "V", callDelayDays: 10 }));
		expect(events.map((event) => event.summary)).toContain("Call Jane Doe at Acme — no answer in 10 days");
	});
});

describe("the reply after a rejection is an event titled as the sidebar titles it", () => {
	it("reads Reply to … after the rejection, with a UID of its own step", () => {
		const { agenda, events } = calendarOf([interviewNote().status("rejected").company("Massive Dynamic").interviewer("Nina").rejectedOn("2026-11-26").build()]);
		const index = agenda.items.findIndex((item) => item.step === "rejection-reply");
		expect(events[index].summary).toBe("Reply to Nina at Massive Dynamic after the rejection");
		expect(events[index].uid).toMatch(/-rejection-reply@interview-follow-up$/);
	});
});

describe("an event runs from the step's due date through its deadline; an overdue one sits on today alone", () => {
	it.each([
		["an overdue letter (due Nov 21)", interviewNote().build(), "letter", "2026-11-27", "2026-11-28"],
		["a call due today", interviewNote().letterSent("2026-11-21").build(), "call", "2026-11-27", "2026-11-28"],
		["a call coming up", interviewNote().date("2026-11-25").build(), "call", "2026-12-02", "2026-12-03"],
		["a check-in later, over its 4-to-6-week window", interviewNote().letterSent("2026-11-21").build(), "check-in", "2026-12-19", "2027-01-03"],
		["a check-in whose window is open (due in the past, deadline ahead)", interviewNote().date("2026-10-01").letterSent("2026-10-02").called("2026-10-20").build(), "check-in", "2026-11-17", "2026-12-02"],
		["a check-in overdue", interviewNote().date("2026-09-01").letterSent("2026-09-02").called("2026-09-08").build(), "check-in", "2026-11-27", "2026-11-28"],
		["a snoozed letter", interviewNote().snoozedUntil("2026-12-01").build(), "letter", "2026-12-01", "2026-12-02"],
		["a reply after a rejection coming up, the day after rejected_on", interviewNote().status("rejected").letterSent("2026-11-21").rejectedOn("2026-11-28").build(), "rejection-reply", "2026-11-29", "2026-11-30"],
	])("%s", (_case, note, step, start, end) => {
		const { agenda, events } = calendarOf([note]);
		const index = agenda.items.findIndex((item) => item.step === step);
		expect(index).toBeGreaterThanOrEqual(0);
		expect({ start: events[index].start, end: events[index].end, allDay: events[index].allDay }).toEqual({ start, end, allDay: true });
	});
});

describe("every event links back to its note", () => {
	it("has an obsidian://open URL with the vault and note percent-encoded, repeated in the description with the kind, role and dates", () => {
		const note = interviewNote().path("Interviews/Société Générale & Co #2.md").company("Société Générale").with("role", "Data analyst").build();
		const { events } = calendarOf([note], TODAY, "Job search");
		const url = "obsidian://open?vault=Job%20search&file=Interviews%2FSoci%C3%A9t%C3%A9%20G%C3%A9n%C3%A9rale%20%26%20Co%20%232.md";
		expect(events[0].url).toBe(url);
		expect(events[0].description).toBe(`Job interview · Data analyst · Was due by Nov 21\nInterviews/Société Générale & Co #2.md\n${url}`);
		expect(obsidianOpenUrl("Job search", "Interviews/Société Générale & Co #2.md")).toBe(url);
	});

	it.each([
		["a step due on one day", interviewNote().date("2026-11-25").build(), "call", "Job interview · Due Dec 2"],
		["a step with a window", interviewNote().letterSent("2026-11-21").build(), "check-in", "Job interview · Due Dec 19 to Jan 2, 2027"],
		["a coffee chat", interviewNote().with("type", "coffee chat").build(), "letter", "Informational · Was due by Nov 21"],
	])("says when in dates, not relative to the export day: %s", (_case, note, step, detail) => {
		const { agenda, events } = calendarOf([note]);
		const index = agenda.items.findIndex((item) => item.step === step);
		expect(events[index].description.split("\n")[0]).toBe(detail);
	});
});

describe("a UID per note and step, the same from run to run and day to day", () => {
	it("keeps every UID when the file is made again on a later day", () => {
		const note = interviewNote().introducer("Marge").build();
		const first = calendarOf([note], "2026-11-27");
		const later = calendarOf([note], "2026-12-03");
		expect(later.events.map((event) => event.uid)).toEqual(first.events.map((event) => event.uid));
		expect(later.events[0].stamp).not.toBe(first.events[0].stamp);
	});

	it("gives different UIDs to different steps and different notes", () => {
		const { events } = calendarOf([ACME, interviewNote().path("Interviews/Globex.md").company("Globex").build()]);
		const uids = events.map((event) => event.uid);
		expect(uids).toHaveLength(7);
		expect(new Set(uids).size).toBe(7);
		expect(uids.every((uid) => /^[0-9a-f]{16}-(letter|introducer-thanks|call|check-in)@interview-follow-up$/.test(uid))).toBe(true);
	});

	it("derives the UID from the note path and step alone", () => {
		expect(followUpUid("Interviews/Acme.md", "call")).toBe(followUpUid("Interviews/Acme.md", "call"));
		expect(followUpUid("Interviews/Acme.md", "call")).not.toBe(followUpUid("Interviews/Acme 2.md", "call"));
	});

	it("writes the same bytes for the same vault on the same day (the stamp comes from today, not the clock)", () => {
		expect(calendarOf([ACME]).ics).toBe(calendarOf([ACME]).ics);
		expect(calendarOf([ACME]).events[0].stamp).toBe("2026-11-27T00:00:00Z");
	});

	it("raises SEQUENCE with the export day, so a calendar that compares revisions takes the later file", () => {
		const sequence = (ics: string) => Number(/^SEQUENCE:(\d+)\r$/m.exec(ics)?.[1]);
		expect(sequence(calendarOf([ACME], "2026-11-28").ics)).toBeGreaterThan(sequence(calendarOf([ACME], "2026-11-27").ics));
	});
});

describe("any text survives the trip into a calendar app", () => {
	it.each([
		["non-ASCII names", { interviewer: "Zoë Åberg", company: "Société Générale" }, "Send thank-you letter to Zoë Åberg at Société Générale"],
		["commas, semicolons and backslashes", { interviewer: "O'Brien, Jr.", company: "Smith; Jones \\ Partners, LLC" }, "Send thank-you letter to O'Brien, Jr. at Smith; Jones \\ Partners, LLC"],
		["a title long enough to be folded, with emoji", { interviewer: ["Zoë Åberg", "Łukasz Żółć", "Ørjan Ødegård"], company: "Société Générale Corporate & Investment Banking 🏦" }, "Send thank-you letters to Zoë Åberg, Łukasz Żółć and Ørjan Ødegård at Société Générale Corporate & Investment Banking 🏦"],
	])("%s", (_case, values, summary) => {
		let builder = interviewNote();
		for (const [key, value] of Object.entries(values)) builder = builder.with(key, value);
		const { events } = calendarOf([builder.build()]);
		expect(events[0].summary).toBe(summary);
	});

	it("keeps line breaks of a value as line breaks", () => {
		const { events } = calendarOf([interviewNote().with("role", "Data analyst\nTeam lead\r\nEMEA").build()]);
		expect(events[0].description).toContain("Data analyst\nTeam lead\nEMEA · Was due by Nov 21");
	});

	it("keeps every physical line within 75 octets of UTF-8, ended by CRLF, and never splits a character", () => {
		const note = interviewNote()
			.interviewer(["Zoë Åberg", "李小龍", "Ørjan Ødegård"])
			.company("Société Générale 🏦 ".repeat(6))
			.with("role", "Ingénieure données — équipe « risques », Paris; Genève, Zürich \\ Montréal")
			.build();
		const { ics, events } = calendarOf([note]);
		const lines = physicalLines(ics);
		expect(lines.length).toBeGreaterThan(20);
		for (const line of lines) {
			expect(line.endsWith("\r\n")).toBe(true);
			expect(line.slice(0, -2)).not.toMatch(/[\r\n]/);
			expect(Buffer.byteLength(line.slice(0, -2), "utf8")).toBeLessThanOrEqual(75);
			// A lone surrogate would be half an emoji: UTF-8 cannot encode it, so it comes back as U+FFFD.
			expect(Buffer.from(line, "utf8").toString("utf8")).toBe(line);
		}
		expect(lines.some((line) => line.startsWith(" "))).toBe(true);
		expect(events[0].summary).toBe(`Send thank-you letters to Zoë Åberg, 李小龍 and Ørjan Ødegård at ${"Société Générale 🏦 ".repeat(6).trim()}`);
	});
});

describe("RFC 5545 text rules", () => {
	it.each([
		["a comma", "Smith, Jones", "Smith\\, Jones"],
		["a semicolon", "a; b", "a\\; b"],
		["a backslash", "C:\\Notes", "C:\\\\Notes"],
		["a backslash before n, which must not read as a line break", "\\n", "\\\\n"],
		["LF, CRLF and CR line breaks", "a\nb\r\nc\rd", "a\\nb\\nc\\nd"],
		["control characters (left out), a tab (kept)", "a\u0000b\u0007c\td", "abc\td"],
		["a colon and quotes (as they are)", 'Re: "Acme"', 'Re: "Acme"'],
	])("escapes %s", (_case, value, escaped) => {
		expect(escapeText(value)).toBe(escaped);
	});

	it.each([
		["a short line", "SUMMARY:Call Jane", ["SUMMARY:Call Jane"]],
		["exactly 75 octets", "x".repeat(75), ["x".repeat(75)]],
		["76 octets", "x".repeat(76), ["x".repeat(75), " x"]],
		["two-octet characters at the edge", "é".repeat(40), ["é".repeat(37), ` ${"é".repeat(3)}`]],
		["a four-octet emoji at the edge", `${"x".repeat(73)}🏦y`, ["x".repeat(73), " 🏦y"]],
	])("folds %s", (_case, line, folded) => {
		expect(foldLine(line)).toEqual(folded);
	});
});
