import { readFrontmatter, readNote } from "../../cli/noteReader";
import { makeTempVault, TempVault } from "./tempVault";

describe("a note's frontmatter is the YAML between its opening and closing --- lines", () => {
	it.each([
		["plain keys and a list", "---\ndate: 2026-11-20\ntags:\n  - interview\n---\nBody", { date: "2026-11-20", tags: ["interview"] }],
		["an offset date-time stays text (the rules convert it to the local zone)", "---\ndate: 2026-11-20T23:30:00-08:00\n---\n", { date: "2026-11-20T23:30:00-08:00" }],
		["YAML the fast reader leaves to the yaml package", "---\ninterviewer: [[People/Jane]]\ndate: 2026-11-20 # a Friday\n---\n", { interviewer: [["People/Jane"]], date: "2026-11-20" }],
		["Windows line endings", "---\r\ndate: 2026-11-20\r\n---\r\nBody", { date: "2026-11-20" }],
		["a byte-order mark before the block", "\ufeff---\ndate: 2026-11-20\n---\n", { date: "2026-11-20" }],
		["an empty block", "---\n---\nBody", {}],
		["a block of comments only", "---\n# nothing yet\n---\n", {}],
		["a block that ends the file", "---\ndate: 2026-11-20\n---", { date: "2026-11-20" }],
		["Windows line endings, the block ending with a flow list", "---\r\ndate: 2026-11-20\r\ncheck_ins: [2026-10-20, 2026-11-01]\r\n---\r\nBody", { date: "2026-11-20", check_ins: ["2026-10-20", "2026-11-01"] }],
		["Windows line endings, the block ending with a quoted value", "---\r\ncompany: \"[[Acme]]\"\r\n---\r\n", { company: "[[Acme]]" }],
		["a byte-order mark and Windows line endings", "\ufeff---\r\ntags: [interview, acme] # hand-written\r\n---\r\n", { tags: ["interview", "acme"] }],
		["block and flow lists, either quote, comments", "---\n# typed by hand\ntags:\n  - interview\nrole: 'Engineer, it''s senior'\nnext: [\"a, b\", c]\n---\n", { tags: ["interview"], role: "Engineer, it's senior", next: ["a, b", "c"] }],
		["nested maps", "---\nsource:\n  url: https://x.y/z\n  read: true\n---\n", { source: { url: "https://x.y/z", read: true } }],
	])("%s", (_case, text, frontmatter) => {
		expect(readFrontmatter(text)).toEqual({ frontmatter });
	});
});

describe("values are read with YAML 1.2's core schema, as Obsidian's cache gives them", () => {
	it.each([
		["a date stays text", "date: 2026-11-20", "2026-11-20"],
		["a date-time stays text", "date: 2026-11-20T09:30:00", "2026-11-20T09:30:00"],
		["yes is text (YAML 1.1's boolean)", "called: yes", "yes"],
		["on is text", "called: on", "on"],
		["a time of day is text (YAML 1.1's base 60)", "at: 10:30", "10:30"],
		["a leading zero is decimal (YAML 1.1's octal)", "n: 012", 12],
		["true is a boolean", "called: True", true],
		["an empty value is null", "called:", null],
		["~ is null", "called: ~", null],
		["null is null", "called: NULL", null],
		["a quoted number is text", "n: '12'", "12"],
	])("%s", (_case, line, value) => {
		const frontmatter = readFrontmatter(`---\n${line}\n---\n`).frontmatter as Record<string, unknown>;
		expect(Object.values(frontmatter)).toEqual([value]);
	});
});

describe("a note without a frontmatter block has no frontmatter", () => {
	it.each([
		["no block at all", "# Acme\n\ndate: 2026-11-20\n"],
		["an empty file", ""],
		["a horizontal rule first, never closed", "---\nSome text under a rule.\n"],
		["dashes that are not a delimiter line", "----\ndate: 2026-11-20\n----\n"],
		["a block that does not open the file", "\n---\ndate: 2026-11-20\n---\n"],
	])("%s", (_case, text) => {
		expect(readFrontmatter(text)).toEqual({ frontmatter: null });
	});
});

