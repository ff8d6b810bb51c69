const WIKILINK = /^\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|([^\]]*))?\]\]$/;
const MARKDOWN_LINK = /^\[([^\]]*)\]\([^)]*\)$/;

/**
 * The text a person reads for a frontmatter value: a link's alias if it has one, otherwise its target
 * without folders or `.md` (`[[People/Jane Doe|Jane]]` → `Jane`, `[[People/Jane Doe]]` → `Jane Doe`);
 * plain text trimmed. `null` for nothing, empty text, or a value that is not text.
 */
export function displayText(value: unknown): string | null {
	if (typeof value === "number" || typeof value === "bigint") return String(value);
	if (typeof value !== "string") return null;
	const text = value.trim();
	if (text === "") return null;
	if (text.charCodeAt(0) !== 91 /* [ */) return text;
	const wikilink = WIKILINK.exec(text);
	if (wikilink) {
		const alias = wikilink[2]?.trim();
		if (alias) return alias;
		const target = wikilink[1].trim().split("/").pop() ?? "";
		return target.replace(/\.md$/i, "").trim() || null;
	}
	const markdownLink = MARKDOWN_LINK.exec(text);
	if (markdownLink) return markdownLink[1].trim() || null;
	return text;
}

/** The first person of a value that may be one person or a list of them (the first is the contact). */
export function firstDisplayText(value: unknown): string | null {
	if (Array.isArray(value)) {
		for (const entry of value) {
			const text = displayText(entry);
			if (text !== null) return text;
		}
		return null;
	}
	return displayText(value);
}
