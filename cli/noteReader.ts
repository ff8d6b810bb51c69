import matter from "gray-matter";
import { readFileSync } from "fs";
import { CORE_SCHEMA, load } from "js-yaml";
import { FollowUpSettings, inlineTagsOf, NoteSource } from "../src/rules";
import { mayBeMeeting } from "./meetingCandidate";
import { reasonOf } from "./vaultWalker";

/** What a note's text holds as frontmatter: an object, or `null` (with the reason when it could not be read). */
export type FrontmatterReading = Pick<NoteSource, "frontmatter" | "frontmatterError">;

// gray-matter's YAML engine is js-yaml 4 with YAML 1.2's core schema, which reads values as Obsidian's cache
// gives them: dates and date-times stay text (`2026-11-20T09:30:00+02:00` reaches the rules whole and is
// converted to the local zone there), `yes` and `10:30` are text, `null`, `~` and an empty value are null.
// gray-matter's own engine (js-yaml 3, default schema) would turn dates into UTC Dates and `10:30` into 630.
// `npm run bench` prints why not the `yaml` package: on the bench vault's frontmatter blocks it is about
// 12× slower than js-yaml 4 for the same values (and rejects the `\r` that ends a CRLF block, see below).
// Passing options also turns off gray-matter's cache, which would otherwise keep every note's text in memory.
const MATTER_OPTIONS = { engines: { yaml: (text: string): object => load(withoutFinalReturn(text), { schema: CORE_SCHEMA }) as object } };

// gray-matter cuts the block at "\n---", so a CRLF note's block ends with the "\r" of its last line.
function withoutFinalReturn(text: string): string {
	return text.endsWith("\r") ? text.slice(0, -1) : text;
}

// A block needs its closing `---` line, as in Obsidian; otherwise a note that opens with a horizontal rule
// would be read as all frontmatter.
const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/g;

/**
 * Reads the frontmatter of a note's text: a block that opens with `---` goes to gray-matter, given only the
 * block (gray-matter copies its input into a Buffer: a huge note would cost for nothing). A hand-written reader
 * for plain blocks used to come first; once js-yaml replaced the `yaml` package it gained nothing measurable
 * on the bench (agenda on 10,000 and 50,000 notes: within 2 % either way), so it went.
 * YAML that does not parse, or parses to something other than `key: value` pairs, yields `frontmatter: null`
 * with the parser's short reason, never an exception.
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
		data = matter(body.slice(0, closing.index + closing[0].length), MATTER_OPTIONS).data;
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

/**
 * Reads one note of the vault for the agenda: as `readNote`, but `null` for a note whose text shows it cannot
 * be a meeting (`mayBeMeeting`), without parsing its YAML. A file that cannot be read is returned as a
 * problem when it lies in the interviews folder; elsewhere it is said through `warn` (it may be a meeting
 * tagged in its text) and skipped.
 */
export function readMeetingCandidate(vault: string, path: string, settings: FollowUpSettings, warn: (line: string) => void): NoteSource | null {
	const text = readText(vault, path);
	if (typeof text !== "string") {
		if (mayBeMeeting(path, "", 0, settings)) return text;
		warn(`warning: skipped "${path}": ${text.frontmatterError ?? "it could not be read"}; if it is a meeting note, it is missing from the agenda.`);
		return null;
	}
	const end = bodyStart(text);
	return mayBeMeeting(path, text, end, settings) ? noteOfText(path, text, end) : null;
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

// js-yaml says what (its `reason`) and where (`mark`, counted from 0; gray-matter hands it the block from the
// end of the opening "---" line, so its lines are the note's lines); its message adds a drawing of the spot.
function shortMessage(error: unknown): string {
	const { reason, mark, message } = (typeof error === "object" && error !== null ? error : {}) as { reason?: unknown; mark?: { line?: unknown; column?: unknown }; message?: unknown };
	if (typeof reason === "string" && typeof mark?.line === "number" && typeof mark.column === "number") {
		return `${reason} at line ${mark.line + 1}, column ${mark.column + 1}`;
	}
	return (typeof message === "string" ? message : String(error)).split("\n")[0].trim();
}
