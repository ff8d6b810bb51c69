import { buildAgenda, DEFAULT_SETTINGS, FollowUpSettings, isInterviewNote, NoteSource } from "../../src/rules";
import { day } from "../builders/calendarDays";
import { interviewNote, noteAt } from "../builders/interviewNote";

const DATED = { date: "2026-11-20" };

function accepts(note: NoteSource, settings: FollowUpSettings = DEFAULT_SETTINGS): boolean {
	return isInterviewNote(note, settings);
}

describe("a note under the interviews folder is an interview note", () => {
	it.each([
		["directly in the folder", "Interviews/Acme.md"],
		["in a nested folder", "Interviews/2026/November/Acme.md"],
	])("accepts a note %s (%s)", (_, path) => {
		expect(accepts(noteAt(path, DATED))).toBe(true);
	});

	it.each([
		["outside the folder", "Notes/Acme.md"],
		["in a folder whose name only starts like it", "Interviews old/Acme.md"],
		["in a folder of the same name deeper down", "Archive/Interviews/Acme.md"],
	])("rejects an untagged note %s (%s)", (_, path) => {
		expect(accepts(noteAt(path, DATED))).toBe(false);
	});

	it("uses the folder from the settings", () => {
		const settings = { ...DEFAULT_SETTINGS, interviewsFolder: "Job hunt/Calls" };
		expect(accepts(noteAt("Job hunt/Calls/Acme.md", DATED), settings)).toBe(true);
		expect(accepts(noteAt("Interviews/Acme.md", DATED), settings)).toBe(false);
	});

	it("counts no folder when the setting is empty, only tags and type", () => {
		const settings = { ...DEFAULT_SETTINGS, interviewsFolder: "" };
		expect(accepts(noteAt("Acme.md", DATED), settings)).toBe(false);
		expect(accepts(noteAt("Acme.md", { ...DATED, type: "interview" }), settings)).toBe(true);
	});
});

describe("a note tagged interview is an interview note, wherever it lies", () => {
	it.each<[string, Record<string, unknown>]>([
		["tags as a list", { tags: ["job", "interview"] }],
		["tags as a string", { tags: "interview" }],
		["tags as a string of several tags", { tags: "job, interview" }],
		["tags as a space-separated string", { tags: "job interview" }],
		["tag (singular) as a string", { tag: "interview" }],
		["tag (singular) as a list", { tag: ["interview"] }],
		["a leading #", { tags: ["#interview"] }],
		["a leading # in a string", { tags: "#interview" }],
		["a nested tag", { tags: ["interview/round-2"] }],
		["a nested tag with # in a string", { tags: "#interview/onsite" }],
		["upper case", { tags: ["Interview"] }],
		["mixed case nested", { tags: ["#INTERVIEW/Final"] }],
	])("accepts %s", (_, frontmatter) => {
		expect(accepts(noteAt("Notes/Acme.md", { ...DATED, ...frontmatter }))).toBe(true);
	});

	it.each<[string, Record<string, unknown>]>([
		["another tag", { tags: ["job"] }],
		["a tag that only starts with interview", { tags: ["interviews"] }],
		["a tag nesting interview under another", { tags: ["job/interview"] }],
		["a tag list holding a non-text entry", { tags: [42, null] }],
		["tags that are a number", { tags: 7 }],
		["an interview key that is not tags", { topic: "interview" }],
	])("rejects %s", (_, frontmatter) => {
		expect(accepts(noteAt("Notes/Acme.md", { ...DATED, ...frontmatter }))).toBe(false);
	});
});

describe("a note of type interview is an interview note, wherever it lies", () => {
	it.each(["interview", "Interview", "INTERVIEW", " interview "])("accepts type %p", (type) => {
		expect(accepts(noteAt("Notes/Acme.md", { ...DATED, type }))).toBe(true);
	});

	it.each<unknown>(["article-share", "meeting", ["interview"], true])("rejects type %p", (type) => {
		expect(accepts(noteAt("Notes/Acme.md", { ...DATED, type }))).toBe(false);
	});
});

