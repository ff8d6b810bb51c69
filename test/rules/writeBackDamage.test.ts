import { parseDocument } from "yaml";
import { applyActionToText, FollowUpAction, StepKind } from "../../src/rules";
import { day } from "../builders/calendarDays";

// SPEC.md section 5, the five ways a write used to damage a note (issue 17), each as it was found: the block is
// the one the reader sees whatever follows its opening `---`; a key spelled with quotes or escapes is that key;
// a block scalar that ends the block keeps its value; invalid YAML is never written into (null: the plugin
// says so); an action for no known step writes nothing.

const TODAY = day("2026-11-27");
const OFFER: FollowUpAction = { kind: "status", status: "offer" };
const LETTER: FollowUpAction = { kind: "done", step: "letter" };
const write = (text: string, action: FollowUpAction) => applyActionToText(text, action, TODAY);

/** The frontmatter's values as a reader sees them (an opening `---` with spaces or a tab after it included). */
function valuesOf(text: string): Record<string, unknown> {
	const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!match) throw new Error(`no frontmatter in ${text}`);
	return parseDocument(match[1]).toJS() as Record<string, unknown>;
}

describe("an opening --- with spaces or a tab after it opens the block, and the write goes inside it", () => {
	it.each(["--- ", "---\t", "---   ", "--- \t"])("%j", (opening) => {
		const text = `${opening}\ndate: 2026-11-20\nstatus: waiting\n---\n# Notes\n`;
		const result = write(text, OFFER);
		expect(result).toBe(`${opening}\ndate: 2026-11-20\nstatus: offer\n---\n# Notes\n`);
		expect(valuesOf(result ?? "")).toEqual({ date: "2026-11-20", status: "offer" });
	});

	it("adds a key inside it too (the meeting date is never pushed out of the frontmatter)", () => {
		expect(write("--- \r\ndate: 2026-11-20\r\n---\r\nBody", LETTER)).toBe("--- \r\ndate: 2026-11-20\r\nletter_sent: 2026-11-27\r\n---\r\nBody");
	});
});

describe("a key spelled with quotes or escapes is that key: it is replaced, never written twice", () => {
	it.each([
		['"status": waiting', '"status": offer'],
		["'status': waiting", "'status': offer"],
		['"st\\x61tus": waiting', '"st\\x61tus": offer'],
		['"\\u0073tatus": "waiting" # asked', '"\\u0073tatus": "offer" # asked'],
		['"status" : waiting', '"status" : offer'],
	])("%s", (line, written) => {
		const result = write(`---\ndate: 2026-11-20\n${line}\n---\n`, OFFER);
		expect(result).toBe(`---\ndate: 2026-11-20\n${written}\n---\n`);
		expect(valuesOf(result ?? "")).toEqual({ date: "2026-11-20", status: "offer" });
	});
});

describe("a block scalar that ends the block keeps its value exactly", () => {
	it.each([
		["|", ["notes: |", "  first", "  second"]],
		["|+ with blank lines kept", ["notes: |+", "  first", "", ""]],
		["|+ at the very end", ["notes: |+", "  first"]],
		[">", ["notes: >", "  folded", "  text"]],
		[">+", ["notes: >+", "  folded", ""]],
		["|- ", ["notes: |-", "  stripped"]],
		["inside a nested mapping", ["meta:", "  notes: |+", "    kept", ""]],
	])("%s", (_, lines) => {
		const text = `---\ndate: 2026-11-20\n${lines.join("\n")}\n---\n# Notes\n`;
		const result = write(text, LETTER);
		expect(result).not.toBeNull();
		expect(valuesOf(result ?? "")).toEqual({ ...valuesOf(text), letter_sent: "2026-11-27" });
		// The new key goes before the block, which still ends the frontmatter.
		expect(result).toBe(`---\ndate: 2026-11-20\nletter_sent: 2026-11-27\n${lines.join("\n")}\n---\n# Notes\n`);
	});
});

describe("frontmatter that is not valid YAML is never written into", () => {
	it.each([
		["a second colon in a value", ["company: Acme: Inc"]],
		["a quote never closed", ['role: "Senior', "date: 2026-11-20"]],
		["text after a closing quote", ["role: 'it's'"]],
		["an unknown escape", ['role: "\\q"']],
		["a flow list never closed", ["tags: [a, b", "date: 2026-11-20"]],
		["a duplicate key", ["company: Acme", "company: Globex"]],
		["a list after a scalar", ["tags: a", "- b"]],
		["a step in the indentation", ["address:", "  street: Main", "   city: Berlin"]],
		["a tab as indentation", ["address:", "\tcity: Berlin"]],
	])("%s: null, whatever the action", (_, lines) => {
		const text = `---\ndate: 2026-11-20\n${lines.join("\n")}\n---\n`;
		for (const action of [LETTER, OFFER, { kind: "done", step: "check-in" } as FollowUpAction, { kind: "snooze", until: day("2026-12-01") } as FollowUpAction]) {
			expect(write(text, action)).toBeNull();
		}
	});
});

describe("an action for no known step or status writes nothing", () => {
	const note = "---\ndate: 2026-11-20\n---\nBody\n";
	it.each<[string, unknown]>([
		["an unknown step", { kind: "done", step: "email" }],
		["a step of another name", { kind: "done", step: "Letter" }],
		["no step", { kind: "done" }],
		["an unknown status", { kind: "status", status: "ghosted" }],
		["a snooze without a date", { kind: "snooze", until: Number.NaN }],
		["an unknown kind", { kind: "archive" }],
	])("%s: the text as it was, never a key called undefined", (_, action) => {
		const result = write(note, action as FollowUpAction);
		expect(result).toBe(note);
		expect(write("Body\n", action as FollowUpAction)).toBe("Body\n");
	});

	it("is refused by the type, too", () => {
		// @ts-expect-error: "email" is not a StepKind.
		const action: FollowUpAction = { kind: "done", step: "email" };
		const step: StepKind = "rejection-reply";
		expect([action.kind, step]).toEqual(["done", "rejection-reply"]);
	});
});
