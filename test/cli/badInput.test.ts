import { chmodSync, mkdirSync, symlinkSync } from "fs";
import { join } from "path";
import { readMeetingCandidate } from "../../cli/noteReader";
import { DEFAULT_SETTINGS, Problem } from "../../src/rules";
import { runCli } from "./runCli";
import { makeTempVault, note, TempVault } from "./tempVault";

// A vault as people have them: files saved on Windows, notes that cannot be read, links to nothing, a huge
// note. The agenda reads what it can, says what it could not, and never drops a meeting without a word.

let vault: TempVault;
afterEach(() => vault.remove());

function agenda() {
	const run = runCli("agenda", vault.root, "--today", "2026-11-27", "--json");
	const json = JSON.parse(run.stdout) as { items: { note: string; step: string }[]; problems: { note: string; field: string | null; message: string }[] };
	return { status: run.status, stderr: run.stderr, notes: [...new Set(json.items.map((item) => item.note))], problems: json.problems };
}

const CRLF_FLOW = "---\r\ndate: 2026-11-20\r\noutcome: well\r\ntags: [interview, acme]\r\ncheck_ins: [2026-10-20, 2026-11-01]\r\n---\r\nNotes\r\n";

describe("notes saved with Windows line endings are read whole", () => {
	it.each([
		["in the interviews folder", "Interviews/Acme.md"],
		["outside it, tagged in the frontmatter", "Daily/Acme.md"],
	])("a note whose frontmatter ends with a flow list is on the agenda (%s)", (_case, path) => {
		vault = makeTempVault({ [path]: CRLF_FLOW });
		const { notes, problems } = agenda();
		expect(problems).toEqual([]);
		expect(notes).toEqual([path]);
	});

	it("a note tagged #interview in its text, with a tag inside a code block that does not count", () => {
		vault = makeTempVault({
			"Daily/Coffee.md": "---\r\ndate: 2026-11-20\r\n---\r\nCoffee with Sam #interview\r\n",
			"Daily/Code.md": "---\r\ndate: 2026-11-20\r\n---\r\n```sh\r\necho #interview\r\n```\r\n",
		});
		expect(agenda().notes).toEqual(["Daily/Coffee.md"]);
	});
});

describe("only notes that could be meetings are read as such; every meeting is still found", () => {
	it.each([
		["tagged in a block list, in capitals", "tags:\n  - Interview/Panel"],
		["a meeting type", "type: informational"],
		["a tag spelled with a YAML escape", 'tags: "\\x69nterview"'],
		["a tag in a nested list of a flow list", "tags: [journal, interview]"],
	])("a note outside the interviews folder %s", (_case, frontmatter) => {
		vault = makeTempVault({ "Notes/Met.md": note(`date: 2026-11-20\n${frontmatter}`), "Notes/Other.md": note("date: 2026-11-20\ntags: [journal]") });
		expect(agenda().notes).toEqual(["Notes/Met.md"]);
	});
});

