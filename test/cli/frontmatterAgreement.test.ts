import fc from "fast-check";
import YAML from "yaml";
import { readFrontmatter } from "../../cli/noteReader";
import { parseInterviewNote } from "../../src/rules";

// The command line reads frontmatter with gray-matter and js-yaml 4's core schema (fast); the `yaml` package
// is the reference for YAML 1.2's core schema. On every generated block that the reference reads, the command
// line reads the same values, whatever the line endings, a byte-order mark, quoting, flow or block lists and
// comments; on every block the reference rejects, the command line gives a reason, never a value.

/** What the reference makes of a block written with "\n" line breaks: its key: value pairs, or "rejected". */
function reference(yaml: string): unknown {
	try {
		const data: unknown = YAML.parse(yaml, { logLevel: "error" });
		return data === null ? {} : data;
	} catch {
		return "rejected";
	}
}

const plain = fc.constantFrom("Acme", "Jane Doe", "2026-11-20", "2026-11-20T09:30:00+02:00", "12", "1.5", "1e3", "0x1F", "0o17", "true", "False", "null", "~", "yes", "on", "10:30", "012", "https://x.y/z?a=1#top", "C#", "a:b", "it's", "Ünïcode", ".inf");
const quoted = fc.oneof(
	fc.constantFrom("[[People/Jane Doe|Jane]]", "a, b", "x: y", "# not a comment", "", "12", "it's", 'say "hi"', "tab\\tstop").map((text) => JSON.stringify(text)),
	fc.constantFrom("[[Acme]]", "a, b", "x: y", "it''s", "", "# no").map((text) => `'${text}'`),
);
const scalar = fc.oneof(plain, quoted);
const flowItem = fc.oneof(fc.constantFrom("Acme", "2026-10-01", "12", "true", "null", "interview/panel"), quoted);
const comment = fc.constantFrom("", "", " # a comment", " #x");
const key = fc.constantFrom("date", "tags", "check_ins", "company", "role", "a-b", "_x", "Type", "status", "aliases");

// One key and its value in one of the forms people write.
const entry = fc.oneof(
	fc.tuple(scalar, comment).map(([value, after]) => (k: string) => [`${k}: ${value}${after}`]),
	fc.tuple(fc.array(flowItem, { maxLength: 4 }), comment).map(([items, after]) => (k: string) => [`${k}: [${items.join(", ")}]${after}`]),
	fc.tuple(fc.constantFrom("", "  "), fc.array(scalar, { minLength: 1, maxLength: 3 })).map(([indent, items]) => (k: string) => [`${k}:`, ...items.map((item) => `${indent}- ${item}`)]),
	fc.array(fc.tuple(fc.constantFrom("url", "author", "read"), scalar), { minLength: 1, maxLength: 3 }).map((pairs) => (k: string) => [`${k}:`, ...[...new Map(pairs)].map(([inner, value]) => `  ${inner}: ${value}`)]),
	fc.constant((k: string) => [`${k}:`]),
	fc.constantFrom("|", ">").map((style) => (k: string) => [`${k}: ${style}`, "  first line", "  second: line"]),
);
const yamlBlock = fc
	.tuple(fc.uniqueArray(key, { maxLength: 6 }), fc.array(entry, { minLength: 6, maxLength: 6 }), fc.array(fc.constantFrom("", "# a comment line"), { minLength: 7, maxLength: 7 }))
	.map(([keys, entries, extras]) => keys.flatMap((k, i) => [...(extras[i] ? [extras[i]] : []), ...entries[i](k)]).join("\n"));

describe("the command line reads frontmatter as YAML 1.2's core schema does", () => {
	it("agrees with the yaml package on every generated block, with LF or CRLF line endings and with or without a byte-order mark", () => {
		fc.assert(
			fc.property(yamlBlock, fc.boolean(), fc.boolean(), (yaml, crlf, bom) => {
				const expected = reference(yaml);
				const note = `${bom ? "\ufeff" : ""}---\n${yaml}\n---\nBody\n`;
				const reading = readFrontmatter(crlf ? note.replace(/\n/g, "\r\n") : note);
				if (expected === "rejected" || typeof expected !== "object" || Array.isArray(expected)) {
					expect(reading.frontmatter).toBeNull();
					expect(reading.frontmatterError).toEqual(expect.any(String));
				} else {
					expect(reading.frontmatter).toEqual(expected);
				}
			}),
			{ numRuns: 3000 },
		);
	});
});

// SPEC.md section 1: a `phone` that YAML 1.2 reads as a number is a warning. The plugin gets the value from
// Obsidian's metadata cache (a number arrives as a number; the in-memory Obsidian reads with the `yaml` package)
// and the command line from js-yaml's core schema: both must see the same type, or one would warn alone.
describe("a phone written without quotes reads as the same value in the plugin and on the command line", () => {
	it.each<[string, unknown, boolean]>([
		["+447911123456", 447911123456, true],
		["07911123456", 7911123456, true],
		["555.0100", 555.01, true],
		["5550100", 5550100, true],
		["-5550100", -5550100, true],
		["1e5", 100000, true],
		['"+447911123456"', "+447911123456", false],
		["'07911123456'", "07911123456", false],
		["+44 7911 123456", "+44 7911 123456", false],
		["555-0100", "555-0100", false],
		["(555) 010-0100", "(555) 010-0100", false],
		["0x1F", 31, true],
		["", null, false],
	])("phone: %s reads as %p; a warning: %p", (written, value, warns) => {
		const yaml = `date: 2026-11-20\nphone: ${written}`;
		const cli = readFrontmatter(`---\n${yaml}\n---\n`).frontmatter;
		expect(cli?.phone).toEqual(value);
		expect((reference(yaml) as Record<string, unknown>).phone).toEqual(value);
		const problems = parseInterviewNote({ path: "Interviews/Acme.md", frontmatter: cli }).problems.filter((problem) => problem.field === "phone");
		expect(problems.map((problem) => problem.severity)).toEqual(warns ? ["warning"] : []);
	});
});
