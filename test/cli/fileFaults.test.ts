import { execFileSync } from "child_process";
import { symlinkSync } from "fs";
import { join } from "path";
import { runCli } from "./runCli";
import { makeTempVault, note, TempVault } from "./tempVault";

// Every Markdown file the walk finds is read or reported: a file that cannot be read as a note is a warning
// line naming it and why, and in the interviews folder also a problem on that note. The message says what
// happened and what to do, and never asks to fix YAML that was never read.

let vault: TempVault;
afterEach(() => vault.remove());

interface JsonProblem {
	note: string;
	field: string | null;
	severity: string;
	message: string;
}

function agenda() {
	const run = runCli("agenda", vault.root, "--today", "2026-11-27", "--json");
	const json = JSON.parse(run.stdout) as { items: { note: string }[]; problems: JsonProblem[] };
	return { status: run.status, stderr: run.stderr, notes: [...new Set(json.items.map((item) => item.note))], problems: json.problems };
}

const ACME = note("date: 2026-11-20\noutcome: well\ncompany: Acme");

describe("a file that is not a file", () => {
	it.each([
		["in the interviews folder: a warning line and an error on the note", "Interviews/Pipe.md", true],
		["elsewhere: a warning line", "Daily/Pipe.md", false],
	])("a named pipe (FIFO) named .md, %s", (_case, path, inside) => {
		vault = makeTempVault({ "Interviews/Acme.md": ACME, "Daily/keep.md": "" });
		execFileSync("mkfifo", [join(vault.root, path)]);
		const { status, stderr, notes, problems } = agenda();
		expect(status).toBe(0);
		expect(notes).toEqual(["Interviews/Acme.md"]);
		const what = "it is a named pipe (FIFO), not a file. Put the note in a regular file of that name, or rename it without .md.";
		expect(stderr).toEqual([`warning: skipped "${path}": ${what}${inside ? "" : " If it is a meeting note, it is missing from the agenda."}`]);
		expect(problems).toEqual(inside ? [{ note: path, field: null, severity: "error", message: `This note could not be read: ${what}` }] : []);
	});

	it("a link to a named pipe", () => {
		vault = makeTempVault({ "Interviews/Acme.md": ACME });
		execFileSync("mkfifo", [join(vault.root, "pipe")]);
		symlinkSync(join(vault.root, "pipe"), join(vault.root, "Interviews", "Linked.md"));
		const { stderr, problems } = agenda();
		expect(stderr).toEqual(['warning: skipped "Interviews/Linked.md": it is a link to a named pipe (FIFO), not a file. Put the note in a regular file of that name, or rename it without .md.']);
		expect(problems.map((problem) => [problem.note, problem.field, problem.severity])).toEqual([["Interviews/Linked.md", null, "error"]]);
	});

	it.each([
		["in the interviews folder", "Interviews/Gone.md", true],
		["elsewhere", "Daily/Gone.md", false],
	])("a link to nothing, %s, names where it points", (_case, path, inside) => {
		vault = makeTempVault({ "Interviews/Acme.md": ACME, "Daily/keep.md": "" });
		symlinkSync("../People/Sam.md", join(vault.root, path));
		const { stderr, problems } = agenda();
		const what = 'it is a link to "../People/Sam.md", which does not exist. Put the note back where the link points, or delete the link.';
		expect(stderr).toEqual([`warning: skipped "${path}": ${what}${inside ? "" : " If it is a meeting note, it is missing from the agenda."}`]);
		expect(problems).toEqual(inside ? [{ note: path, field: null, severity: "error", message: `This note could not be read: ${what}` }] : []);
	});

	it("a link that leads back to itself", () => {
		vault = makeTempVault({ "Interviews/Acme.md": ACME });
		symlinkSync("Loop.md", join(vault.root, "Interviews", "Loop.md"));
		const { stderr, problems } = agenda();
		expect(stderr).toEqual(['warning: skipped "Interviews/Loop.md": it is a link that leads back to itself. Point the link at the note, or delete it.']);
		expect(problems.map((problem) => problem.message)).toEqual(["This note could not be read: it is a link that leads back to itself. Point the link at the note, or delete it."]);
	});
});

