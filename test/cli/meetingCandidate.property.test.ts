import fc from "fast-check";
import { bodyStart, readFrontmatter } from "../../cli/noteReader";
import { mayBeMeeting } from "../../cli/meetingCandidate";
import { DEFAULT_SETTINGS, FollowUpSettings, inlineTagsOf, isInterviewNote, NoteSource } from "../../src/rules";

// The command line skips the YAML of a note that cannot be a meeting (`mayBeMeeting`, a look at the raw text).
// The rule it must keep: it never drops a note that the full reading (YAML parsed, body tags read) counts as
// a meeting. Checked over generated notes that come close: tags and types spelled every way YAML allows,
// escapes, keys in other cases, the word "interview" without its "#", tags in code, folders in and out.

/** The full reading, as the rules see a note: its frontmatter parsed and its body's tags. */
function fullReading(path: string, text: string): NoteSource {
	return { path, ...readFrontmatter(text), inlineTags: inlineTagsOf(text.slice(bodyStart(text))) };
}

const tagValue = fc.constantFrom(
	"interview", "Interview", "INTERVIEW/panel", "#interview", "interview/coffee", "'interview'", '"interview"', '"\\x69nterview"', '"\\u0069nterview"', '"Int\\x65rview"',
	"interviews", "job-interview", "clippings", "journal", "daily", "", "[interview]", "interview, journal", "journal interview",
);
const typeValue = fc.constantFrom("interview", "job interview", "coffee chat", "Informational", "career_advice", "mentoring", "networking", '"\\x63offee chat"', "meeting", "note", "");
const keyLine = fc.oneof(
	fc.tuple(fc.constantFrom("tags", "tag", "Tags", '"tags"', "'tag'", '"t\\x61gs"', "aliases"), tagValue).map(([key, value]) => `${key}: ${value}`),
	fc.tuple(fc.constantFrom("tags", "tag"), fc.array(tagValue, { minLength: 1, maxLength: 3 })).map(([key, values]) => `${key}:\n${values.map((value) => `  - ${value === "" ? '""' : value}`).join("\n")}`),
	fc.tuple(fc.constantFrom("tags", "tag"), fc.array(tagValue, { maxLength: 3 })).map(([key, values]) => `${key}: [${values.filter((value) => value !== "").join(", ")}]`),
	fc.tuple(fc.constantFrom("type", "Type", '"type"', "'ty\\x70e'", '"ty\\x70e"', "kind"), typeValue).map(([key, value]) => `${key}: ${value}`),
	fc.constantFrom("date: 2026-11-20", "date: 2026-11-20T09:30", "company: Acme", "created: 2026-01-02", "source: https://example.com/interview-tips", "title: How to interview well", "cssclasses: [wide]", "rating: 3", "base: &b {type: interview}", "<<: *b"),
);
const frontmatter = fc.option(fc.array(keyLine, { maxLength: 5 }).map((lines) => lines.join("\n")), { nil: null });
const bodyLine = fc.constantFrom(
	"Met Sam today #interview", "#Interview/panel with three people", "an #INTERVIEW at noon", "talked about the interview", "Interviews went well", "#interviews are hard",
	"`#interview` in code", "```\n#interview\n```", "text#interview", "(#interview)", "# Interview notes", "nothing here", "#job #interview/coffee", "#interview", "Zoë and Jürgen",
);
const body = fc.array(bodyLine, { maxLength: 4 }).map((lines) => lines.join("\n"));
const folder = fc.constantFrom("Interviews/", "Interviews/2026/", "Notes/", "Daily/", "Clippings/", "", "Interviewsx/", "Templates/Interview follow-up/", "Follow-ups/");
const settings = fc.constantFrom<FollowUpSettings>(DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, interviewsFolder: "" }, { ...DEFAULT_SETTINGS, interviewsFolder: "Notes" });
const lineEnding = fc.constantFrom("\n", "\r\n");
const bom = fc.constantFrom("", "\uFEFF");

describe("the pre-check never drops a note the full reading counts as a meeting", () => {
	it("on generated notes", () => {
		fc.assert(
			fc.property(folder, frontmatter, body, lineEnding, bom, settings, (where, yaml, text, eol, mark, options) => {
				const path = `${where}Note.md`;
				const note = `${mark}${yaml === null ? "" : `---\n${yaml}\n---\n`}${text}\n`.replace(/\n/g, eol);
				const full = fullReading(path, note);
				if (!isInterviewNote(full, options)) return;
				expect(mayBeMeeting(path, note, bodyStart(note), options)).toBe(true);
			}),
			{ numRuns: 5_000 },
		);
	});

	it.each([
		["a tag in the body outside the folder", "Notes/a.md", "Met Sam #interview\n"],
		["a tag in capitals", "Notes/a.md", "---\ntags: [INTERVIEW]\n---\n"],
		["a tag spelled with an escape", "Notes/a.md", '---\ntags: "\\x69nterview"\n---\n'],
		["a type spelled with an escape", "Notes/a.md", '---\n"ty\\x70e": coffee chat\n---\n'],
		["a type in an anchored flow map (its key is spelled out)", "Notes/a.md", "---\nbase: &b {a: 1}\ntype: coffee chat\n---\n"],
	])("the hand-picked cases: %s", (_case, path, note) => {
		expect(isInterviewNote(fullReading(path, note), DEFAULT_SETTINGS)).toBe(true);
		expect(mayBeMeeting(path, note, bodyStart(note), DEFAULT_SETTINGS)).toBe(true);
	});

	it.each([
		["an article about interviews", "Clippings/a.md", "---\ntitle: Tips\ntags: [clippings]\n---\nHow to prepare for an interview.\n"],
		["a journal that says the word", "Daily/a.md", "Had an interview today.\n"],
	])("and skips what only talks about interviews: %s", (_case, path, note) => {
		expect(isInterviewNote(fullReading(path, note), DEFAULT_SETTINGS)).toBe(false);
		expect(mayBeMeeting(path, note, bodyStart(note), DEFAULT_SETTINGS)).toBe(false);
	});
});