describe("what cannot be read is said, never a crash", () => {
	it("a folder named like a note is a folder: the notes in it are read", () => {
		vault = makeTempVault({ "Interviews/x.md/Acme.md": note("date: 2026-11-20") });
		const { status, notes } = agenda();
		expect(status).toBe(0);
		expect(notes).toEqual(["Interviews/x.md/Acme.md"]);
	});

	it("a link to nothing in the interviews folder is a warning line and a problem", () => {
		vault = makeTempVault({ "Interviews/Acme.md": note("date: 2026-11-20") });
		symlinkSync(join(vault.root, "Nowhere.md"), join(vault.root, "Interviews", "Gone.md"));
		const { status, stderr, notes, problems } = agenda();
		expect(status).toBe(0);
		expect(notes).toEqual(["Interviews/Acme.md"]);
		expect(problems.filter((problem) => problem.note === "Interviews/Gone.md")).toEqual([
			{ note: "Interviews/Gone.md", field: null, severity: "error", message: `This note could not be read: it is a link to "${join(vault.root, "Nowhere.md")}", which does not exist. Put the note back where the link points, or delete the link.` },
		]);
		expect(stderr).toEqual([`warning: skipped "Interviews/Gone.md": it is a link to "${join(vault.root, "Nowhere.md")}", which does not exist. Put the note back where the link points, or delete the link.`]);
	});

	// Root reads any file whatever its mode, and tests may run as root: then there is nothing to test.
	const asRoot = process.getuid?.() === 0;
	(asRoot ? it.skip : it)("a note that cannot be read is a problem in the interviews folder, a warning elsewhere", () => {
		vault = makeTempVault({ "Interviews/Locked.md": note("date: 2026-11-20"), "Daily/Locked.md": "Met Sam #interview\n" });
		chmodSync(join(vault.root, "Interviews", "Locked.md"), 0);
		chmodSync(join(vault.root, "Daily", "Locked.md"), 0);
		const { status, stderr, problems } = agenda();
		expect(status).toBe(0);
		expect(problems.map((problem) => [problem.note, problem.field, problem.message])).toEqual([["Interviews/Locked.md", null, "This note could not be read: permission denied. Give your user permission to read it (chmod u+r) and run the command again."]]);
		expect(stderr.sort()).toEqual([
			'warning: skipped "Daily/Locked.md": permission denied. Give your user permission to read it (chmod u+r) and run the command again. If it is a meeting note, it is missing from the agenda.',
			'warning: skipped "Interviews/Locked.md": permission denied. Give your user permission to read it (chmod u+r) and run the command again.',
		]);
	});

	it.each([
		[
			"in the interviews folder, a problem",
			"Interviews/Gone.md",
			[{ note: "Interviews/Gone.md", field: null, severity: "error", message: "This note could not be read: it was deleted while the vault was read. Run the command again; if the note was moved, it is read at its new place." }],
			['warning: skipped "Interviews/Gone.md": it was deleted while the vault was read. Run the command again; if the note was moved, it is read at its new place.'],
		],
		["elsewhere, a warning", "Daily/Gone.md", [], ['warning: skipped "Daily/Gone.md": it was deleted while the vault was read. Run the command again; if the note was moved, it is read at its new place. If it is a meeting note, it is missing from the agenda.']],
	])("a note deleted between the walk and the read is, %s (never told to fix YAML that was never read)", (_case, path, problems, warnings) => {
		vault = makeTempVault();
		const said: string[] = [];
		const found: Problem[] = [];
		const note = readMeetingCandidate(vault.root, path, DEFAULT_SETTINGS, { warn: (line) => said.push(line), problem: (problem) => found.push(problem) });
		expect(note).toBeNull();
		expect(found).toEqual(problems);
		expect(said).toEqual(warnings);
	});

	it("a link to a folder above it is not followed", () => {
		vault = makeTempVault({ "Interviews/Acme.md": note("date: 2026-11-20") });
		mkdirSync(join(vault.root, "Loop"));
		symlinkSync(join(vault.root, "Loop"), join(vault.root, "Loop", "again.md"));
		const { status, notes } = agenda();
		expect(status).toBe(0);
		expect(notes).toEqual(["Interviews/Acme.md"]);
	});

	it("frontmatter with 10,000 keys is read", () => {
		const keys = Array.from({ length: 10_000 }, (_, i) => `key_${i}: value ${i}`).join("\n");
		vault = makeTempVault({ "Interviews/Many.md": note(`date: 2026-11-20\noutcome: well\n${keys}`) });
		const { notes, problems } = agenda();
		expect(problems).toEqual([]);
		expect(notes).toEqual(["Interviews/Many.md"]);
	});

	it("a 100 MB note is read", () => {
		vault = makeTempVault({ "Interviews/Huge.md": note("date: 2026-11-20", `Met Sam #interview\n${"All the notes I took. ".repeat(4_800_000)}`) });
		const { notes } = agenda();
		expect(notes).toEqual(["Interviews/Huge.md"]);
	});
});
