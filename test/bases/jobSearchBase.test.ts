/** @jest-environment jsdom */
import { readFileSync } from "fs";
import { join } from "path";
import { parse } from "yaml";
import type { App as ObsidianApp } from "obsidian";
import { App, Notice, type BasesConfigFile } from "../mocks/obsidian";
import { FOLLOW_UPS_VIEW_TYPE, JOB_SEARCH_BASE_FILE, jobSearchBaseText } from "../../src/bases/jobSearchBase";
import { createJobSearchBaseWithNotice } from "../../src/commands/createJobSearchBaseCommand";
import { FollowUpIndex } from "../../src/obsidian/followUpIndex";
import { DEFAULT_SETTINGS, FollowUpSettings, readSettings } from "../../src/rules";
import { EXAMPLE_VAULT, filesOf, settingsOf, SHARED_VAULT } from "./vaultFiles";

const COLUMNS = ["company", "role", "type", "date", "status", "outcome", "letter_sent", "called", "introducer_thanked", "rejection_replied", "check_ins"];

/** An in-memory vault over `files`, its live index, and the paths the base built for `settings` selects. */
function vaultWithBase(files: Record<string, string>, settings: FollowUpSettings = DEFAULT_SETTINGS) {
	const app = new App();
	app.vault.seed(files);
	const index = new FollowUpIndex(app as unknown as ObsidianApp, settings);
	void index.rebuild(); // at once: this index has no pacing of its own
	const selected = app.bases.query(jobSearchBaseText(settings, true));
	const read = app.vault.getFiles().filter((file) => index.isInterview(file.path)).map((file) => file.path).sort();
	return { app, selected, read };
}

describe("the job search base file", () => {
	const base = parse(jobSearchBaseText(DEFAULT_SETTINGS, true)) as BasesConfigFile;

	it("has a table of every meeting with company, role, kind, date, status, outcome and the done dates", () => {
		const table = base.views?.[0];
		expect(table).toMatchObject({ type: "table", name: "Meetings" });
		expect(table?.order).toEqual(["file.name", ...COLUMNS.map((key) => `note.${key}`)]);
		expect(base.properties?.type).toEqual({ displayName: "Kind" });
	});

	it("has the same table grouped by status", () => {
		expect(base.views?.[1]).toMatchObject({ type: "table", name: "By status", groupBy: { property: "note.status", direction: "ASC" } });
		expect(base.views?.[1].order).toEqual(base.views?.[0].order);
	});

	it("offers the Follow-ups view only when Obsidian took the plugin's view type", () => {
		expect(base.views?.[2]).toEqual({ type: FOLLOW_UPS_VIEW_TYPE, name: "Follow-ups" });
		const without = parse(jobSearchBaseText(DEFAULT_SETTINGS, false)) as BasesConfigFile;
		expect(without.views?.map((view) => view.type)).toEqual(["table", "table"]);
	});
});

