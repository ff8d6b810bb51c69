/**
 * A fast reader for the YAML most frontmatter is written in: `key: value` lines at the left margin, and
 * `- item` lists under a key, with plain, 'single-' or "double-quoted" values on one line each.
 *
 * Why: the `yaml` package is exact but costly per document, and a big vault has tens of thousands of
 * frontmatter blocks. This reader answers only when it is sure to agree with `YAML.parse` (YAML 1.2 core
 * schema: text, numbers, true/false, null); for anything else — nesting, flow lists, block text, escapes,
 * comments after values, anchors, tabs, a repeated key — it returns `undefined` and the caller asks `yaml`.
 * A property test holds it to that agreement.
 */
export function parseSimpleYaml(block: string): Record<string, unknown> | undefined {
	const result: Record<string, unknown> = {};
	const lines = block.split("\n");
	let listKey: string | null = null;
	let listIndent = -1;
	for (let index = 0; index < lines.length; index++) {
		let line = lines[index];
		// "\r\n" is a line break; a lone "\r" is not one for YAML, so it stays and is refused below.
		if (line.endsWith("\r") && index < lines.length - 1) line = line.slice(0, -1);
		if (UNUSUAL.test(line)) return undefined;
		const content = trimSpaces(line, true, false);
		if (content === "" || content.startsWith("#")) continue;
		const indent = line.length - content.length;
		if (listKey !== null && (content === "-" || content.startsWith("- "))) {
			// Items of one list share one indent, which may be 0 ("tags:\n- a").
			if (listIndent === -1) listIndent = indent;
			else if (indent !== listIndent) return undefined;
			const item = content === "-" ? null : scalarOf(trimSpaces(content.slice(2), true, true));
			if (item === undefined) return undefined;
			(result[listKey] as unknown[]).push(item);
			continue;
		}
		if (indent !== 0) return undefined;
		if (listKey !== null && (result[listKey] as unknown[]).length === 0) result[listKey] = null;
		listKey = null;
		const colon = line.indexOf(":");
		if (colon === -1) return undefined;
		const key = line.slice(0, colon);
		if (!isPlainKey(key) || Object.prototype.hasOwnProperty.call(result, key)) return undefined;
		const rest = line.slice(colon + 1);
		const value = trimSpaces(rest, true, true);
		if (value === "") {
			// A key alone: null, or the head of a list on the following lines.
			result[key] = [];
			listKey = key;
			listIndent = -1;
			continue;
		}
		if (rest[0] !== " ") return undefined;
		const scalar = scalarOf(value);
		if (scalar === undefined) return undefined;
		result[key] = scalar;
	}
	if (listKey !== null && (result[listKey] as unknown[]).length === 0) result[listKey] = null;
	return result;
}

// Tabs, control characters, byte-order marks and unusual line breaks: left to the exact parser.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this must find
const UNUSUAL = /[\u0000-\u001f\u007f-\u009f\ufeff\u2028\u2029]/;

// Only the space counts here: JavaScript's trim() also strips characters YAML keeps (no-break space…).
function trimSpaces(text: string, start: boolean, end: boolean): string {
	let from = 0;
	let to = text.length;
	if (start) while (from < to && text.charCodeAt(from) === 32) from++;
	if (end) while (to > from && text.charCodeAt(to - 1) === 32) to--;
	return text.slice(from, to);
}

const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const SPECIAL_KEYS = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;

function isPlainKey(key: string): boolean {
	return KEY.test(key) && !SPECIAL_KEYS.test(key);
}

const DOUBLE_QUOTED = /^"([^"\\]*)"$/;
const SINGLE_QUOTED = /^'((?:[^']|'')*)'$/;
// Characters that open something other than plain text in YAML (lists, maps, anchors, tags, block text…).
const INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INTEGER = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;

/** One value on one line, as YAML 1.2's core schema reads it; `undefined` when not sure. */
function scalarOf(text: string): unknown {
	if (text === "") return null;
	const first = text[0];
	if (first === '"') {
		const match = DOUBLE_QUOTED.exec(text);
		return match ? match[1] : undefined;
	}
	if (first === "'") {
		const match = SINGLE_QUOTED.exec(text);
		return match ? match[1].replace(/''/g, "'") : undefined;
	}
	if (INDICATORS.includes(first)) return undefined;
	// ": " would start a nested map, " #" a comment; a final ":" is a map too.
	if (text.includes(": ") || text.includes(" #") || text.endsWith(":")) return undefined;
	if (NULL.test(text)) return null;
	if (BOOLEAN.test(text)) return first === "t" || first === "T";
	if (INTEGER.test(text)) return parseInt(text, 10);
	if (OCTAL.test(text)) return parseInt(text.slice(2), 8);
	if (HEX.test(text)) return parseInt(text.slice(2), 16);
	if (FLOAT.test(text) || FLOAT_EXP.test(text)) return parseFloat(text);
	if (/^[-+]?\./.test(text)) return undefined; // .inf, -.inf, .nan and friends
	return text;
}