describe("notes in the templates and article-share folders are never interview notes", () => {
	it.each([
		["the templates folder", "Templates/Interview follow-up/interview.md"],
		["the article-share folder", "Follow-ups/Acme article.md"],
		["a subfolder of the article-share folder", "Follow-ups/2026/Acme article.md"],
	])("rejects a tagged note of type interview in %s", (_, path) => {
		expect(accepts(noteAt(path, { ...DATED, type: "interview", tags: ["interview"] }))).toBe(false);
	});

	it("rejects them even when those folders lie inside the interviews folder", () => {
		const settings = { ...DEFAULT_SETTINGS, templatesFolder: "Interviews/Templates", shareFolder: "Interviews/Shares" };
		expect(accepts(noteAt("Interviews/Templates/interview.md", DATED), settings)).toBe(false);
		expect(accepts(noteAt("Interviews/Shares/Acme.md", DATED), settings)).toBe(false);
		expect(accepts(noteAt("Interviews/Acme.md", DATED), settings)).toBe(true);
	});

	it("does not exclude a folder that only starts like the templates folder", () => {
		expect(accepts(noteAt("Templates/Interview follow-up old/Acme.md", { ...DATED, type: "interview" }))).toBe(true);
	});
});

describe("the config folder, .trash and every other hidden folder are never read", () => {
	it.each([
		// The config folder's name is the user's choice, but Obsidian requires it to start with a dot.
		".config/plugins/x/Acme.md",
		".my-config/Acme.md",
		".trash/Acme.md",
		".trash/Interviews/Acme.md",
		"Interviews/.drafts/Acme.md",
		"Interviews/.Acme.md",
	])("rejects %s, even tagged and of type interview", (path) => {
		expect(accepts(noteAt(path, { ...DATED, type: "interview", tags: ["interview"] }))).toBe(false);
	});

	it.each(["Interviews/Acme. Inc.md", "Interviews/v1.2/Acme.md"])("still reads %s, whose dots do not start a name", (path) => {
		expect(accepts(noteAt(path, DATED))).toBe(true);
	});
});

describe("only Markdown notes with frontmatter are interview notes", () => {
	// SPEC.md section 1: a note's name ends in `.md` lower case, as Obsidian's `extension === "md"`.
	it.each(["Interviews/Acme.pdf", "Interviews/Acme.canvas", "Interviews/Acme.md.bak", "Interviews/Acme", "Interviews/Acme.MD", "Interviews/Acme.Md", "Interviews/Acme.mD"])(
		"rejects the non-Markdown file %s",
		(path) => {
			expect(accepts(noteAt(path, { ...DATED, type: "interview" }))).toBe(false);
		},
	);

	it("rejects a note under the interviews folder that has no frontmatter", () => {
		expect(accepts(noteAt("Interviews/Ideas.md", null))).toBe(false);
	});

	it("yields neither steps nor problems for a note without frontmatter", () => {
		const agenda = buildAgenda([noteAt("Interviews/Ideas.md", null)], day("2026-11-27"), DEFAULT_SETTINGS);
		expect(agenda).toEqual({ today: day("2026-11-27"), items: [], problems: [] });
	});
});

describe("a note under the interviews folder whose frontmatter cannot be parsed gets an error and no steps", () => {
	const broken = interviewNote().path("Interviews/Broken.md").unparseable("bad indentation of a mapping entry (3:5)").build();

	it("is an interview note", () => {
		expect(accepts(broken)).toBe(true);
	});

	it("gets one error on field frontmatter that quotes the parser and says what to fix", () => {
		const agenda = buildAgenda([broken], day("2026-11-27"), DEFAULT_SETTINGS);
		expect(agenda.items).toEqual([]);
		expect(agenda.problems).toEqual([
			{ note: "Interviews/Broken.md", field: "frontmatter", severity: "error", message: expect.stringContaining("bad indentation of a mapping entry (3:5)") as string },
		]);
		expect(agenda.problems[0].message).toMatch(/YAML/);
	});

	it("is not read outside the interviews folder, where its tags cannot be known", () => {
		expect(accepts(interviewNote().path("Notes/Broken.md").unparseable("bad YAML").build())).toBe(false);
	});
});
