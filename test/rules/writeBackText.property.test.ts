import fc from "fast-check";
import { parseDocument } from "yaml";
import { applyAction, applyActionToText, DONE_KEYS, FollowUpAction, STATUSES, StepKind } from "../../src/rules";
import { day } from "../builders/calendarDays";

// SPEC.md section 5, "a write changes only its own lines", over frontmatter built from a small grammar of the
// forms notes hold: whatever the action, the text written reads back (with the `yaml` package, as the
// in-memory Obsidian does) as the frontmatter before plus exactly the action's change, and every line but the
// written key's own is still there, in order, byte for byte. Where the key's own value is in a form left to
// Obsidian's writer, the function says so (null), and only there. SPEC.md v3: the block is the one the reader
// sees whatever follows its opening `---` (spaces, a tab); a key spelled with quotes or escapes is that key; a
// block scalar that ends the block keeps its value; frontmatter that is not valid YAML is never written (null).

const TODAY = day("2026-11-27");
const ACTIONS: FollowUpAction[] = [
	...(Object.keys(DONE_KEYS) as StepKind[]).map((step): FollowUpAction => ({ kind: "done", step })),
	{ kind: "snooze", until: day("2026-12-04") },
	...STATUSES.map((status): FollowUpAction => ({ kind: "status", status })),
];
const OTHER_KEYS = ["date", "company", "tags", "address", "summary", "'quoted key'"];
const KEYS = [...new Set([...Object.values(DONE_KEYS), "snoozed_until", "status", "rejected_on", ...OTHER_KEYS])];

/** How a key may be written: plain, quoted either way, or double-quoted with its first letter as a YAML escape. */
const spelling = (key: string): fc.Arbitrary<string> =>
	key.startsWith("'")
		? fc.constant(key)
		: fc.constantFrom(key, key, key, `"${key}"`, `'${key}'`, `"\\x${key.charCodeAt(0).toString(16)}${key.slice(1)}"`, `"\\u00${key.charCodeAt(0).toString(16)}${key.slice(1)}"`);

/** A scalar as written, and whether it may stand in a flow list as it is. */
interface Scalar {
	raw: string;
	inFlow: boolean;
}

const PLAIN = ["waiting", "Acme", "it's", "a#b", "x:y", "5", "true", "~", "null", "2026-10-01", "2026-11-27", "2026-11-27T09:00", "two words"];
const quotable = fc.string({ unit: fc.constantFrom("a", "b", " ", "#", ":", ",", "'", '"', "\\", "[", "-", "é", "2"), maxLength: 10 });
const scalar: fc.Arbitrary<Scalar> = fc.oneof(
	fc.constantFrom(...PLAIN).map((raw) => ({ raw, inFlow: true })),
	fc.constant({ raw: "Acme, Inc.", inFlow: false }),
	quotable.map((text) => ({ raw: JSON.stringify(text), inFlow: true })),
	quotable.map((text) => ({ raw: `'${text.replace(/'/g, "''")}'`, inFlow: true })),
);
const comment = fc.constantFrom("", "", " # a comment", "   #check_ins: [x]");
const commentLines = fc.array(fc.constantFrom("# between", "", "  # indented"), { maxLength: 2 });

/** One top-level entry: its lines (the first holds the key) and the kind of value it has. */
interface Entry {
	key: string;
	/** The key as written in the note. */
	spelled: string;
	lines: string[];
	form: "scalar" | "empty" | "flow list" | "block list" | "nested" | "block scalar" | "flow map" | "multi-line quote";
	/** For a scalar: may it stand in a flow list (the form a lone check-in date becomes)? */
	inFlow: boolean;
}

type RawEntry = Omit<Entry, "spelled">;

