import { applyAction, FollowUpAction, StepKind } from "../../src/rules";
import { day } from "../builders/calendarDays";
import { interviewNote } from "../builders/interviewNote";
import { stepsOf } from "../builders/agendaOf";

const TODAY = day("2026-11-27");

/** A note's frontmatter with keys the actions must never touch. */
function frontmatter(extra: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		date: "2026-11-20",
		outcome: "well",
		company: "[[Companies/Acme|Acme]]",
		interviewer: ["[[People/Jane Doe|Jane]]", "Bob"],
		skills: ["TypeScript", "testing"],
		tags: ["interview"],
		notes: { nested: true },
		...extra,
	};
}

/** Applies the action to a copy of `before` and returns what changed: the keys written and their values. */
function written(before: Record<string, unknown>, action: FollowUpAction): Record<string, unknown> {
	const after = structuredClone(before);
	applyAction(after, action, TODAY);
	const changes: Record<string, unknown> = {};
	for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
		if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = after[key];
	}
	return changes;
}

describe("marking a step done writes today's date to that step's key, and nothing else", () => {
	it.each<[StepKind, string]>([
		["letter", "letter_sent"],
		["introducer-thanks", "introducer_thanked"],
		["call", "called"],
	])("done %s writes %s: <today> as YYYY-MM-DD text", (step, key) => {
		expect(written(frontmatter(), { kind: "done", step })).toEqual({ [key]: "2026-11-27" });
	});

	it.each<[StepKind, string, unknown]>([
		["letter", "letter_sent", false],
		["letter", "letter_sent", "not yet"],
		["call", "called", true],
		["introducer-thanks", "introducer_thanked", ""],
	])("done %s replaces %s: %p", (step, key, value) => {
		expect(written(frontmatter({ [key]: value }), { kind: "done", step })).toEqual({ [key]: "2026-11-27" });
	});
});

describe("marking a check-in done appends today to check_ins", () => {
	it.each<[string, unknown, unknown[]]>([
		["creating the list when there is none", undefined, ["2026-11-27"]],
		["creating the list when it is empty", "", ["2026-11-27"]],
		["creating the list when it is null", null, ["2026-11-27"]],
		["to an empty list", [], ["2026-11-27"]],
		["after the dates already listed", ["2026-10-01", "2026-11-01"], ["2026-10-01", "2026-11-01", "2026-11-27"]],
		["turning one date alone into a list", "2026-10-01", ["2026-10-01", "2026-11-27"]],
		["keeping a bad entry as the user wrote it", ["soon"], ["soon", "2026-11-27"]],
	])("%s", (_, existing, expected) => {
		const before = existing === undefined ? frontmatter() : frontmatter({ check_ins: existing });
		expect(written(before, { kind: "done", step: "check-in" })).toEqual({ check_ins: expected });
	});

	it.each<[string, unknown]>([
		["in the list", ["2026-10-01", "2026-11-27"]],
		["as the one date", "2026-11-27"],
		["as a YAML date", [new Date(Date.UTC(2026, 10, 27))]],
	])("writes nothing when today is already a check-in %s (a double click logs once)", (_, existing) => {
		const fm = frontmatter({ check_ins: existing });
		applyAction(fm, { kind: "done", step: "check-in" }, TODAY);
		expect(fm.check_ins).toBe(existing);
	});

	it("keeps a YAML date already in the list as it is", () => {
		const earlier = new Date(Date.UTC(2026, 9, 1));
		const fm = frontmatter({ check_ins: [earlier] });
		applyAction(fm, { kind: "done", step: "check-in" }, TODAY);
		expect(fm.check_ins).toEqual([earlier, "2026-11-27"]);
	});
});

describe("snoozing writes snoozed_until, setting the status writes status", () => {
	it.each<[string, FollowUpAction, Record<string, unknown>]>([
		["snooze", { kind: "snooze", until: day("2026-12-04") }, { snoozed_until: "2026-12-04" }],
		["snooze into another year", { kind: "snooze", until: day("2027-01-02") }, { snoozed_until: "2027-01-02" }],
		["status offer", { kind: "status", status: "offer" }, { status: "offer" }],
		["status closed", { kind: "status", status: "closed" }, { status: "closed" }],
	])("%s writes only %j", (_, action, expected) => {
		expect(written(frontmatter({ snoozed_until: "2026-11-30", status: "waiting" }), action)).toEqual(expected);
	});
});

describe("what is written reads back as the step done", () => {
	it.each<[StepKind, string[]]>([
		["letter", ["call 2026-11-27", "check-in 2026-12-25..2027-01-08"]],
		["call", ["letter 2026-11-21", "check-in 2026-12-25..2027-01-08"]],
		["check-in", ["letter 2026-11-21", "call 2026-11-27", "check-in 2026-12-25..2027-01-08"]],
	])("done %s on 2026-11-27: the step closes (or moves) and the check-in counts from today", (step, expected) => {
		const fm = frontmatter();
		applyAction(fm, { kind: "done", step }, TODAY);
		expect(stepsOf([{ path: "Interviews/Acme.md", frontmatter: fm }])).toEqual(expected);
	});

	it("a snooze written reads back as the snooze", () => {
		const fm = frontmatter();
		applyAction(fm, { kind: "snooze", until: day("2026-12-01") }, TODAY);
		expect(stepsOf([interviewNote().with("snoozed_until", fm.snoozed_until).build()])).toEqual([
			"letter 2026-12-01",
			"call 2026-12-01",
			"check-in 2026-12-18..2027-01-01",
		]);
	});
});
