import fc from "fast-check";
import { CORE_SCHEMA, load } from "js-yaml";
import { parseDocument } from "yaml";
import { isCheckedYamlMapping } from "../../src/rules/frontmatterCheck";

// The check that stands between a write and frontmatter that is not valid YAML (SPEC.md section 5). It may
// say "not sure" (false) about valid YAML, which then goes to Obsidian's own writer; it must never vouch for
// YAML that a reader rejects. The references: the `yaml` package (which the in-memory Obsidian reads with) and
// js-yaml 4's core schema (the command line's reader), both with duplicate keys an error, as YAML 1.2 says.

function readersAccept(lines: readonly string[]): boolean {
	const text = lines.join("\n");
	const document = parseDocument(text, { uniqueKeys: true });
	if (document.errors.length > 0) return false;
	try {
		const value: unknown = document.toJS();
		if (value !== null && (typeof value !== "object" || Array.isArray(value))) return false;
		load(text, { schema: CORE_SCHEMA });
	} catch {
		return false;
	}
	return true;
}

// Pieces of lines people write, and pieces of the mistakes they make.
const KEY = fc.constantFrom("date", "status", "company", '"status"', "'status'", '"st\\x61tus"', "a b", "tags", "x", "true", "True", "1", "~", "a:b", "'it''s'", '"\\q"', "? q", "- item", "&a k", "<<");
const SCALAR = fc.constantFrom("2026-11-20", "Acme", "Acme, Inc.", "Acme: Inc", "a#b", "a #comment", "'it''s'", "'it's'", '"say \\"hi\\""', '"\\x41\\u00e9"', '"\\q"', '"open', "[a, b]", "[a, [b, c]]", "{a: 1, b: [2]}", "{a: 1, a: 2}", "{a, b}", "[a, b", "[a,, b]", "[a, ]", "*alias", "&anchor x", "!!str x", "|", "|+", ">-", "|2", "@x", "`x`", "%x", "- a", "-a", "? x", ": x", "x:", "~", "", "# only a comment", "[a] #c", '"a"#c', '"a" b', "]", "}", ",");
const INDENT = fc.constantFrom("", "", " ", "  ", "   ", "    ", "\t", "  \t");
const line = fc.oneof(
	{ weight: 5, arbitrary: fc.tuple(INDENT, KEY, SCALAR).map(([indent, key, value]) => `${indent}${key}:${value === "" ? "" : " "}${value}`) },
	{ weight: 2, arbitrary: fc.tuple(INDENT, SCALAR).map(([indent, value]) => `${indent}- ${value}`) },
	{ weight: 2, arbitrary: fc.tuple(INDENT, SCALAR).map(([indent, value]) => `${indent}${value}`) },
	{ weight: 1, arbitrary: fc.constantFrom("", "# a comment", "  # indented comment", "   ", "\t", "...", "%YAML 1.2") },
);
const block = fc.array(line, { maxLength: 8 });

describe("the frontmatter check never vouches for YAML a reader rejects", () => {
	it("holds on generated blocks, valid and broken", () => {
		let vouched = 0;
		fc.assert(
			fc.property(block, (lines) => {
				if (!isCheckedYamlMapping(lines)) return;
				vouched++;
				expect({ lines, accepted: readersAccept(lines) }).toEqual({ lines, accepted: true });
			}),
			{ numRuns: 4000 },
		);
		// The property means something only if the check says yes often enough.
		expect(vouched).toBeGreaterThan(200);
	});
});

describe("the check reads the forms notes hold", () => {
	it.each<[string, string[]]>([
		["plain and quoted scalars, comments", ["date: 2026-11-20 # the day", "company: 'Acme, Inc.'", 'role: "Data \\"engineer\\""', "# a comment", "empty:", "nothing: ~"]],
		["keys quoted and escaped", ['"status": waiting', "'role': x", '"st\\x61te": y']],
		["flow lists and maps", ["tags: [interview, job/acme]", "meta: {a: 1, b: [2, 3]}", "empty: []", "trailing: [a, ]"]],
		["block lists, indented or not", ["check_ins:", "  - 2026-10-01", "  - '2026-11-01' # second", "tags:", "- a", "- b"]],
		["nested mappings", ["address:", "  street: Main", "  city:", "    name: Berlin", "    zip: [10115]"]],
		["block scalars of every header, the last one ending the block", ["notes: |", "  line one", "", "  line two", "folded: >-", "  a", "  b", "kept: |+", "  kept", "", ""]],
		["a quoted scalar over several lines", ['summary: "first', "  second", '  third"', "after: x"]],
		["a plain scalar over several lines", ["summary: first", "  second", "  third", "after: x"]],
		["a flow list over several lines, with a comment", ["tags: [a, # first", "  b]", "after: x"]],
		["nothing at all", []],
		["only comments and blank lines", ["# a", "", "  # b"]],
	])("%s", (_, lines) => {
		expect(readersAccept(lines)).toBe(true);
		expect(isCheckedYamlMapping(lines)).toBe(true);
	});
});

describe("the check refuses YAML that is not valid, as the readers do", () => {
	it.each<[string, string[]]>([
		["a second colon in a value", ["company: Acme: Inc"]],
		["a quote never closed", ['role: "Senior', "date: 2026-11-20"]],
		["text after a closing quote", ["role: 'it's'"]],
		["an unknown escape", ['role: "\\q"']],
		["a flow list never closed", ["tags: [a, b", "date: 2026-11-20"]],
		["a duplicate key", ["date: 2026-11-20", "date: 2026-11-21"]],
		["a duplicate key, spelled differently", ["status: waiting", '"st\\x61tus": offer']],
		["a duplicate key in a flow mapping", ["meta: {a: 1, a: 2}"]],
		["a list after a scalar", ["tags: a", "- b"]],
		["a step in a nested mapping's indentation", ["address:", "  street: Main", "   city: Berlin"]],
		["a tab in the indentation", ["address:", "\tcity: Berlin"]],
		["a line that is no key", ["date: 2026-11-20", "just text"]],
		["an alias to no anchor", ["a: *nowhere"]],
		["a reserved character", ["a: @x"]],
		["an indented first key", ["  date: 2026-11-20", "status: x"]],
	])("%s", (_, lines) => {
		expect(readersAccept(lines)).toBe(false);
		expect(isCheckedYamlMapping(lines)).toBe(false);
	});
});