const entryAs = (key: string): fc.Arbitrary<RawEntry> =>
	fc.oneof(
		fc.tuple(scalar, comment).map(([value, c]): RawEntry => ({ key, lines: [`${key}: ${value.raw}${c}`], form: "scalar", inFlow: value.inFlow })),
		comment.map((c): RawEntry => ({ key, lines: [`${key}:${c}`], form: "empty", inFlow: true })),
		fc.tuple(fc.array(scalar.filter((s) => s.inFlow), { maxLength: 3 }), fc.constantFrom(", ", ",", " , "), fc.constantFrom("", " "), comment).map(
			([items, separator, pad, c]): RawEntry => ({ key, lines: [`${key}: [${pad}${items.map((s) => s.raw).join(separator)}${pad}]${c}`], form: "flow list", inFlow: true }),
		),
		fc.tuple(fc.array(fc.tuple(scalar, comment), { minLength: 1, maxLength: 3 }), fc.constantFrom("", "  ", "    "), fc.constantFrom(" ", "   "), comment, commentLines).map(
			([items, indent, gap, c, between]): RawEntry => ({
				key,
				lines: [`${key}:${c}`, ...items.map(([s, itemComment]) => `${indent}-${gap}${s.raw}${itemComment}`), ...between.filter((line) => line.startsWith(" "))],
				form: "block list",
				inFlow: true,
			}),
		),
		scalar.map((value): RawEntry => ({ key, lines: [`${key}:`, `  status: ${value.raw}`, "  check_ins:", "    - 2026-01-01"], form: "nested", inFlow: true })),
		fc.constantFrom("|", ">", "|-", ">+", "|2").map((indicator): RawEntry => ({
			key, lines: [`${key}: ${indicator}`, "  status: inside", "", "  check_ins: [2026-01-01]"], form: "block scalar", inFlow: true,
		})),
		scalar.map((value): RawEntry => ({ key, lines: [`${key}: {a: 1, status: ${value.raw}}`], form: "flow map", inFlow: true })),
		fc.constant<RawEntry>({ key, lines: [`${key}: "first`, "  status: second", '  check_ins: third"'], form: "multi-line quote", inFlow: true }),
		// A block that keeps its trailing blank lines: last in the frontmatter, a key after it would change it.
		fc.constantFrom("|+", ">+").map((indicator): RawEntry => ({ key, lines: [`${key}: ${indicator}`, "  kept", "", ""], form: "block scalar", inFlow: true })),
	);

// Every form with its key spelled one of the ways YAML reads as that key.
const entry = (key: string): fc.Arbitrary<Entry> =>
	fc.tuple(entryAs(key), spelling(key)).map(([e, spelled]) => ({ ...e, spelled, lines: [spelled + e.lines[0].slice(key.length), ...e.lines.slice(1)] }));

/** Lines that make a block invalid YAML, wherever they go: the write must return null. */
const BROKEN = [
	["broken: Acme: Inc"],
	['broken: "never closed'],
	["broken: 'it's'"],
	["broken: [a, b"],
	['broken: "\\q"'],
	["broken: {a: 1, a: 2}"],
	["broken: x", "- y"],
	["broken:", "  a: 1", "   b: 2"],
	["broken:", "\ta: 1"],
	["date: 2026-01-01", "date: 2026-01-02"],
	["broken: *nowhere"],
	["broken: @at"],
];

/** A whole note: frontmatter (or none), a body, one line ending throughout, maybe a byte-order mark. */
const noteArb = fc
	.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 6 })
	.chain((keys) =>
		fc.record({
			entries: fc.tuple(...keys.map((key) => fc.tuple(commentLines, entry(key)))),
			hasFrontmatter: fc.boolean(),
			opening: fc.constantFrom("---", "---", "--- ", "---\t", "---  "),
			broken: fc.option(fc.tuple(fc.constantFrom(...BROKEN), fc.nat()), { freq: 4 }),
			eol: fc.constantFrom("\n", "\r\n"),
			bom: fc.constantFrom("", "", "\uFEFF"),
			body: fc.array(fc.constantFrom("# Notes", "", "status: waiting", "---", "check_ins: [x]", "text  "), { maxLength: 4 }),
			bodyEndsLine: fc.boolean(),
		}),
	)
	.map(({ entries, hasFrontmatter, opening, broken, eol, bom, body, bodyEndsLine }) => {
		const frontmatter = entries.flatMap(([between, e]) => [...between.filter((line) => !line.startsWith(" ")), ...e.lines]);
		// A `---` line in a note without frontmatter might open one (those cases have their own tests).
		const bodyText = body.filter((line) => hasFrontmatter || line !== "---").join(eol) + (bodyEndsLine ? eol : "");
		if (!hasFrontmatter) return { text: bom + bodyText, entries: [], broken: false };
		// Broken lines go between two entries (or first, or last), never inside one's lines.
		const starts = [0, ...entries.map((_, i) => entries.slice(0, i + 1).reduce((n, [between, e]) => n + between.filter((line) => !line.startsWith(" ")).length + e.lines.length, 0))];
		const lines = broken === null ? frontmatter : [...frontmatter.slice(0, starts[broken[1] % starts.length]), ...broken[0], ...frontmatter.slice(starts[broken[1] % starts.length])];
		return { text: `${bom}${opening}${eol}${lines.map((line) => line + eol).join("")}---${eol}${bodyText}`, entries: entries.map(([, e]) => e), broken: broken !== null };
	});

