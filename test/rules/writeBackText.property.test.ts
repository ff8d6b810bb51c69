import fc from "fast-check";
import { parseDocument } from "yaml";
import { applyAction, applyActionToText, DONE_KEYS, FollowUpAction, STATUSES, StepKind } from "../../src/rules";
import { day } from "../builders/calendarDays";

// SPEC.md section 5, "a write changes only its own lines", over frontmatter built from a small grammar of the
// forms notes hold: whatever the action, the text written reads back (with the `yaml` package, as the
// in-memory Obsidian does) as the frontmatter before plus exactly the action's change, and every line but the
// written key's own is still there, in order, byte for byte. Where the key's own value is in a form left to
// Obsidian's writer, the function says so (null), and only there.

const TODAY = day("2026-11-27");
const ACTIONS: FollowUpAction[] = [
	...(Object.keys(DONE_KEYS) as StepKind[]).map((step): FollowUpAction => ({ kind: "done", step })),
	{ kind: "snooze", until: day("2026-12-04") },
	...STATUSES.map((status): FollowUpAction => ({ kind: "status", status })),
];
const OTHER_KEYS = ["date", "company", "tags", "address", "summary", "'quoted key'"];
const KEYS = [...new Set([...Object.values(DONE_KEYS), "snoozed_until", "status", ...OTHER_KEYS])];

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
	lines: string[];
	form: "scalar" | "empty" | "flow list" | "block list" | "nested" | "block scalar" | "flow map" | "multi-line quote";
	/** For a scalar: may it stand in a flow list (the form a lone check-in date becomes)? */
	inFlow: boolean;
}

const entry = (key: string): fc.Arbitrary<Entry> =>
	fc.oneof(
		fc.tuple(scalar, comment).map(([value, c]): Entry => ({ key, lines: [`${key}: ${value.raw}${c}`], form: "scalar", inFlow: value.inFlow })),
		comment.map((c): Entry => ({ key, lines: [`${key}:${c}`], form: "empty", inFlow: true })),
		fc.tuple(fc.array(scalar.filter((s) => s.inFlow), { maxLength: 3 }), fc.constantFrom(", ", ",", " , "), fc.constantFrom("", " "), comment).map(
			([items, separator, pad, c]): Entry => ({ key, lines: [`${key}: [${pad}${items.map((s) => s.raw).join(separator)}${pad}]${c}`], form: "flow list", inFlow: true }),
		),
		fc.tuple(fc.array(fc.tuple(scalar, comment), { minLength: 1, maxLength: 3 }), fc.constantFrom("", "  ", "    "), fc.constantFrom(" ", "   "), comment, commentLines).map(
			([items, indent, gap, c, between]): Entry => ({
				key,
				lines: [`${key}:${c}`, ...items.map(([s, itemComment]) => `${indent}-${gap}${s.raw}${itemComment}`), ...between.filter((line) => line.startsWith(" "))],
				form: "block list",
				inFlow: true,
			}),
		),
		scalar.map((value): Entry => ({ key, lines: [`${key}:`, `  status: ${value.raw}`, "  check_ins:", "    - 2026-01-01"], form: "nested", inFlow: true })),
		fc.constantFrom("|", ">", "|-", ">+", "|2").map((indicator): Entry => ({
			key, lines: [`${key}: ${indicator}`, "  status: inside", "", "  check_ins: [2026-01-01]"], form: "block scalar", inFlow: true,
		})),
		scalar.map((value): Entry => ({ key, lines: [`${key}: {a: 1, status: ${value.raw}}`], form: "flow map", inFlow: true })),
		fc.constant<Entry>({ key, lines: [`${key}: "first`, "  status: second", '  check_ins: third"'], form: "multi-line quote", inFlow: true }),
	);

/** A whole note: frontmatter (or none), a body, one line ending throughout, maybe a byte-order mark. */
const noteArb = fc
	.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 6 })
	.chain((keys) =>
		fc.record({
			entries: fc.tuple(...keys.map((key) => fc.tuple(commentLines, entry(key)))),
			hasFrontmatter: fc.boolean(),
			eol: fc.constantFrom("\n", "\r\n"),
			bom: fc.constantFrom("", "", "\uFEFF"),
			body: fc.array(fc.constantFrom("# Notes", "", "status: waiting", "---", "check_ins: [x]", "text  "), { maxLength: 4 }),
			bodyEndsLine: fc.boolean(),
		}),
	)
	.map(({ entries, hasFrontmatter, eol, bom, body, bodyEndsLine }) => {
		const frontmatter = entries.flatMap(([between, e]) => [...between.filter((line) => !line.startsWith(" ")), ...e.lines]);
		// A `---` line in a note without frontmatter might open one (those cases have their own tests).
		const bodyText = body.filter((line) => hasFrontmatter || line !== "---").join(eol) + (bodyEndsLine ? eol : "");
		if (!hasFrontmatter) return { text: bom + bodyText, entries: [] };
		return { text: `${bom}---${eol}${frontmatter.map((line) => line + eol).join("")}---${eol}${bodyText}`, entries: entries.map(([, e]) => e) };
	});

/** The frontmatter object of a note, read as the in-memory Obsidian does; `{}` when there is none. */
function frontmatterOf(text: string): Record<string, unknown> {
	const match = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)??---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!match) return {};
	const document = parseDocument(match[1] ?? "");
	if (document.errors.length > 0) throw new Error(`not YAML: ${document.errors[0].message}\n${text}`);
	return (document.toJS() as Record<string, unknown> | null) ?? {};
}

/** Whether every line of `before` but at most the one at index `except` appears in `after`, in order. */
function keepsLines(before: string[], after: string[], except: number): boolean {
	let at = 0;
	for (const [i, line] of before.entries()) {
		if (i === except) continue;
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
			fc.property(noteArb, fc.constantFrom(...ACTIONS), ({ text, entries }, action) => {
				const before = frontmatterOf(text);
				const result = applyActionToText(text, action, TODAY);

				const key = action.kind === "done" ? DONE_KEYS[action.step] : action.kind === "snooze" ? "snoozed_until" : "status";
				const own = entries.find((e) => e.key === key);
				const checkIn = key === "check_ins";
				const safe =
					!own ||
					(checkIn
						? ["empty", "flow list", "block list"].includes(own.form) || (own.form === "scalar" && own.inFlow)
						: ["scalar", "empty", "flow list"].includes(own.form));
				expect(result === null).toBe(!safe);
				if (result === null) return;

				const expected = structuredClone(before);
				applyAction(expected, action, TODAY);
				expect(frontmatterOf(result)).toEqual(expected);

				// A check-in under `check_ins:` adds a line and changes none; every other write may change the key's line.
				const addsOnly = checkIn && (own?.form === "block list" || own?.form === "empty");
				const ownLine = own && !addsOnly ? linesOf(text).findIndex((line, i) => i > 0 && line.startsWith(`${key}:`)) : -1;
				expect(keepsLines(linesOf(text), linesOf(result), ownLine)).toBe(true);
				expect(linesOf(result).length - linesOf(text).length).toBeLessThanOrEqual(4);
				if (text.includes("\r\n")) expect(result.replace(/\r\n/g, "")).not.toContain("\n");
				expect(result.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
			}),
			{ numRuns: 1500 },
		);
	});
});
