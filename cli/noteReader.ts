import { isUtf8 } from "buffer";
import { readFileSync } from "fs";
import { CORE_SCHEMA, load } from "js-yaml";
import { FollowUpSettings, inlineTagsOf, isInterviewNote, NoteSource, Problem } from "../src/rules";
import { faultProblem, faultWarning, NOT_UTF8, readFault, TOO_DEEP } from "./fileFault";
import { mayBeMeeting } from "./meetingCandidate";
import { reasonOf } from "./vaultWalker";

/** What a note's text holds as frontmatter: an object, or `null` (with the reason when it could not be read). */
export type FrontmatterReading = Pick<NoteSource, "frontmatter" | "frontmatterError">;

// The YAML is read by js-yaml 4 with YAML 1.2's core schema, which reads values as Obsidian's cache gives them:
// dates and date-times stay text (`2026-11-20T09:30:00+02:00` reaches the rules whole and is converted to the
// local zone there), `yes` and `10:30` are text, `null`, `~` and an empty value are null. `npm run bench` prints
// why not the `yaml` package: on the bench vault's frontmatter blocks it is about 12× slower for the same values.
const YAML_OPTIONS = { schema: CORE_SCHEMA };

// A block needs its closing `---` line, as in Obsidian; otherwise a note that opens with a horizontal rule
// would be read as all frontmatter.
const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/g;
// A block of nothing but blank and comment lines holds no properties.
const COMMENT_LINES = /^\s*#[^\n]+/gm;

/**
 * The data of a frontmatter block `block` (from its opening `---` through its closing line), read as gray-matter
 * 4 read it before (the tests of test/cli hold the same values): the text after the opening `---` up to the
 * first "\n---" is the YAML; a block of only blanks and comments is `{}`. Without gray-matter itself, which
 * copied every block into a Buffer, loaded a second YAML library (js-yaml 3) at start-up and cost a third of
 * the time of `agenda` on the bench's heavy mix.
 */
function blockData(block: string): unknown {
	const after = block.slice(3);
	const close = after.indexOf("\n---");
	const yaml = close === -1 ? after : after.slice(0, close);
	if (yaml.replace(COMMENT_LINES, "").trim() === "") return {};
	// A CRLF note's YAML ends with the "\r" of its last line, which js-yaml would read as part of the value.
	return load(yaml.endsWith("\r") ? yaml.slice(0, -1) : yaml, YAML_OPTIONS);
}

/**
 * Reads the frontmatter of a note's text: the block between an opening `---` line and the closing one (see
 * `blockData`). YAML that does not parse, or parses to something other than `key: value` pairs, yields
 * `frontmatter: null` with the parser's short reason, never an exception.
 */
export function readFrontmatter(text: string): FrontmatterReading {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (!body.startsWith("---")) return { frontmatter: null };
	const opening = OPENING.exec(body);
	if (!opening) return { frontmatter: null };
	CLOSING.lastIndex = opening[0].length - 1;
	const closing = CLOSING.exec(body);
	if (!closing) return { frontmatter: null };
	let data: unknown;
	try {
		data = blockData(body.slice(0, closing.index + closing[0].length));
	} catch (error) {
		return { frontmatter: null, frontmatterError: shortMessage(error) };
	}
	if (data === null || data === undefined) return { frontmatter: {} };
	if (typeof data !== "object" || Array.isArray(data) || data instanceof Date) {
		return { frontmatter: null, frontmatterError: `it holds ${Array.isArray(data) ? "a list" : "a single value"}, not key: value lines` };
	}
	return { frontmatter: data as Record<string, unknown> };
}

/** Where a note's body starts: after its frontmatter block (and a byte-order mark), or 0 when it has none. */
export function bodyStart(text: string): number {
	const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	if (!text.startsWith("---", bom)) return 0;
	const opening = OPENING.exec(text.slice(bom, bom + 8));
	if (!opening) return 0;
	CLOSING.lastIndex = bom + opening[0].length - 1;
	const closing = CLOSING.exec(text);
	return closing ? closing.index + closing[0].length : 0;
}

// Most notes never mention the tag: the body is scanned for inline tags only when it might hold one.
const MAY_HOLD_TAG = /#interview/i;

/**
 * Reads one note of the vault into what the rules need: its frontmatter, and the tags written in its body
 * (as Obsidian's cache lists them), so a note tagged `#interview` in the text is found too. Never writes,
 * never throws: a file that cannot be read becomes a note whose frontmatter could not be read, so an
 * interview note still shows up as a problem.
 */
export function readNote(vault: string, path: string): NoteSource {
	const text = readText(vault, path);
	return typeof text === "string" ? noteOfText(path, text, bodyStart(text)) : text;
}

/** Where `readMeetingCandidate` says what it could not read: lines for standard error, problems for the agenda. */
export interface ReadingReport {
	warn: (line: string) => void;
	problem: (problem: Problem) => void;
}

