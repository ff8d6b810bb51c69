const MARKDOWN_LINK = /^\[([^\]]*)\]\([^)]*\)$/;

/**
 * The text a person reads for a frontmatter value: a link's alias if it has one, otherwise its target
 * without folders or `.md` (`[[People/Jane Doe|Jane]]` → `Jane`, `[[People/Jane Doe]]` → `Jane Doe`);
 * plain text trimmed. `null` for nothing, empty text, or a value that is not text.
 */
export function displayText(value: unknown): string | null {
	if (typeof value === "number" || typeof value === "bigint") return String(value);
	const unquoted = unquotedLink(value);
	if (unquoted !== null) return displayText(unquoted);
	if (typeof value !== "string") return null;
	const text = value.trim();
	if (text === "") return null;
	if (text.charCodeAt(0) !== 91 /* [ */) return text;
	const wikilink = wikilinkText(text);
	if (wikilink !== undefined) return wikilink;
	const markdownLink = MARKDOWN_LINK.exec(text);
	if (markdownLink) return markdownLink[1].trim() || null;
	return text;
}

/**
 * The display text of `[[target#section|alias]]`: the alias, else the target's last path segment without
 * `.md`; `null` when both are empty; `undefined` when `text` is not a wikilink. Scanned by hand, not with a
 * regex: every interviewer and company of the vault comes through here on each build.
 */
function wikilinkText(text: string): string | null | undefined {
	const end = text.length - 2;
	if (end < 2 || !text.startsWith("[[") || !text.endsWith("]]")) return undefined;
	let bar = -1; // the first "|": the alias follows it
	let section = -1; // the first "#" or "^" before it: a heading or block the target ends at
	for (let i = 2; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code === 93 /* ] */) return undefined;
		if (bar >= 0) continue;
		if (code === 124 /* | */) bar = i;
		else if (section < 0 && (code === 35 /* # */ || code === 94 /* ^ */)) section = i;
	}
	if (bar >= 0) {
		const alias = text.slice(bar + 1, end).trim();
		if (alias) return alias;
	}
	const targetEnd = section >= 0 ? section : bar >= 0 ? bar : end;
	const start = text.lastIndexOf("/", targetEnd - 1) + 1;
	let target = text.slice(Math.max(start, 2), targetEnd).trim();
	const n = target.length;
	if (n >= 3 && target.charCodeAt(n - 3) === 46 && (target.charCodeAt(n - 2) | 32) === 109 && (target.charCodeAt(n - 1) | 32) === 100) {
		target = target.slice(0, -3).trim();
	}
	return target || null;
}

/**
 * `company: [[Acme]]` written without quotes is, to YAML, a list holding a list holding "Acme". People write
 * links that way all the time, so it is read as the link it was meant to be: this returns `[[Acme]]`, or
 * `null` when the value is anything else.
 */
export function unquotedLink(value: unknown): string | null {
	if (!Array.isArray(value) || value.length !== 1) return null;
	const inner: unknown = value[0];
	if (!Array.isArray(inner) || inner.length !== 1 || typeof inner[0] !== "string") return null;
	return `[[${inner[0]}]]`;
}

/**
 * The display text of every entry of a value that may be one person or a list of them, in order, empty ones
 * left out: `["[[People/Jane Doe|Jane]]", "", "Omar"]` → `["Jane", "Omar"]`.
 */
export function displayTexts(value: unknown): string[] {
	if (!Array.isArray(value) || unquotedLink(value) !== null) {
		const text = displayText(value);
		return text === null ? [] : [text];
	}
	const texts: string[] = [];
	for (const entry of value) {
		const text = displayText(entry);
		if (text !== null) texts.push(text);
	}
	return texts;
}

/** The first person of a value that may be one person or a list of them (the first is the contact). */
export function firstDisplayText(value: unknown): string | null {
	if (unquotedLink(value) !== null) return displayText(value);
	if (Array.isArray(value)) {
		for (const entry of value) {
			const text = displayText(entry);
			if (text !== null) return text;
		}
		return null;
	}
	return displayText(value);
}
