import fc from "fast-check";
import YAML from "yaml";
import { parseSimpleYaml } from "../../src/cli/simpleYaml";

/** What the `yaml` package makes of a block: the value, or "throws". */
function exact(block: string): unknown {
	try {
		return YAML.parse(block, { logLevel: "error" }) as unknown;
	} catch {
		return "throws";
	}
}

describe("the fast frontmatter reader reads plain key: value blocks as YAML 1.2's core schema does", () => {
	it.each([
		["dates and date-times stay text", "date: 2026-11-20\nat: 2026-11-20T09:30:00+02:00", { date: "2026-11-20", at: "2026-11-20T09:30:00+02:00" }],
		["quoted links are text", 'interviewer: "[[People/Jane Doe|Jane]]"\ncompany: \'[[Acme]]\'', { interviewer: "[[People/Jane Doe|Jane]]", company: "[[Acme]]" }],
		["lists under a key, indented or not", "tags:\n  - interview\n  - acme\ncheck_ins:\n- 2026-10-01", { tags: ["interview", "acme"], check_ins: ["2026-10-01"] }],
		["true, false, null and numbers", "called: true\nletter_sent: false\nsnoozed_until:\nn: 12\nf: 1.5\nt: ~", { called: true, letter_sent: false, snoozed_until: null, n: 12, f: 1.5, t: null }],
		["a doubled single quote is one quote", "role: 'Engineer, it''s senior'", { role: "Engineer, it's senior" }],
		["comment lines and blank lines are skipped", "# a comment\n\ndate: 2026-11-20\n", { date: "2026-11-20" }],
		["text with a colon but no space after it", "url: https://example.com/a", { url: "https://example.com/a" }],
		["Windows line endings", "date: 2026-11-20\r\ntags:\r\n  - interview\r\n", { date: "2026-11-20", tags: ["interview"] }],
	])("%s", (_name, block, expected) => {
		expect(parseSimpleYaml(block)).toEqual(expected);
		expect(exact(block)).toEqual(expected);
	});
});

describe("the fast frontmatter reader leaves everything else to the yaml package", () => {
	it.each([
		["an unquoted link, which YAML reads as nested lists", "interviewer: [[People/Jane]]"],
		["a flow list", "tags: [interview, acme]"],
		["a nested map", "company:\n  name: Acme"],
		["block text", "learned: |\n  a lot"],
		["a comment after a value", "date: 2026-11-20 # Friday"],
		["a repeated key", "date: 2026-11-20\ndate: 2026-11-21"],
		["a key and value without a space", "date:2026-11-20"],
		["escapes in double quotes", 'role: "a\\tb"'],
		["a tab", "date:\t2026-11-20"],
		["a text that runs on the next line", "learned: a lot\n  about them"],
		["broken YAML", "date: 2026-11-20\n  - oops: x: y"],
		["an anchor", "a: &x 1"],
		["a negative number", "n: -3"],
	])("%s", (_name, block) => {
		expect(parseSimpleYaml(block)).toBeUndefined();
	});
});

// Pieces that make YAML tricky, so random blocks reach the reader's every edge.
const piece = fc.constantFrom(
	"a", "Acme", "2026-11-20", "12", "1.5", "0x1F", "0o17", "1e3", ".5", ".inf", "true", "False", "null", "~", "NULL", "yes",
	" ", "  ", ":", ": ", " #", "#", "-", "- ", "'", "''", '"', "\\", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%",
	"@", "`", "?", "\t", "\u00a0", "[[People/Jane Doe|Jane]]", "https://x.y/z", "\r", "é", "+", ".",
);
const word = fc.constantFrom("Acme", "Jane", "2026-11-20", "12", "0.5", "x.y", "C#", "a:b", "it's", 'say "hi"', "+1", "TRUE");
const scalarText = fc.oneof(
	fc.array(piece, { maxLength: 5 }).map((parts) => parts.join("")),
	fc.array(fc.oneof(word, piece), { maxLength: 4 }).map((parts) => parts.join(" ")),
	fc.tuple(fc.constantFrom('"', "'"), fc.array(fc.oneof(word, piece), { maxLength: 3 })).map(([quote, parts]) => `${quote}${parts.join(" ")}${quote}`),
);
const key = fc.constantFrom("date", "tags", "check_ins", "outcome", "a-b", "_x", "true", "null", "1", "__proto__", "key ", "k:");
const line = fc.oneof(
	fc.tuple(key, scalarText).map(([k, v]) => `${k}: ${v}`),
	fc.tuple(key, scalarText).map(([k, v]) => `${k}:${v}`),
	key.map((k) => `${k}:`),
	fc.tuple(fc.constantFrom("", " ", "  ", "    "), scalarText).map(([indent, v]) => `${indent}- ${v}`),
	fc.tuple(fc.constantFrom("", "  "), scalarText).map(([indent, v]) => `${indent}${v}`),
	fc.constantFrom("", "# note", "---", "...", "-"),
);
const block = fc.array(line, { maxLength: 8 }).map((lines) => lines.join("\n"));

describe("the fast frontmatter reader never disagrees with the yaml package", () => {
	it("on any block it reads, it gives what YAML.parse gives; it answers nothing where YAML.parse fails", () => {
		fc.assert(
			fc.property(block, (text) => {
				const fast = parseSimpleYaml(text);
				if (fast === undefined) return;
				const expected = exact(text);
				// An empty or comment-only block is {} for the reader and null for YAML; gray-matter reads both as {}.
				expect(fast).toEqual(expected === null ? {} : expected);
			}),
			{ numRuns: 20000 },
		);
	});
});