describe("the base selects the notes the plugin reads, no more and no fewer", () => {
	it.each([
		["the example vault", EXAMPLE_VAULT],
		["the shared fixture vault (tags in text and code, broken YAML, templates, shares)", SHARED_VAULT],
	])("in %s", (_name, root) => {
		const { settings } = readSettings(settingsOf(root));
		const { selected, read } = vaultWithBase(filesOf(root), settings);
		expect(read.length).toBeGreaterThan(3);
		expect(selected).toEqual(read);
	});

	const meeting = (frontmatter: string, body = "Notes.\n") => `---\ndate: 2026-11-20\n${frontmatter}\n---\n${body}`;
	it.each([
		["a note with frontmatter under the interviews folder", "Interviews/Acme.md", meeting("company: Acme"), true],
		["a note in a subfolder of it", "Interviews/2026/Acme.md", meeting("company: Acme"), true],
		["a note tagged interview in frontmatter, elsewhere", "Journal/Acme.md", meeting("tags: [Interview]"), true],
		["a nested tag interview/tech", "Journal/Acme.md", meeting("tags: interview/tech"), true],
		["an inline #interview tag", "Journal/Acme.md", "---\ndate: 2026-11-20\n---\nMet them. #interview\n", true],
		["a meeting type spelled its own way", "Journal/Chat.md", meeting("type: ' Coffee_Chat '"), true],
		["type: Career-advice", "Journal/Sam.md", meeting("type: Career-advice"), true],
		["a type that is no meeting", "Journal/Todo.md", meeting("type: project"), false],
		["a type that is a list", "Journal/Todo.md", meeting("type: [interview]"), false],
		["a template under the templates folder", "Templates/Interview follow-up/thank-you.md", meeting("tags: interview"), false],
		["an article share", "Follow-ups/Share.md", meeting("type: interview"), false],
		["an upper-case .MD file", "Interviews/Acme.MD", meeting("company: Acme"), false],
		["a plain note", "Notes/Plain.md", "Nothing here.\n", false],
	])("%s: %s", (_name, path, text, selected) => {
		const vault = vaultWithBase({ [path]: text });
		expect(vault.selected).toEqual(selected ? [path] : []);
		expect(vault.read).toEqual(vault.selected);
	});

	it("follows the folder settings: other folders, and no interviews folder at all", () => {
		const files = { "Meetings/Acme.md": meeting("company: Acme"), "Interviews/Old.md": meeting("company: Old"), "Letters/Tagged.md": meeting("tags: interview") };
		const moved = vaultWithBase(files, { ...DEFAULT_SETTINGS, interviewsFolder: "Meetings", templatesFolder: "Letters" });
		expect(moved.selected).toEqual(["Meetings/Acme.md"]);
		expect(moved.read).toEqual(moved.selected);
		const none = vaultWithBase(files, { ...DEFAULT_SETTINGS, interviewsFolder: "", templatesFolder: "", shareFolder: "" });
		expect(none.selected).toEqual(["Letters/Tagged.md"]);
		expect(none.read).toEqual(none.selected);
	});

	it("keeps folder names with quotes as text (a YAML quote and a Bases text literal apart)", () => {
		const folder = `Job "search" '26`;
		const vault = vaultWithBase({ [`${folder}/Acme.md`]: meeting("company: Acme") }, { ...DEFAULT_SETTINGS, interviewsFolder: folder });
		expect(vault.selected).toEqual([`${folder}/Acme.md`]);
	});
});

describe('"Create job search base"', () => {
	async function run(files: Record<string, string>) {
		Notice.shown = [];
		const app = new App();
		app.vault.seed(files);
		await createJobSearchBaseWithNotice({ app: app as unknown as ObsidianApp, settings: DEFAULT_SETTINGS }, true);
		return app;
	}

	const opened = (app: App) => (app.workspace.getLeaf(false).view as unknown as { file?: { path: string } }).file?.path;

	it("writes Job search.base at the vault's root, opens it and says so", async () => {
		const app = await run({ "Interviews/Acme.md": "---\ndate: 2026-11-20\n---\n" });
		expect(app.vault.readNow(JOB_SEARCH_BASE_FILE)).toBe(jobSearchBaseText(DEFAULT_SETTINGS, true));
		expect(opened(app)).toBe(JOB_SEARCH_BASE_FILE);
		expect(Notice.shown).toEqual(["Created Job search.base: every meeting note as a table, and grouped by status."]);
	});

	it.each([["Job search.base"], ["job search.BASE"]])("never writes over an existing %s: it opens that one and says so", async (existing) => {
		const app = await run({ [existing]: "views: []\n" });
		expect(app.vault.getFiles().map((file) => file.path)).toEqual([existing]);
		expect(app.vault.readNow(existing)).toBe("views: []\n");
		expect(opened(app)).toBe(existing);
		expect(Notice.shown).toEqual([`${existing} already exists, so it was left as it is and opened. Rename or delete it to create a new one.`]);
	});

	it("made the example vault's Job search.base", () => {
		const { settings } = readSettings(settingsOf(EXAMPLE_VAULT));
		expect(readFileSync(join(EXAMPLE_VAULT, JOB_SEARCH_BASE_FILE), "utf8")).toBe(jobSearchBaseText(settings, true));
	});
});
