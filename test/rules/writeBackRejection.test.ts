import { applyAction, applyActionToText, FollowUpAction } from "../../src/rules";
import { day } from "../builders/calendarDays";

// SPEC.md section 5: marking the reply after a rejection done writes `rejection_replied: <today>`; setting
// status `rejected` writes `status: rejected` and `rejected_on: <today>` in the same write, unless
// `rejected_on` already holds a date (the day the no came, written by hand, stays).

const TODAY = day("2026-11-27");
const REPLIED: FollowUpAction = { kind: "done", step: "rejection-reply" };
const REJECTED: FollowUpAction = { kind: "status", status: "rejected" };
const note = (...lines: string[]) => `---\n${lines.join("\n")}\n---\n# Notes\n`;

describe("the text written, line by line", () => {
	it.each<[string, FollowUpAction, string[], string[]]>([
		["reply done: rejection_replied added", REPLIED, ["date: 2026-11-20", "status: rejected"], ["date: 2026-11-20", "status: rejected", "rejection_replied: 2026-11-27"]],
		["reply done: rejection_replied false replaced", REPLIED, ["rejection_replied: false # not yet", "status: rejected"], ["rejection_replied: 2026-11-27 # not yet", "status: rejected"]],
		["rejected: status set and rejected_on added", REJECTED, ["date: 2026-11-20", "status: waiting"], ["date: 2026-11-20", "status: rejected", "rejected_on: 2026-11-27"]],
		["rejected: a quoted status keeps its quotes", REJECTED, ['status: "waiting"'], ['status: "rejected"', "rejected_on: 2026-11-27"]],
		["rejected: rejected_on that is a date stays", REJECTED, ["status: waiting", "rejected_on: 2026-11-25 # she called"], ["status: rejected", "rejected_on: 2026-11-25 # she called"]],
		["rejected: rejected_on a quoted date stays", REJECTED, ["status: waiting", "rejected_on: '2026-11-25'"], ["status: rejected", "rejected_on: '2026-11-25'"]],
		["rejected: rejected_on not a date is replaced", REJECTED, ["rejected_on: soon", "status: waiting"], ["rejected_on: 2026-11-27", "status: rejected"]],
		["rejected: an empty rejected_on is filled", REJECTED, ["rejected_on:", "status: waiting"], ["rejected_on: 2026-11-27", "status: rejected"]],
		["rejected again: only the date stays as it was", REJECTED, ["status: rejected", "rejected_on: 2026-11-25"], ["status: rejected", "rejected_on: 2026-11-25"]],
		["another status writes no rejected_on", { kind: "status", status: "offer" }, ["status: waiting"], ["status: offer"]],
	])("%s", (_, action, before, after) => {
		expect(applyActionToText(note(...before), action, TODAY)).toBe(note(...after));
	});

	it("a note without frontmatter gets both keys in one new block", () => {
		expect(applyActionToText("Body\n", REJECTED, TODAY)).toBe("---\nstatus: rejected\nrejected_on: 2026-11-27\n---\nBody\n");
	});

	it.each<[string, string[]]>([
		["rejected_on over several lines", ["status: waiting", "rejected_on: |", "  2026-11-25"]],
		["rejected_on written twice", ["status: waiting", "rejected_on: x", "rejected_on: y"]],
		["rejected_on in a flow mapping", ["status: waiting", "rejected_on: {day: 2026-11-25}"]],
	])("falls back to Obsidian's writer (null) when %s", (_, lines) => {
		expect(applyActionToText(note(...lines), REJECTED, TODAY)).toBeNull();
	});
});

describe("the fallback means the same", () => {
	const after = (before: Record<string, unknown>, action: FollowUpAction) => {
		const frontmatter = structuredClone(before);
		applyAction(frontmatter, action, TODAY);
		return frontmatter;
	};
	it.each<[string, FollowUpAction, Record<string, unknown>, Record<string, unknown>]>([
		["reply done", REPLIED, { status: "rejected" }, { status: "rejected", rejection_replied: "2026-11-27" }],
		["rejected", REJECTED, { status: "waiting" }, { status: "rejected", rejected_on: "2026-11-27" }],
		["rejected, rejected_on a date", REJECTED, { rejected_on: "2026-11-25" }, { status: "rejected", rejected_on: "2026-11-25" }],
		["rejected, rejected_on not a date", REJECTED, { rejected_on: "soon" }, { status: "rejected", rejected_on: "2026-11-27" }],
		["rejected, rejected_on null", REJECTED, { rejected_on: null }, { status: "rejected", rejected_on: "2026-11-27" }],
	])("%s", (_, action, before, expected) => {
		expect(after(before, action)).toEqual(expected);
	});
});
