import { parseDocument } from "yaml";
import { applyActionToText, FollowUpAction } from "../../src/rules";
import { day } from "../builders/calendarDays";

const TODAY = day("2026-11-27");
const CHECK_IN: FollowUpAction = { kind: "done", step: "check-in" };
const LETTER: FollowUpAction = { kind: "done", step: "letter" };
const OFFER: FollowUpAction = { kind: "status", status: "offer" };
const SNOOZE: FollowUpAction = { kind: "snooze", until: day("2026-12-04") };
const BODY = "# Notes\n\ncheck_ins: in the body is text, not a key\n";

/** A note from frontmatter lines (joined with `\n`) and the body above. */
function note(...lines: string[]): string {
	return `---\n${lines.join("\n")}\n---\n${BODY}`;
}

const write = (text: string, action: FollowUpAction) => applyActionToText(text, action, TODAY);

describe("a check-in goes into the existing check_ins list, in that list's own style", () => {
	it.each<[string, string[], string[]]>([
		["a block list, indented", ["date: 2026-09-01", "check_ins:", "  - 2026-10-12", "status: waiting"], ["date: 2026-09-01", "check_ins:", "  - 2026-10-12", "  - 2026-11-27", "status: waiting"]],
		["a block list at the key's indent", ["check_ins:", "- 2026-10-12", "- 2026-11-01"], ["check_ins:", "- 2026-10-12", "- 2026-11-01", "- 2026-11-27"]],
		["a block list with wide dashes", ["check_ins:", "    -   2026-10-12"], ["check_ins:", "    -   2026-10-12", "    -   2026-11-27"]],
		["a block list with comments and quoted items", ["check_ins: # calls I made", '  - "2026-10-12" # Jane', "  # skipped November", "tags: [a]"], ["check_ins: # calls I made", '  - "2026-10-12" # Jane', "  - 2026-11-27", "  # skipped November", "tags: [a]"]],
		["a flow list", ["check_ins: [2026-10-20, 2026-11-01]"], ["check_ins: [2026-10-20, 2026-11-01, 2026-11-27]"]],
		["a flow list with its own spacing and a comment", ["check_ins: [ '2026-10-20' ,2026-11-01 ] # two so far"], ["check_ins: [ '2026-10-20' ,2026-11-01 ,2026-11-27 ] # two so far"]],
		["a flow list of one", ["check_ins: [2026-10-20]"], ["check_ins: [2026-10-20, 2026-11-27]"]],
		["an empty flow list", ["check_ins: [] # none yet"], ["check_ins: [2026-11-27] # none yet"]],
		["one date alone: a list of both", ["check_ins: 2026-10-01"], ["check_ins: [2026-10-01, 2026-11-27]"]],
		["one quoted date alone", ["check_ins: '2026-10-01' # first"], ["check_ins: ['2026-10-01', 2026-11-27] # first"]],
		["an empty value", ["check_ins:", "status: waiting"], ["check_ins:", "  - 2026-11-27", "status: waiting"]],
		["a null value", ["check_ins: ~"], ["check_ins: [2026-11-27]"]],
		["an empty quoted value", ['check_ins: ""'], ["check_ins: [2026-11-27]"]],
		["no check_ins yet: added before the closing ---", ["date: 2026-09-01", "# the end"], ["date: 2026-09-01", "# the end", "check_ins:", "  - 2026-11-27"]],
	])("%s", (_, before, after) => {
		expect(write(note(...before), CHECK_IN)).toBe(note(...after));
	});

	it.each<[string, string[]]>([
		["in a block list", ["check_ins:", "  - 2026-10-01", "  - 2026-11-27"]],
		["in a flow list", ["check_ins: [2026-11-27, 2026-10-01]"]],
		["as the one date", ['check_ins: "2026-11-27"']],
		["with a time", ["check_ins: [2026-11-27T10:30]"]],
	])("writes nothing when today is already a check-in %s (a double click logs once)", (_, lines) => {
		const text = note(...lines);
		expect(write(text, CHECK_IN)).toBe(text);
	});

	it("logs once when Done runs twice", () => {
		const once = write(note("check_ins: [2026-10-01]"), CHECK_IN)!;
		expect(write(once, CHECK_IN)).toBe(once);
	});
});

