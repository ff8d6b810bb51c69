/**
 * The inline tags of a note's body, as Obsidian's metadata cache lists them (`CachedMetadata.tags`): a `#`
 * at the start of a line or after whitespace, followed by letters, digits, `_`, `-` or `/` (at least one of
 * them not a digit); never inside a fenced code block or inline code. `# Heading` is a heading, not a tag.
 * Used by the command line, which has no metadata cache; the plugin takes Obsidian's own list.
 *
 * `body` is the note's text after its frontmatter. Each tag is returned as written, with its `#`.
 */
export function inlineTagsOf(body: string): string[] {
	const tags: string[] = [];
	let fence: string | null = null;
	for (const line of body.split("\n")) {
		const opening = FENCE.exec(line);
		if (fence !== null) {
			// A fence closes with the same character, at least as many times, and nothing after it.
			if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length && opening[2].trim() === "") fence = null;
			continue;
		}
		if (opening) {
			fence = opening[1];
			continue;
		}
		if (!line.includes("#")) continue;
		for (const match of withoutInlineCode(line).matchAll(TAG)) {
			if (!ALL_DIGITS.test(match[2])) tags.push(`#${match[2]}`);
		}
	}
	return tags;
}

// A fence line: up to three spaces, then ``` or ~~~ (or longer); what follows is the info string.
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)\r?$/;
// Preceded by the start of the line or whitespace (matched, not looked behind: iOS before 16.4 has no
// lookbehind); Obsidian's tag characters, letters of any script included.
const TAG = /(^|\s)#([\p{L}\p{N}\p{M}_/-]+)/gu;
const ALL_DIGITS = /^[\p{N}/]+$/u;
// `code` spans of any number of backticks, replaced by spaces so what follows them is still after whitespace.
const INLINE_CODE = /(`+)[\s\S]*?\1/g;

function withoutInlineCode(line: string): string {
	return line.includes("`") ? line.replace(INLINE_CODE, (code) => " ".repeat(code.length)) : line;
}