describe("text that is not UTF-8 is read as Obsidian reads it, with a warning to save it as UTF-8", () => {
	// "Jürgen at Café Müller" saved as Latin-1 (ISO 8859-1): ü, é and ü are single bytes that UTF-8 does not allow.
	const latin1 = Buffer.from("---\ndate: 2026-11-20\noutcome: well\ninterviewer: J\xfcrgen\ncompany: Caf\xe9 M\xfcller\n---\nNotes\n", "latin1");
	const SAVE = "is not UTF-8 text: the bytes that are not UTF-8 are read as \uFFFD, as Obsidian shows them, so names and dates in it may be wrong. Save it as UTF-8 (in your text editor: save with encoding UTF-8).";

	it("a meeting note: scheduled with U+FFFD for each bad byte, a warning line, and a warning on the note", () => {
		vault = makeTempVault({ "Interviews/Latin-1.md": latin1 });
		const run = runCli("agenda", vault.root, "--today", "2026-11-27", "--json");
		const json = JSON.parse(run.stdout) as { items: { note: string; contact: string; company: string }[]; problems: JsonProblem[] };
		expect(json.items[0]).toEqual(expect.objectContaining({ note: "Interviews/Latin-1.md", contact: "J\uFFFDrgen", company: "Caf\uFFFD M\uFFFDller" }));
		expect(json.problems).toEqual([{ note: "Interviews/Latin-1.md", field: null, severity: "warning", message: `This note ${SAVE}` }]);
		expect(run.stderr).toEqual([`warning: "Interviews/Latin-1.md" ${SAVE}`]);
	});

	it("any other note: the warning line alone", () => {
		vault = makeTempVault({ "Interviews/Acme.md": ACME, "Notes/Recipe.md": Buffer.from("Cr\xe8me br\xfbl\xe9e\n", "latin1") });
		const { stderr, problems } = agenda();
		expect(problems).toEqual([]);
		expect(stderr).toEqual([`warning: "Notes/Recipe.md" ${SAVE}`]);
	});

	it("a UTF-8 note that holds the character U+FFFD itself is UTF-8: nothing is said", () => {
		vault = makeTempVault({ "Interviews/Acme.md": note("date: 2026-11-20\noutcome: well\ncompany: \uFFFD Acme") });
		const { stderr, problems, notes } = agenda();
		expect({ stderr, problems, notes }).toEqual({ stderr: [], problems: [], notes: ["Interviews/Acme.md"] });
	});
});

describe("frontmatter nested deeper than 100 levels is said so, not called YAML to fix", () => {
	/** Valid YAML: `depth` maps, one inside the other. */
	const nested = (depth: number) => `date: 2026-11-20\nnotes:\n${Array.from({ length: depth }, (_, i) => `${"  ".repeat(i + 1)}k${i}:`).join("\n")} deep`;
	const TODO = "Keep the properties to a few levels (key: value lines, lists, a map or two) so this meeting can be scheduled.";

	it.each([
		["block maps, 200 deep", nested(200)],
		["flow lists, 200 deep", `date: 2026-11-20\nnotes: ${"[".repeat(200)}${"]".repeat(200)}`],
	])("in the interviews folder: an error on frontmatter (%s)", (_case, frontmatter) => {
		vault = makeTempVault({ "Interviews/Deep.md": note(frontmatter) });
		const { stderr, problems, notes } = agenda();
		expect(notes).toEqual([]);
		expect(problems).toEqual([{ note: "Interviews/Deep.md", field: "frontmatter", severity: "error", message: `The frontmatter is nested deeper than 100 levels, more than is read. ${TODO}` }]);
		expect(problems[0].message).not.toMatch(/fix the yaml/i);
		expect(stderr).toEqual([`warning: "Interviews/Deep.md": its frontmatter is nested deeper than 100 levels, more than is read. ${TODO}`]);
	});

	it("90 levels are read as usual", () => {
		vault = makeTempVault({ "Interviews/Deep.md": note(`${nested(90)}\noutcome: well`) });
		expect(agenda()).toEqual({ status: 0, stderr: [], notes: ["Interviews/Deep.md"], problems: [] });
	});

	it("outside the interviews folder (it may be a meeting by its type): the warning line alone", () => {
		vault = makeTempVault({ "Notes/Deep.md": note(`type: coffee chat\n${nested(200)}`) });
		const { stderr, problems } = agenda();
		expect(problems).toEqual([]);
		expect(stderr).toEqual([`warning: "Notes/Deep.md": its frontmatter is nested deeper than 100 levels, more than is read. ${TODO} If it is a meeting note, it is missing from the agenda.`]);
	});
});

describe("letter on a note that is not UTF-8 says so too", () => {
	it("prints the draft, with the warning line on standard error", () => {
		vault = makeTempVault({ "Interviews/Latin-1.md": Buffer.from("---\ndate: 2026-11-20\noutcome: well\ninterviewer: J\xfcrgen\ncompany: Acme\n---\nNotes\n", "latin1") });
		const run = runCli("letter", vault.root, "Interviews/Latin-1.md", "--today", "2026-11-27");
		expect(run.status).toBe(0);
		expect(run.stdout).toContain("J\uFFFDrgen");
		expect(run.stderr).toContain('warning: "Interviews/Latin-1.md" is not UTF-8 text: the bytes that are not UTF-8 are read as \uFFFD, as Obsidian shows them, so names and dates in it may be wrong. Save it as UTF-8 (in your text editor: save with encoding UTF-8).');
	});
});
