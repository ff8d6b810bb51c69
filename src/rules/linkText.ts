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
	if (text.length < 4 || !text.startsWith("[[") || !text.endsWith("]]")) return undefined;
	const inner = text.slice(2, -2);
	if (inner.includes("]")) return undefined;
	const bar = inner.indexOf("|");
	if (bar >= 0) {
		const alias = inner.slice(bar + 1).trim();
		if (alias) return alias;
	}
	const link = bar >= 0 ? inner.slice(0, bar) : inner;
	let end = link.length;
	for (let i = 0; i < link.length; i++) {
		const code = link.charCodeAt(i);
		if (code === 35 /* # */ || code === 94 /* ^ */) {
			end = i;
			break;
		}
	}
	let target = link.slice(0, end).trim();
	target = target.slice(target.lastIndexOf("/") + 1);
	if (/\.md$/i.test(target)) target = target.slice(0, -3);
	return target.trim() || null;
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
