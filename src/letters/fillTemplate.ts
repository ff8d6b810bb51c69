import { headingKey } from "./noteSections";
import { resolveBlocks } from "./templateBlocks";

/** The values a template's placeholders are filled with, by placeholder name (`company`, `my_name`, …). */
export type TemplateValues = Readonly<Record<string, string>>;

// `{{key}}`, allowing spaces inside the braces as people type them (`{{ company }}`), and `{{section:Any heading}}`.
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_-]+|section:[^{}\n]+?)\s*\}\}/g;

/**
 * The key under which `{{section:Heading}}` finds a body section: `section:` and the heading compared as the
 * headings table compares them (see `headingKey`), so `{{section:What I learned}}` finds "## what i learned:".
 */
export function sectionKey(heading: string): string {
	return `section:${headingKey(heading)}`;
}

/**
 * Fills `{{key}}` placeholders with their values, in one pass over the template: a value is inserted as
 * plain text and never read again, so a value that itself contains `{{…}}` stays as written. A placeholder
 * without a value (or with an empty one) stays visible as written, so the user sees what is left to fill.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
	return fillPlaceholders(resolveTemplateBlocks(template, values), values);
}

/** The template with its `{{#key}}…{{/key}}` and `{{^key}}…{{/key}}` blocks kept or dropped by `values` (see `resolveBlocks`). */
export function resolveTemplateBlocks(template: string, values: TemplateValues): string {
	return resolveBlocks(template, (key) => valueOf(values, key) !== null);
}

/** Fills the `{{key}}` placeholders of a template whose blocks are resolved already. */
export function fillPlaceholders(template: string, values: TemplateValues): string {
	return template.replace(PLACEHOLDER, (placeholder: string, key: string) => valueOf(values, key) ?? placeholder);
}

/** Whether `values` holds a value for the key of a placeholder or block (`learned`, `section:What I learned`). */
export function hasTemplateValue(values: TemplateValues, key: string): boolean {
	return valueOf(values, key) !== null;
}

/** The placeholders of a template as written (`{{company}}`, `{{section:Proposal}}`), in order, each once. */
export function placeholdersOf(template: string): string[] {
	return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (match) => match[0]))];
}

// Own keys only, so a template's `{{constructor}}` is not filled from the object's prototype.
function valueOf(values: TemplateValues, placeholder: string): string | null {
	const key = placeholder.startsWith("section:") ? sectionKey(placeholder.slice("section:".length)) : placeholder;
	const value = Object.prototype.hasOwnProperty.call(values, key) ? values[key] : undefined;
	return value === undefined || value === "" ? null : value;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;
// A `key: value` line or a list entry `- value`: the part before the value, and the value.
const VALUE_LINE = /^(\s*(?:[^\s:#'"-][^:#]*:|-)\s+)(.*?)\s*$/;
const WHOLE_PLACEHOLDER = /^\{\{\s*([A-Za-z0-9_-]+)\s*\}\}$/;

/**
 * Fills a template for a new note (`interview.md`): the body as `fillTemplate` does, and the frontmatter so
 * that it stays valid YAML whatever the values hold. A value with placeholders is written as a YAML scalar
 * (quoted when needed; inside quotes the template already has, escaped for them), and a placeholder without
 * a value becomes empty there: an unfilled `{{key}}` would be read as a YAML mapping and break the note.
 */
export function fillNoteTemplate(template: string, values: TemplateValues): string {
	const match = FRONTMATTER.exec(template);
	if (!match) return fillTemplate(template, values);
	const yaml = (match[1] ?? "").split("\n").map((line) => fillFrontmatterLine(line.replace(/\r$/, ""), values));
	const opening = match[0].slice(0, match[0].indexOf("\n") + 1);
	const closing = match[0].slice(match[0].lastIndexOf("---"));
	return `${opening}${yaml.join("\n")}${closing}${fillTemplate(template.slice(match[0].length), values)}`;
}

function fillFrontmatterLine(line: string, values: TemplateValues): string {
	const fill = (text: string, escape: (value: string) => string) =>
		text.replace(PLACEHOLDER, (_placeholder: string, key: string) => escape(valueOf(values, key) ?? ""));
	if (line.search(PLACEHOLDER) === -1) return line;
	const valueLine = VALUE_LINE.exec(line);
	if (!valueLine) return fill(line, (value) => value);
	const [, prefix, value] = valueLine;
	const empty = prefix.replace(/\s+$/, "");
	const whole = WHOLE_PLACEHOLDER.exec(value);
	if (whole) {
		const text = valueOf(values, whole[1]);
		return text === null ? empty : `${prefix}${yamlScalar(text)}`;
	}
	if (/^".*"$/.test(value)) return `${prefix}${fill(value, (text) => JSON.stringify(text).slice(1, -1))}`;
	if (/^'.*'$/.test(value)) return `${prefix}${fill(value, (text) => text.replace(/'/g, "''"))}`;
	// Flow lists and mappings are the template's own YAML: fill them as they are.
	if (/^[[{]/.test(value)) return `${prefix}${fill(value, (text) => text)}`;
	const text = fill(value, (filled) => filled).trim();
	return text === "" ? empty : `${prefix}${yamlScalar(text)}`;
}

const PLAIN_SCALAR = /^[\p{L}\p{N}_][\p{L}\p{N}_ .,&'()/+-]*$/u;
const YAML_WORDS = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;
const NUMBER_LIKE = /^[+-]?(?:\d[\d_]*(?:\.\d*)?(?:e[+-]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One text value as a YAML scalar that reads back as the same text: plain when that is safe (words, a
 * `YYYY-MM-DD` date), otherwise double-quoted (JSON's quoting is valid YAML), so `Acme: Labs`, `#1`,
 * `[[People/Jane]]` or `true` cannot change the note's meaning.
 */
export function yamlScalar(text: string): string {
	if (ISO_DAY.test(text)) return text;
	if (PLAIN_SCALAR.test(text) && !YAML_WORDS.test(text) && !NUMBER_LIKE.test(text) && text === text.trim()) return text;
	return JSON.stringify(text);
}

/**
 * A frontmatter block of `key: value` lines for a new note, each value a YAML scalar (see `yamlScalar`);
 * an empty value leaves the key empty, as Obsidian writes an unset property.
 */
export function frontmatterBlock(entries: ReadonlyArray<readonly [string, string]>): string {
	const lines = entries.map(([key, value]) => (value.trim() === "" ? `${key}:` : `${key}: ${yamlScalar(value)}`));
	return `---\n${lines.join("\n")}\n---\n`;
}

/**
 * A template without its own frontmatter block. User templates made in Obsidian often carry properties
 * (tags, aliases); a letter inserted at the cursor or a share note's body must not take them along.
 */
export function withoutFrontmatter(template: string): string {
	const match = FRONTMATTER.exec(template);
	return match ? template.slice(match[0].length) : template;
}
