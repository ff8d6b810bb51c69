import { interviewNote } from "../builders/interviewNote";
import { agendaOf, stepsOf } from "../builders/agendaOf";

// Unsnoozed, the builder's note (interview 2026-11-20, introducer Sam) has:
// letter 2026-11-21, introducer-thanks 2026-11-21, call 2026-11-27, check-in 2026-12-18..2027-01-01.
const snoozed = (until: unknown) => stepsOf([interviewNote().introducer("Sam").snoozedUntil(until).build()]);

describe("a snooze moves every step of the note due before it to the snooze date", () => {
	it.each<[string, string, string[]]>([
		[
			"between the letter and the call: only the letter and thanks move",
			"2026-11-25",
			["letter 2026-11-25", "introducer-thanks 2026-11-25", "call 2026-11-27", "check-in 2026-12-18..2027-01-01"],
		],
		[
			"on the call's due date: the earlier steps join it",
			"2026-11-27",
			["letter 2026-11-27", "introducer-thanks 2026-11-27", "call 2026-11-27", "check-in 2026-12-18..2027-01-01"],
		],
		[
			"inside the check-in window: the check-in starts at the snooze, its deadline stays",
			"2026-12-25",
			["letter 2026-12-25", "introducer-thanks 2026-12-25", "call 2026-12-25", "check-in 2026-12-25..2027-01-01"],
		],
		[
			"on the check-in deadline",
			"2027-01-01",
			["letter 2027-01-01", "introducer-thanks 2027-01-01", "call 2027-01-01", "check-in 2027-01-01"],
		],
		[
			"past the check-in window: the deadline moves to the snooze too",
			"2027-01-10",
			["letter 2027-01-10", "introducer-thanks 2027-01-10", "call 2027-01-10", "check-in 2027-01-10"],
		],
		[
			"before every step: nothing moves",
			"2026-11-21",
			["letter 2026-11-21", "introducer-thanks 2026-11-21", "call 2026-11-27", "check-in 2026-12-18..2027-01-01"],
		],
		[
			"long past: nothing moves",
			"2026-01-01",
			["letter 2026-11-21", "introducer-thanks 2026-11-21", "call 2026-11-27", "check-in 2026-12-18..2027-01-01"],
		],
	])("snoozed %s (%s)", (_, until, expected) => {
		expect(snoozed(until)).toEqual(expected);
	});

	it("ignores an unreadable snooze", () => {
		expect(snoozed("next week")).toEqual(["letter 2026-11-21", "introducer-thanks 2026-11-21", "call 2026-11-27", "check-in 2026-12-18..2027-01-01"]);
	});
});

describe("a snooze moves only the steps of its own note", () => {
	const round1 = () => interviewNote().path("Interviews/Round 1.md").date("2026-11-02");
	const round2 = () => interviewNote().path("Interviews/Round 2.md").date("2026-11-20");

	it("leaves the thread's call and check-in alone when an earlier round is snoozed", () => {
		expect(stepsOf([round1().snoozedUntil("2026-11-25").build(), round2().build()])).toEqual([
			"letter 2026-11-21",
			"letter 2026-11-25",
			"call 2026-11-27",
			"check-in 2026-12-18..2027-01-01",
		]);
	});

	it("moves the thread's call and check-in when the latest round is snoozed", () => {
		expect(stepsOf([round1().build(), round2().snoozedUntil("2026-12-20").build()])).toEqual([
			"letter 2026-11-03",
			"letter 2026-12-20",
			"call 2026-12-20",
			"check-in 2026-12-20..2027-01-01",
		]);
	});
});

describe("a snoozed step leaves the overdue bucket", () => {
	it.each([
		["until today: due now", "2026-11-27", "due"],
		["until tomorrow: coming up", "2026-11-28", "upcoming"],
		["until after the horizon: later", "2026-12-12", "later"],
		["until yesterday: still overdue", "2026-11-26", "overdue"],
	])("the letter (deadline 2026-11-21), on 2026-11-27, snoozed %s", (_, until, bucket) => {
		const { rows } = agendaOf([interviewNote().snoozedUntil(until).build()], "2026-11-27");
		expect(rows.find((row) => row.step === "letter")?.bucket).toBe(bucket);
	});
});