describe("setting a key replaces its one line, keeping its quotes and a comment after it", () => {
	it.each<[string, FollowUpAction, string, string]>([
		["a plain value", OFFER, "status: waiting", "status: offer"],
		["a double-quoted value", OFFER, 'status: "waiting"', 'status: "offer"'],
		["a single-quoted value", SNOOZE, "snoozed_until: '2026-11-30'", "snoozed_until: '2026-12-04'"],
		["a comment after the value", LETTER, "letter_sent: false   # not yet", "letter_sent: 2026-11-27   # not yet"],
		["an empty value", LETTER, "letter_sent:", "letter_sent: 2026-11-27"],
		["an empty value with a comment", LETTER, "letter_sent: # soon", "letter_sent: 2026-11-27 # soon"],
		["a null value", LETTER, "letter_sent: ~", "letter_sent: 2026-11-27"],
		["a flow list", LETTER, "letter_sent: [2026-11-20]", "letter_sent: 2026-11-27"],
		["a key with spaces before its colon", OFFER, "status  : waiting", "status  : offer"],
		["a quoted key", OFFER, '"status": waiting', '"status": offer'],
	])("%s", (_, action, before, after) => {
		const around = ["date: 2026-11-20", "company: 'Acme, Inc.'", "tags:", "  - interview"];
		expect(write(note(...around, before, "outcome: well"), action)).toBe(note(...around, after, "outcome: well"));
	});

	it.each<[string, FollowUpAction, string]>([
		["letter_sent", LETTER, "letter_sent: 2026-11-27"],
		["called", { kind: "done", step: "call" }, "called: 2026-11-27"],
		["introducer_thanked", { kind: "done", step: "introducer-thanks" }, "introducer_thanked: 2026-11-27"],
		["snoozed_until", SNOOZE, "snoozed_until: 2026-12-04"],
		["status", OFFER, "status: offer"],
	])("adds a missing %s just before the closing ---", (_, action, line) => {
		expect(write(note("date: 2026-11-20", "outcome: well # sure?"), action)).toBe(note("date: 2026-11-20", "outcome: well # sure?", line));
	});
});

describe("every other byte stays as it was", () => {
	const AROUND = [
		"# Interview with Acme",
		"date: 2026-11-20 # a Friday",
		'company: "[[Companies/Acme|Acme]]"',
		"contact: {name: Jane, mail: 'jane@acme.test'}",
		"address:",
		"  street: 1 Main St",
		"  check_ins: nested, not ours",
		"summary: |",
		"  She asked about onboarding.",
		"  check_ins: inside a multi-line string",
		"",
		"  status: also inside it",
		"folded: >-",
		"  status: still text",
		"quote: \"a long",
		"  status: quoted, over two lines\"",
		"questions:",
		"- Why Acme?",
		"- |",
		"  check_ins: a block scalar in a list",
		"odd: 'it''s'",
	];

	it("(the lines around are valid YAML, where check_ins and status are only nested keys or text)", () => {
		const document = parseDocument(AROUND.join("\n"));
		expect(document.errors).toEqual([]);
		expect(Object.keys(document.toJS() as object)).toEqual(["date", "company", "contact", "address", "summary", "folded", "quote", "questions", "odd"]);
	});

	it.each<[string, FollowUpAction, string[], string[]]>([
		["status among nested maps, flow maps and multi-line strings", OFFER, [...AROUND, "status: waiting"], [...AROUND, "status: offer"]],
		["status written first, multi-line strings after", OFFER, ["status: waiting", ...AROUND], ["status: offer", ...AROUND]],
		["a check-in after them", CHECK_IN, [...AROUND, "check_ins:", "  - 2026-10-01"], [...AROUND, "check_ins:", "  - 2026-10-01", "  - 2026-11-27"]],
		["a check-in added when only nested keys have the name", CHECK_IN, AROUND, [...AROUND, "check_ins:", "  - 2026-11-27"]],
	])("%s", (_, action, before, after) => {
		expect(write(note(...before), action)).toBe(note(...after));
	});

	it("keeps CRLF line endings, and writes CRLF itself", () => {
		const crlf = (text: string) => text.replace(/\n/g, "\r\n");
		expect(write(crlf(note("status: waiting", "check_ins:", "  - 2026-10-01")), OFFER)).toBe(crlf(note("status: offer", "check_ins:", "  - 2026-10-01")));
		expect(write(crlf(note("check_ins:", "  - 2026-10-01")), CHECK_IN)).toBe(crlf(note("check_ins:", "  - 2026-10-01", "  - 2026-11-27")));
		expect(write(crlf(note("date: 2026-11-20")), CHECK_IN)).toBe(crlf(note("date: 2026-11-20", "check_ins:", "  - 2026-11-27")));
		expect(write(crlf(BODY), OFFER)).toBe(crlf(`---\nstatus: offer\n---\n${BODY}`));
	});

	it("keeps a byte-order mark", () => {
		expect(write(`\uFEFF${note("status: waiting")}`, OFFER)).toBe(`\uFEFF${note("status: offer")}`);
		expect(write(`\uFEFF${BODY}`, OFFER)).toBe(`\uFEFF---\nstatus: offer\n---\n${BODY}`);
	});

	it.each<[string, string, string]>([
		["a note without frontmatter gets one at the top", BODY, `---\nstatus: offer\n---\n${BODY}`],
		["an empty note", "", "---\nstatus: offer\n---\n"],
		["an empty frontmatter", `---\n---\n${BODY}`, `---\nstatus: offer\n---\n${BODY}`],
		["a closing --- with spaces and no body", "---\nstatus: waiting\n---  ", "---\nstatus: offer\n---  "],
		["a body starting with a rule, not a frontmatter", "----\ntext", "---\nstatus: offer\n---\n----\ntext"],
		["a note that is one rule", "---", "---\nstatus: offer\n---\n---"],
	])("%s", (_, before, after) => {
		expect(write(before, OFFER)).toBe(after);
	});
});

