import { mkdirSync, symlinkSync } from "fs";
import { join } from "path";
import { walkVault } from "../../cli/vaultWalker";
import { DEFAULT_SETTINGS, isInterviewNote } from "../../src/rules";
import { makeTempVault, TempVault } from "./tempVault";

let vault: TempVault;
afterEach(() => vault.remove());

function walk(): { notes: string[]; warnings: string[] } {
	const warnings: string[] = [];
	const notes = walkVault(vault.root, (line) => warnings.push(line)).sort();
	return { notes, warnings };
}

describe("the command line reads every Markdown note of the vault, and nothing else", () => {
	// As the plugin (`isInterviewNote`, Obsidian's `extension === "md"`): `Globex.MD` is no note for either.
	it("finds notes in every subfolder, as vault paths with /, and only names ending in .md lower case", () => {
		vault = makeTempVault({ "Welcome.md": "", "Interviews/2026/Acme.md": "", "Interviews/Globex.MD": "", "People/Jane Doe.md": "" });
		expect(walk()).toEqual({ notes: ["Interviews/2026/Acme.md", "People/Jane Doe.md", "Welcome.md"], warnings: [] });
	});

	// Obsidian's `TFile.extension` is the text after the last dot, as written; a note is `extension === "md"`.
	const NAMES = ["Acme.md", "Globex.MD", "Initech.Md", "Hooli.mD", "Umbrella.markdown", "Stark.md.bak", "Wayne.txt", "Soylent. Inc.md"];
	const obsidianExtension = (name: string) => name.slice(name.lastIndexOf(".") + 1);

	it("walks exactly the files the plugin counts as notes: a name ending in .md, lower case", () => {
		vault = makeTempVault(Object.fromEntries(NAMES.map((name) => [`Interviews/${name}`, "---\ndate: 2026-11-20\n---\n"])));
		const walked = walk().notes;
		const plugin = NAMES.map((name) => `Interviews/${name}`).filter((path) => isInterviewNote({ path, frontmatter: { date: "2026-11-20" } }, DEFAULT_SETTINGS));
		expect(walked).toEqual(plugin.sort());
		expect(walked).toEqual(NAMES.filter((name) => obsidianExtension(name) === "md").map((name) => `Interviews/${name}`).sort());
	});

	it.each([
		[".obsidian", ".obsidian/plugins/interview-follow-up/README.md"],
		[".trash", ".trash/Interviews/Old.md"],
		["another hidden folder (Obsidian does not index it either)", "Interviews/.drafts/Acme.md"],
		["a hidden note", "Interviews/.Acme.md"],
	])("skips %s", (_case, hidden) => {
		vault = makeTempVault({ "Interviews/Acme.md": "", [hidden]: "---\ndate: 2026-11-20\n---\n" });
		expect(walk().notes).toEqual(["Interviews/Acme.md"]);
	});

	it.each([["image.png"], ["data.json"], ["notes.txt"], ["Interviews/scan.pdf"], ["Interviews/md"], ["Interviews/.md"]])(
		"skips a file that is not a Markdown note: %s",
		(other) => {
			vault = makeTempVault({ "Interviews/Acme.md": "", [other]: "---\ndate: 2026-11-20\n---\n" });
			expect(walk().notes).toEqual(["Interviews/Acme.md"]);
		},
	);

	it("skips a folder whose name ends in .md", () => {
		vault = makeTempVault({ "Interviews/Acme.md": "" });
		mkdirSync(join(vault.root, "Interviews/Folder.md"));
		expect(walk().notes).toEqual(["Interviews/Acme.md"]);
	});

	it("follows a link to a note, but never a link to a folder (which could loop)", () => {
		vault = makeTempVault({ "Interviews/Acme.md": "" });
		symlinkSync(join(vault.root, "Interviews/Acme.md"), join(vault.root, "Interviews/Acme again.md"));
		symlinkSync(vault.root, join(vault.root, "Interviews/loop"));
		symlinkSync(join(vault.root, "nowhere.md"), join(vault.root, "Interviews/Broken link.md"));
		expect(walk()).toEqual({ notes: ["Interviews/Acme again.md", "Interviews/Acme.md"], warnings: [`warning: skipped "Interviews/Broken link.md": it is a link to "${join(vault.root, "nowhere.md")}", which does not exist. Put the note back where the link points, or delete the link. If it is a meeting note, it is missing from the agenda.`] });
	});

	it("an empty vault has no notes", () => {
		vault = makeTempVault();
		expect(walk()).toEqual({ notes: [], warnings: [] });
	});
});