describe("frontmatter that cannot be read becomes a reason, never an exception", () => {
	it.each([
		["broken YAML, with the line of the note", "---\ndate: 2026-11-20\n  bad: [indent\n---\n", /^bad indentation of a mapping entry at line 3, column 6$/],
		["an unclosed quote", "---\nrole: \"Engineer\n---\n", /double quoted scalar/],
		["a list instead of key: value lines", "---\n- 2026-11-20\n- Acme\n---\n", /^it holds a list, not key: value lines$/],
		["a single value", "---\njust some words\n---\n", /^it holds a single value, not key: value lines$/],
		["a repeated key", "---\ndate: 2026-11-20\ndate: 2026-11-21\n---\n", /^duplicated mapping key at line 3, column 1$/],
	])("%s", (_case, text, reason) => {
		const reading = readFrontmatter(text);
		expect(reading.frontmatter).toBeNull();
		expect(reading.frontmatterError).toMatch(reason);
		expect(reading.frontmatterError).not.toContain("\n");
	});
});

describe("reading a note from disk", () => {
	let vault: TempVault;
	beforeEach(() => {
		vault = makeTempVault();
	});
	afterEach(() => vault.remove());

	it("reads a huge note's frontmatter", () => {
		vault.write("Interviews/Huge.md", `---\ndate: 2026-11-20\ncompany: Acme\n---\n${"All the notes I took. ".repeat(1_000_000)}`);
		expect(readNote(vault.root, "Interviews/Huge.md")).toEqual({ path: "Interviews/Huge.md", frontmatter: { date: "2026-11-20", company: "Acme" }, inlineTags: [] });
	});

	it("reads a frontmatter block longer than the first 64 KiB whole", () => {
		const learned = "x".repeat(100_000);
		vault.write("Interviews/Long.md", `---\nlearned: ${learned}\ndate: 2026-11-20\n---\nBody`);
		expect(readNote(vault.root, "Interviews/Long.md").frontmatter).toEqual({ learned, date: "2026-11-20" });
	});

	it("reads text after multi-byte characters as written", () => {
		vault.write("Interviews/Zoë.md", "---\ninterviewer: Zoë Ångström\ncompany: Société Générale\n---\n");
		expect(readNote(vault.root, "Interviews/Zoë.md").frontmatter).toEqual({ interviewer: "Zoë Ångström", company: "Société Générale" });
	});

	it.each([
		["random bytes", Buffer.from([0x00, 0xff, 0x10, 0x2d, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00])],
		["dashes then bytes that are not text", Buffer.concat([Buffer.from("---\n"), Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x0a])])],
	])("a binary file named .md has no frontmatter (%s)", (_case, bytes) => {
		vault.write("Interviews/binary.md", bytes);
		expect(readNote(vault.root, "Interviews/binary.md")).toEqual({ path: "Interviews/binary.md", frontmatter: null, inlineTags: [] });
	});

	it("a file that cannot be read is a note whose frontmatter could not be read", () => {
		expect(readNote(vault.root, "Interviews/Gone.md")).toEqual({
			path: "Interviews/Gone.md",
			frontmatter: null,
			frontmatterError: "the file could not be read: it does not exist",
		});
	});

	it("reads the tags written in the body, not those in the frontmatter or in code", () => {
		vault.write("Notes/Tagged.md", "---\ntags: [interview]\n---\n# Coffee with Priya #interview/coffee\n`#interview` and\n```\n#interview\n```\n");
		expect(readNote(vault.root, "Notes/Tagged.md").inlineTags).toEqual(["#interview/coffee"]);
	});

	it("a note without frontmatter has no frontmatter, and its inline tags", () => {
		vault.write("Notes/Plain.md", "# Just a note\n\nMet Sam #interview\n");
		expect(readNote(vault.root, "Notes/Plain.md")).toEqual({ path: "Notes/Plain.md", frontmatter: null, inlineTags: ["#interview"] });
	});
});
