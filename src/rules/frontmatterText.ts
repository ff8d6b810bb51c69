import { decodeYamlDoubleQuoted } from "./yamlScalars";
// The layout of a note's frontmatter as text, for writes that change only their own lines (SPEC.md section 5).
// This is not a YAML parser. It finds the top-level keys (in valid YAML they are the only lines at column 0
// besides comments and the items of a list under a key) and reads one value when it sits on one line in a
// simple form. Whatever it cannot read with certainty it answers with `null`, so the caller falls back to
// Obsidian's own frontmatter writer.

/** One line without its ending, and that ending ("\n", "\r\n", or "" for a file's last line). */
export interface TextLine {
	text: string;
	eol: string;
}

/** A note split around its frontmatter: `bom`, `open`, `lines`, `close` and `body` joined are the note. */
export interface FrontmatterLayout {
	kind: "frontmatter";
	bom: string;
	open: TextLine;
	/** The lines between the opening and the closing `---`. */
	lines: TextLine[];
	close: TextLine;
	body: string;
}

/** A note without frontmatter: `bom` then `body`, and the line ending the note uses. */
export interface NoFrontmatter {
	kind: "none";
	bom: string;
	body: string;
	eol: string;
}

/** A key at column 0 of the frontmatter, with the lines its value may take. */
export interface TopLevelKey {
	key: string;
	/** Index in the frontmatter's lines of the key's own line. */
	line: number;
	/** Where the value starts in that line: just after the colon. */
	valueFrom: number;
	/** Index of the next top-level key's line (or the number of lines): the key's lines end before it. */
	end: number;
}

/** A scalar written on one line: plain (`2026-10-01`) or quoted (`"2026-10-01"`, `'x'`). */
export interface InlineScalar {
	form: "scalar";
	/** The value as YAML reads it, as text (`~` stays `~`: callers that care test for it). */
	value: string;
	quote: "" | "'" | '"';
	/** Where its text starts and ends in the line. */
	start: number;
	end: number;
}

/** A flow list of scalars on one line (`[a, "b"]`). */
export interface InlineList {
	form: "list";
	items: InlineScalar[];
	/** Where its text (brackets included) starts and ends in the line. */
	start: number;
	end: number;
	/** `[a, b, ]`: valid YAML, but no place to put one more item without changing the comma's meaning. */
	trailingComma: boolean;
}

/** A value on one line: nothing (maybe a comment), a scalar, or a flow list of scalars. */
export type InlineValue = { form: "empty" } | InlineScalar | InlineList;

const BOM = "\uFEFF";
/** A line that opens or closes the frontmatter block. */
const FENCE = /^---[ \t]*$/;

/** Splits text into lines, each with its own ending. */
function splitLines(text: string): TextLine[] {
	return (text.match(/[^\n]*\n|[^\n]+$/g) ?? []).map((line) =>
		line.endsWith("\r\n") ? { text: line.slice(0, -2), eol: "\r\n" } : line.endsWith("\n") ? { text: line.slice(0, -1), eol: "\n" } : { text: line, eol: "" },
	);
}

/** The text of lines, endings included. */
export function joinLines(lines: readonly TextLine[]): string {
	return lines.map((line) => line.text + line.eol).join("");
}

/**
 * Splits a note as Obsidian reads it: frontmatter when the first line is `---` and a later line is `---`
 * (spaces or tabs after either allowed: `--- ` opens the block the reader sees, and a write goes inside it).
 * `null` when the note opens a frontmatter and never closes it.
 */