/**
 * Reads one note of the vault for the agenda: as `readNote`, but `null` for a note whose text shows it cannot
 * be a meeting (`mayBeMeeting`), without parsing its YAML. Every fault is said (SPEC.md section 7), never with
 * "fix the YAML" for YAML that was never read:
 * - a file that cannot be read (deleted during the walk, no permission) is a warning line, and in the interviews
 *   folder also an error on the note, which is then left out (`null`);
 * - text that is not UTF-8 is read as Obsidian reads it (U+FFFD for each bad byte), with a warning line, and
 *   a warning on the note when it is a meeting;
 * - frontmatter nested deeper than 100 levels is a warning line, and when the note is a meeting an error on
 *   `frontmatter` that says so (the note is left out).
 */
export function readMeetingCandidate(vault: string, path: string, settings: FollowUpSettings, report: ReadingReport): NoteSource | null {
	const file = `${vault}/${path}`;
	let text: string;
	try {
		text = readFileSync(file, "utf8");
	} catch (error) {
		const fault = readFault(path, error);
		const inside = inInterviewsFolder(path, settings);
		report.warn(faultWarning(fault, inside));
		if (inside) report.problem(faultProblem(fault));
		return null;
	}
	const notUtf8 = isNotUtf8(file, text);
	if (notUtf8) report.warn(notUtf8Warning(path));
	const end = bodyStart(text);
	if (!mayBeMeeting(path, text, end, settings)) return null;
	const note = noteOfText(path, text, end);
	if (note.frontmatterError !== undefined && TOO_DEEP_REASON.test(note.frontmatterError)) {
		const meeting = isInterviewNote(note, settings);
		report.warn(`warning: "${path}": ${TOO_DEEP.what}. ${TOO_DEEP.todo}${meeting ? "" : " If it is a meeting note, it is missing from the agenda."}`);
		if (!meeting) return null;
		report.problem({ note: path, field: "frontmatter", severity: "error", message: `The frontmatter is nested deeper than 100 levels, more than is read. ${TOO_DEEP.todo}` });
		return null;
	}
	if (notUtf8 && isInterviewNote(note, settings)) {
		report.problem({ note: path, field: null, severity: "warning", message: `This note ${NOT_UTF8.what}. ${NOT_UTF8.todo}` });
	}
	return note;
}

// js-yaml's reason for a block nested past its limit of 100 levels.
const TOO_DEEP_REASON = /^nesting exceeded maxDepth/;

/**
 * Whether the file read as `text` held bytes that are not UTF-8. U+FFFD is what the decoder puts for them; a
 * UTF-8 file may also hold the character itself, so only then are its bytes looked at.
 */
export function isNotUtf8(file: string, text: string): boolean {
	return text.includes("\uFFFD") && !isUtf8Bytes(file);
}

/** The warning line for a file that is not UTF-8 (read as Obsidian reads it). */
export function notUtf8Warning(path: string): string {
	return `warning: "${path}" ${NOT_UTF8.what}. ${NOT_UTF8.todo}`;
}

function isUtf8Bytes(file: string): boolean {
	try {
		return isUtf8(readFileSync(file));
	} catch {
		return true; // gone since: the text as read stands, and nothing more is said of it
	}
}

/** Whether `path` lies in the interviews folder (and not in the templates or article-share folder within it). */
export function inInterviewsFolder(path: string, settings: FollowUpSettings): boolean {
	const under = (folder: string) => folder !== "" && path.startsWith(`${folder}/`);
	return under(settings.interviewsFolder) && !under(settings.templatesFolder) && !under(settings.shareFolder);
}

/** A note's text, or (when it cannot be read) a note whose frontmatter could not be read, saying why. */
export function readText(vault: string, path: string): string | NoteSource {
	try {
		return readFileSync(`${vault}/${path}`, "utf8");
	} catch (error) {
		return { path, frontmatter: null, frontmatterError: `the file could not be read: ${reasonOf(error)}` };
	}
}

/** A note as the rules see it, from its text (`bodyFrom`: where its body starts). */
export function noteOfText(path: string, text: string, bodyFrom: number): NoteSource {
	const inlineTags = MAY_HOLD_TAG.test(text) ? inlineTagsOf(text.slice(bodyFrom)) : [];
	return { path, ...readFrontmatter(text), inlineTags };
}

// js-yaml says what (its `reason`) and where (`mark`, counted from 0; it is handed the block from the end of
// the opening "---" line, so its lines are the note's lines); its message adds a drawing of the spot.
function shortMessage(error: unknown): string {
	const { reason, mark, message } = (typeof error === "object" && error !== null ? error : {}) as { reason?: unknown; mark?: { line?: unknown; column?: unknown }; message?: unknown };
	if (typeof reason === "string" && typeof mark?.line === "number" && typeof mark.column === "number") {
		return `${reason} at line ${mark.line + 1}, column ${mark.column + 1}`;
	}
	return (typeof message === "string" ? message : String(error)).split("\n")[0].trim();
}
