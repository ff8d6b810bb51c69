import matter from "gray-matter";
import { readFileSync } from "fs";
import YAML from "yaml";
import { inlineTagsOf, NoteSource } from "../rules";
import { parseSimpleYaml } from "./simpleYaml";
import { reasonOf } from "./vaultWalker";

/** What a note's text holds as frontmatter: an object, or `null` (with the reason when it could not be read). */
export type FrontmatterReading = Pick<NoteSource, "frontmatter" | "frontmatterError">;

// gray-matter's YAML engine is the `yaml` package: YAML 1.2's core schema leaves timestamps as text, as
// Obsidian's metadata cache does, so `2026-11-20T09:30:00+02:00` reaches the rules whole and is converted to
// the local zone there (gray-matter's own loader would turn it into a UTC Date first). Log level "error":
// errors throw (with "silent" they would be dropped), warnings stay off standard error. Passing options also
// turns off gray-matter's cache, which would otherwise keep every note's text in memory.
const MATTER_OPTIONS = { engines: { yaml: (text: string): object => YAML.parse(text, { logLevel: "error" }) as object } };

// A block needs its closing `---` line, as in Obsidian; otherwise a note that opens with a horizontal rule
// would be read as all frontmatter.
const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/g;

/**
 * Reads the frontmatter of a note's text. Plain `key: value` blocks go to the fast reader (`parseSimpleYaml`,
 * which agrees with `yaml` on what it accepts); any other block that opens with `---` goes to gray-matter,
 * given only the block (gray-matter copies its input into a Buffer: a huge note would cost for nothing).
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
	// Most blocks are plain `key: value` lines: the fast reader takes them without gray-matter's per-call cost.
	const simple = parseSimpleYaml(body.slice(opening[0].length, closing.index));
	if (simple !== undefined) return { frontmatter: simple };
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
	let text: string;
	try {
		text = readFileSync(`${vault}/${path}`, "utf8");
	} catch (error) {
		return { path, frontmatter: null, frontmatterError: `the file could not be read: ${reasonOf(error)}` };
	}
	const inlineTags = MAY_HOLD_TAG.test(text) ? inlineTagsOf(text.slice(bodyStart(text))) : [];
	return { path, ...readFrontmatter(text), inlineTags };
}

// The parser's first line says what and where ("… at line 2, column 7:"); the rest is a drawing of the spot.
function shortMessage(error: unknown): string {
	const message = typeof error === "object" && error !== null ? (error as { message?: unknown }).message : undefined;
	const text = typeof message === "string" ? message : String(error);
	return text.split("\n")[0].replace(/:$/, "").trim();
}