export function readLayout(note: string): FrontmatterLayout | NoFrontmatter | null {
	const bom = note.startsWith(BOM) ? BOM : "";
	const text = note.slice(bom.length);
	const firstBreak = text.indexOf("\n");
	const open = splitLines(text.slice(0, firstBreak + 1))[0] ?? { text, eol: "" };
	if (!FENCE.test(open.text) || open.eol === "") return { kind: "none", bom, body: text, eol: open.eol || "\n" };
	const lines: TextLine[] = [];
	let at = firstBreak + 1;
	while (at < text.length) {
		const lineBreak = text.indexOf("\n", at);
		const next = lineBreak < 0 ? text.length : lineBreak + 1;
		const line = splitLines(text.slice(at, next))[0];
		if (FENCE.test(line.text)) return { kind: "frontmatter", bom, open, lines, close: line, body: text.slice(next) };
		lines.push(line);
		at = next;
	}
	return null;
}

/**
 * The YAML text of a note's frontmatter block, as the reader sees it (between the `---` lines, without the
 * final line break); `null` when the note has no closed block.
 */
export function frontmatterSource(note: string): string | null {
	const layout = readLayout(note);
	if (layout === null || layout.kind === "none") return null;
	return layout.lines.map((line) => line.text).join("\n");
}