describe("a value in a form not handled safely is left to Obsidian's writer (null)", () => {
	it.each<[string, FollowUpAction, string[]]>([
		["a literal block scalar", OFFER, ["status: |", "  waiting"]],
		["a folded block scalar", OFFER, ["status: >-", "  waiting"]],
		["a quoted scalar over two lines", OFFER, ['status: "wait', '  ing"']],
		["a plain scalar over two lines", OFFER, ["status: wait", "  ing"]],
		["an anchor", OFFER, ["status: &s waiting"]],
		["an alias", OFFER, ["base: &s waiting", "status: *s"]],
		["a tag", OFFER, ["status: !!str waiting"]],
		["a flow mapping", OFFER, ["status: {value: waiting}"]],
		["a nested map", OFFER, ["status:", "  value: waiting"]],
		["a block list under a scalar key", LETTER, ["letter_sent:", "  - 2026-11-20"]],
		["a key written twice", OFFER, ["status: waiting", "status: offer"]],
		["a key written twice, once quoted", OFFER, ["status: waiting", "'status': offer"]],
		["check_ins as a flow list over two lines", CHECK_IN, ["check_ins: [2026-10-01,", "  2026-11-01]"]],
		["check_ins with a nested list", CHECK_IN, ["check_ins:", "  - [2026-10-01]"]],
		["check_ins items at two indents", CHECK_IN, ["check_ins:", "  - 2026-10-01", "    - 2026-11-01"]],
		["check_ins with a trailing comma", CHECK_IN, ["check_ins: [2026-10-01, ]"]],
		["check_ins as one plain value with a comma", CHECK_IN, ["check_ins: soon, maybe"]],
		["check_ins as a block scalar", CHECK_IN, ["check_ins: |", "  2026-10-01"]],
		["an indented mapping", OFFER, ["  status: waiting"]],
		["a top-level list", OFFER, ["- status"]],
		["an explicit key", OFFER, ["? status", ": waiting"]],
		["an unclosed quote in another key", OFFER, ['title: "never closed', "status: waiting"]],
		["a merge key, whose keys have no line of their own", CHECK_IN, ["base: &b {check_ins: [2026-10-01]}", "<<: *b"]],
	])("%s", (_, action, lines) => {
		expect(write(note(...lines), action)).toBeNull();
	});

	it("a frontmatter that never closes", () => {
		expect(write("---\nstatus: waiting\n\n# Notes\n", OFFER)).toBeNull();
	});
});
