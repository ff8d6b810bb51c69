// Whether a frontmatter block is valid YAML, before a write touches it (SPEC.md section 5). The rules carry no
// YAML parser (the plugin's bundle stays small, and Obsidian's own is not theirs to import), so this is a check
// that vouches only for what it reads with certainty: a mapping of keys (plain, quoted or escaped) whose values
// are scalars (plain, quoted, over several lines), block scalars, flow collections, block lists and nested
// mappings, with comments anywhere. It answers `false` for anything else: YAML that is not valid (a second
// `key:` in a value, a quote never closed, an unknown escape, a duplicate key, tabs or steps in indentation…),
// and the forms it does not read (anchors, aliases, tags, `?` keys, mappings inside list items, merge keys).
// The write then falls back (returns `null`), and the plugin asks Obsidian's own parser which of the two it was.

import { FlowParser } from "./yamlFlowParser";
import { canonicalPlainKey, decodeYamlDoubleQuoted, fail, NotReadable } from "./yamlScalars";

const BLANK = /^[ \t]*$/;
const COMMENT = /^[ \t]*#/;
const SEQUENCE_ITEM = /^-(?:[ \t]|$)/;
// A key at the start of a line, as `topLevelKeys` reads it (see frontmatterText.ts).
const KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|((?:[^\s#'"?:,[\]{}&*!|>%@`-]|[-?:](?=\S))#*(?:[^\s:#]#*|[ \t]|:(?=\S))*?))[ \t]*:(?=[ \t]|$)/;
const BLOCK_HEADER = /^[|>](?:([1-9])[-+]?|[-+]([1-9])?)?(?:[ \t]+#.*)?[ \t]*$/;

/** The number of spaces a line starts with; fails when a tab comes before its text (YAML indents with spaces only). */
function indentOf(line: string): number {
	let n = 0;
	while (line.charCodeAt(n) === 32) n++;
	if (line.charCodeAt(n) === 9 && !BLANK.test(line)) fail();
	return n;
}

const isQuiet = (line: string) => BLANK.test(line) || COMMENT.test(line);

/** Whether frontmatter lines (without the `---` lines) are a YAML mapping this check vouches for (see above). */
export function isCheckedYamlMapping(lines: readonly string[]): boolean {
	try {
		// A tab where indentation goes, even on a blank line: readers reject some of these, so none is vouched for.
		if (lines.some((line) => /^ *\t/.test(line))) return false;
		const first = lines.findIndex((line) => !isQuiet(line));
		if (first < 0) return true;
		checkMapping(lines, first, lines.length, indentOf(lines[first]) === 0 ? 0 : fail());
		return true;
	} catch (error) {
		if (error instanceof NotReadable) return false;
		throw error;
	}
}

/** The key of a mapping line's text from `at`, and where its value starts (just after the colon). */
function readKey(line: string, at: number): { key: string; valueFrom: number } {
	const match = KEY.exec(line.slice(at));
	if (!match) fail();
	let key: string;
	if (match[1] !== undefined) key = decodeYamlDoubleQuoted(match[1]) ?? fail();
	else if (match[2] !== undefined) key = match[2].replace(/''/g, "'");
	else key = canonicalPlainKey(match[3].trim());
	if (key === "<<") fail();
	return { key, valueFrom: at + match[0].length };
}

/** Where the lines of an entry starting at `line` (a key or a list item at `indent`) end. */
function entryEnd(lines: readonly string[], line: number, to: number, indent: number, isMappingEntry: boolean): number {
	for (let j = line + 1; j < to; j++) {
		const text = lines[j];
		if (isQuiet(text)) continue;
		const at = indentOf(text);
		if (at < indent) return j;
		// A block list may sit at its key's own indent: its items belong to the key.
		if (at === indent && !(isMappingEntry && SEQUENCE_ITEM.test(text.slice(at)))) return j;
	}
	return to;
}

function checkMapping(lines: readonly string[], from: number, to: number, indent: number): void {
	const keys = new Set<string>();
	let i = from;
	while (i < to) {
		const text = lines[i];
		if (isQuiet(text)) {
			i++;
			continue;
		}
		if (indentOf(text) !== indent) fail();
		const { key, valueFrom } = readKey(text, indent);
		if (keys.has(key)) fail();
		keys.add(key);
		const end = entryEnd(lines, i, to, indent, true);
		checkValue(lines, i, valueFrom, end, indent, true);
		i = end;
	}
}

function checkSequence(lines: readonly string[], from: number, to: number, indent: number): void {
	let i = from;
	while (i < to) {
		const text = lines[i];
		if (isQuiet(text)) {
			i++;
			continue;
		}
		if (indentOf(text) !== indent || !SEQUENCE_ITEM.test(text.slice(indent))) fail();
		const end = entryEnd(lines, i, to, indent, false);
		const valueFrom = indent + 1;
		const rest = text.slice(valueFrom).trimStart();
		// `- key: value` (a mapping inside a list item) and `- - x` are forms this check does not read.
		if (KEY.test(rest) || SEQUENCE_ITEM.test(rest)) fail();
		checkValue(lines, i, valueFrom, end, indent, false);
		i = end;
	}
}

/** Lines `from` to `to` hold nothing but blank lines and comments. */
function checkQuiet(lines: readonly string[], from: number, to: number): void {
	for (let j = from; j < to; j++) if (!isQuiet(lines[j])) fail();
}

/** The value at `lines[line]` from column `col`, with its further lines up to `end`, of a node at `indent`. */
function checkValue(lines: readonly string[], line: number, col: number, end: number, indent: number, inMapping: boolean): void {
	const text = lines[line];
	let start = col;
	while (text[start] === " " || text[start] === "\t") start++;
	if (start === text.length || (text[start] === "#" && start > col)) {
		checkBlockNode(lines, line + 1, end, indent, inMapping);
		return;
	}
	const first = text[start];
	if (first === "|" || first === ">") checkBlockScalar(lines, line, start, end, indent);
	else if (first === "[" || first === "{" || first === '"' || first === "'") checkFlow(lines, line, start, end, indent);
	else checkPlain(lines, line, start, end, indent);
}

/** The value on the lines below a key or dash with nothing after it: none, a list, or a nested mapping. */
function checkBlockNode(lines: readonly string[], from: number, end: number, indent: number, inMapping: boolean): void {
	let first = from;
	while (first < end && isQuiet(lines[first])) first++;
	if (first === end) return;
	const at = indentOf(lines[first]);
	if (SEQUENCE_ITEM.test(lines[first].slice(at))) {
		if (at < indent || (at === indent && !inMapping)) fail();
		checkSequence(lines, first, end, at);
	} else {
		if (at <= indent) fail();
		checkMapping(lines, first, end, at);
	}
}

function checkBlockScalar(lines: readonly string[], line: number, start: number, end: number, indent: number): void {
	const header = BLOCK_HEADER.exec(lines[line].slice(start));
	if (!header) fail();
	const explicit = header[1] ?? header[2];
	let contentIndent = explicit === undefined ? -1 : indent + Number(explicit);
	let blankIndent = 0;
	let j = line + 1;
	for (; j < end; j++) {
		const text = lines[j];
		// A tab where the indentation is, even on a blank line: readers differ, so it is not vouched for.
		if (/^ *\t/.test(text)) fail();
		if (/^ *$/.test(text)) {
			blankIndent = Math.max(blankIndent, text.length);
			continue;
		}
		const at = indentOf(text);
		if (contentIndent < 0) {
			if (at <= indent) break;
			// Leading blank lines may not be more indented than the first line of text.
			if (blankIndent > at) fail();
			contentIndent = at;
		}
		if (at >= contentIndent) continue;
		if (at <= indent) break;
		fail();
	}
	checkQuiet(lines, j, end);
}

/** A plain scalar, maybe over several lines: no `: ` in it, and nothing after a comment. */
function checkPlain(lines: readonly string[], line: number, start: number, end: number, indent: number): void {
	const text = lines[line];
	if (/^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?:[ \t]|$))/.test(text.slice(start))) fail();
	let commented = plainLineEnds(text.slice(start));
	for (let j = line + 1; j < end; j++) {
		const next = lines[j];
		if (BLANK.test(next)) continue;
		if (COMMENT.test(next)) {
			commented = true;
			continue;
		}
		const at = indentOf(next);
		if (commented || at <= indent) fail();
		if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(next.slice(at))) fail();
		commented = plainLineEnds(next.slice(at));
	}
}

/** Checks one line of a plain scalar; returns whether a comment ends it. */
function plainLineEnds(text: string): boolean {
	const comment = /[ \t]#/.exec(text);
	const content = comment ? text.slice(0, comment.index) : text;
	if (/:(?:[ \t]|$)/.test(content)) fail();
	return comment !== null;
}

/**
 * A flow collection or a quoted scalar, maybe over several lines (each further line indented past `indent`);
 * after it, only blank lines and comments.
 */
function checkFlow(lines: readonly string[], line: number, start: number, end: number, indent: number): void {
	const joined = [lines[line].slice(start), ...lines.slice(line + 1, end)].join("\n");
	const parser = new FlowParser(joined);
	const closedOn = line + (joined.slice(0, parser.top()).match(/\n/g)?.length ?? 0);
	for (let j = line + 1; j <= closedOn; j++) if (!BLANK.test(lines[j]) && indentOf(lines[j]) <= indent) fail();
	parser.rest();
}