// A key at column 0: double-quoted, single-quoted or plain (a plain key may hold `:` or `#` not read as
// YAML's separators), then a colon followed by a space or the line's end.
const KEY_LINE = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|((?:[^\s#'"?:,[\]{}&*!|>%@`-]|[-?:](?=\S))#*(?:[^\s:#]#*|[ \t]|:(?=\S))*?))[ \t]*:(?=[ \t]|$)/;
const LIST_ITEM = /^([ \t]*-)(?:[ \t]+|$)/;
const PROPERTY = /^[&!]\S*[ \t]+/;

/**
 * The keys at column 0 of frontmatter lines, in order. `null` when a line at column 0 is none of a key, a
 * comment or a list item under a key (the frontmatter is not a plain mapping: an indented one, a top-level
 * list, `? ` keys, anchors on keys…), when a quoted or bracketed value never closes, or when a merge key
 * (`<<: *base`) brings in keys that have no line of their own.
 */
export function topLevelKeys(lines: readonly TextLine[]): TopLevelKey[] | null {
	const keys: TopLevelKey[] = [];
	for (let i = 0; i < lines.length; i++) {
		const text = lines[i].text;
		if (text.trim() === "" || text.startsWith("#")) continue;
		if (/^\s/.test(text)) {
			if (keys.length === 0) return null;
			continue;
		}
		const item = LIST_ITEM.exec(text);
		const key = item ? null : KEY_LINE.exec(text);
		if (item && keys.length === 0) return null;
		if (!item && !key) return null;
		if (key) {
			if (keys.length > 0) keys[keys.length - 1].end = i;
			keys.push({ key: keyName(key), line: i, valueFrom: key[0].length, end: lines.length });
		}
		// A value that opens a quote or a bracket may continue on later lines: none of them is a key.
		const end = endOfValue(lines, i, item ? item[0].length : key![0].length);
		if (end === null) return null;
		i = end;
	}
	return keys.some((entry) => entry.key === "<<") ? null : keys;
}

function keyName(match: RegExpExecArray): string {
	if (match[1] !== undefined) return decodeDoubleQuoted(match[1]);
	if (match[2] !== undefined) return match[2].replace(/''/g, "'");
	return match[3].trim();
}

/** A double-quoted key or value with YAML's escapes read (`"st\x61tus"` is `status`); an invalid one as written. */
function decodeDoubleQuoted(inner: string): string {
	return decodeYamlDoubleQuoted(inner) ?? inner;
}

/** The last line of a value starting at `lines[line]`, column `from`: later when it opens a quote or bracket. */
function endOfValue(lines: readonly TextLine[], line: number, from: number): number | null {
	let rest = lines[line].text.slice(from).trimStart();
	for (let property = PROPERTY.exec(rest); property; property = PROPERTY.exec(rest)) rest = rest.slice(property[0].length);
	if (!/^["'[{]/.test(rest)) return line;
	return endOfFlowOrQuoted(lines, line, lines[line].text.length - rest.length);
}

/** The line where the quoted scalar or flow collection opening at `lines[line][col]` closes, if it does. */
function endOfFlowOrQuoted(lines: readonly TextLine[], line: number, col: number): number | null {
	let depth = 0;
	let quote = "";
	let nodeStart = true;
	for (let l = line; l < lines.length; l++) {
		const text = lines[l].text;
		for (let c = l === line ? col : 0; c < text.length; c++) {
			const ch = text[c];
			if (quote === '"') {
				if (ch === "\\") c++;
				else if (ch === '"') quote = "";
				if (quote === "" && depth === 0) return l;
				continue;
			}
			if (quote === "'") {
				if (ch === "'" && text[c + 1] === "'") c++;
				else if (ch === "'") quote = "";
				if (quote === "" && depth === 0) return l;
				continue;
			}
			if (ch === "#" && (c === 0 || /\s/.test(text[c - 1]))) break; // a comment, to the end of the line
			if ((ch === '"' || ch === "'") && nodeStart) quote = ch;
			else if (ch === "[" || ch === "{") depth++;
			else if (ch === "]" || ch === "}") {
				depth--;
				if (depth === 0) return l;
			}
			if (ch !== " " && ch !== "\t") nodeStart = "[{,:".includes(ch);
		}
	}
	return null;
}

/**
 * Reads the value of line `text` from column `from` (just after a key's colon or a list item's dash) when it
 * is one of the simple forms on one line; `null` for any other form: a block scalar (`|`, `>`), an anchor,
 * alias or tag (`&a`, `*a`, `!!str`), a flow mapping, a nested list, a quote or bracket left open, or text
 * YAML would not read as one plain scalar.
 */
export function readInlineValue(text: string, from: number): InlineValue | null {
	const start = afterSpaces(text, from);
	if (start === text.length || text[start] === "#") return { form: "empty" };
	const value = text[start] === "[" ? readFlowList(text, start) : readScalar(text, start, false);
	if (!value) return null;
	return /^(?:[ \t]+#.*|[ \t]*)$/.test(text.slice(value.end)) ? value : null;
}

function afterSpaces(text: string, at: number): number {
	while (text[at] === " " || text[at] === "\t") at++;
	return at;
}

function readFlowList(text: string, start: number): InlineList | null {
	const items: InlineScalar[] = [];
	let at = start + 1;
	let trailingComma = false;
	for (;;) {
		at = afterSpaces(text, at);
		if (text[at] === "]") return { form: "list", items, start, end: at + 1, trailingComma };
		if (trailingComma) return null;
		if (items.length > 0) {
			if (text[at] !== ",") return null;
			at = afterSpaces(text, at + 1);
			if (text[at] === "]") {
				trailingComma = true;
				continue;
			}
		}
		const item = readScalar(text, at, true);
		if (!item) return null;
		items.push(item);
		at = item.end;
	}
}

function readScalar(text: string, start: number, inFlow: boolean): InlineScalar | null {
	const first = text[start];
	if (first === '"' || first === "'") {
		const quoted = (first === '"' ? /^"((?:[^"\\]|\\.)*)"/ : /^'((?:[^']|'')*)'/).exec(text.slice(start));
		if (!quoted) return null;
		const value = first === '"' ? decodeDoubleQuoted(quoted[1]) : quoted[1].replace(/''/g, "'");
		return { form: "scalar", value, quote: first, start, end: start + quoted[0].length };
	}
	if (first === undefined || "|>&*!{[]},%@`#".includes(first) || /^[-?:](?:\s|$)/.test(text.slice(start))) return null;
	// A plain scalar runs to a comment (` #`) or the line's end; in a flow list, to a comma or `]`.
	const run = (inFlow ? /^(?:[^\s#,[\]{}]#*|[ \t])*/ : /^(?:[^\s#]#*|[ \t])*/).exec(text.slice(start))![0];
	const raw = run.trimEnd();
	if (raw === "" || /:(?:\s|$)/.test(raw)) return null; // `a: b` on one line is a mapping, not a scalar
	return { form: "scalar", value: raw, quote: "", start, end: start + raw.length };
}