/** The frontmatter object of a note, read as the in-memory Obsidian does; `{}` when there is none. */
function frontmatterOf(text: string): Record<string, unknown> {
	const match = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)??---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!match) return {};
	const document = parseDocument(match[1] ?? "");
	if (document.errors.length > 0) throw new Error(`not YAML: ${document.errors[0].message}\n${text}`);
	return (document.toJS() as Record<string, unknown> | null) ?? {};
}

/** Whether the note's frontmatter is rejected by the reference reader. */
function isBroken(text: string): boolean {
	try {
		frontmatterOf(text);
		return false;
	} catch {
		return true;
	}
}

/** Whether every line of `before` but those at the indexes `except` appears in `after`, in order. */
function keepsLines(before: string[], after: string[], except: readonly number[]): boolean {
	let at = 0;
	for (const [i, line] of before.entries()) {
		if (except.includes(i)) continue;
		while (at < after.length && after[at] !== line) at++;
		if (at === after.length) return false;
		at++;
	}
	return true;
}

const linesOf = (text: string) => text.replace(/^\uFEFF/, "").match(/[^\n]*\n|[^\n]+$/g) ?? [];

describe("applyActionToText changes only the written key's lines, and means what applyAction means", () => {
	it("holds for frontmatter of every form, for every action", () => {
		fc.assert(
			fc.property(noteArb, fc.constantFrom(...ACTIONS), ({ text, entries, broken }, action) => {
				const result = applyActionToText(text, action, TODAY);
				// Invalid YAML before the write: never written into.
				expect(isBroken(text)).toBe(broken);
				if (broken) {
					expect(result).toBeNull();
					return;
				}
				const before = frontmatterOf(text);

				const key = action.kind === "done" ? DONE_KEYS[action.step] : action.kind === "snooze" ? "snoozed_until" : "status";
				const own = entries.find((e) => e.key === key);
				const checkIn = key === "check_ins";
				const scalarSafe = (e: Entry | undefined) => !e || ["scalar", "empty", "flow list"].includes(e.form);
				// Status rejected also writes rejected_on (unless it holds a date): its own form counts too.
				const rejectedOn = action.kind === "status" && action.status === "rejected" ? entries.find((e) => e.key === "rejected_on") : undefined;
				const safe =
					(checkIn ? !own || ["empty", "flow list", "block list"].includes(own.form) || (own.form === "scalar" && own.inFlow) : scalarSafe(own)) &&
					scalarSafe(rejectedOn);
				expect(result === null).toBe(!safe);
				if (result === null) return;

				const expected = structuredClone(before);
				applyAction(expected, action, TODAY);
				expect(frontmatterOf(result)).toEqual(expected);

				// A check-in under `check_ins:` adds a line and changes none; every other write may change the key's line.
				const addsOnly = checkIn && (own?.form === "block list" || own?.form === "empty");
				const lineOf = (e: Entry | undefined) => (e ? linesOf(text).findIndex((line, i) => i > 0 && line.startsWith(`${e.spelled}:`)) : -1);
				const changed = [own && !addsOnly ? lineOf(own) : -1, lineOf(rejectedOn)];
				expect(keepsLines(linesOf(text), linesOf(result), changed)).toBe(true);
				expect(linesOf(result).length - linesOf(text).length).toBeLessThanOrEqual(4);
				// The block the reader sees is the one written: never a second one in front of it.
				if (before !== null && /^\uFEFF?---[ \t]*\r?\n/.test(text)) expect(linesOf(result)[0]).toBe(linesOf(text)[0]);
				if (text.includes("\r\n")) expect(result.replace(/\r\n/g, "")).not.toContain("\n");
				expect(result.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
			}),
			{ numRuns: 1500 },
		);
	});
});
