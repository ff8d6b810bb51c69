/**
 * Paragraphs that depend on material (SPEC.md section 6): `{{#key}}…{{/key}}` keeps its text only when `key`
 * has a value, `{{^key}}…{{/key}}` only when it has none, as Mustache's sections do. Blocks nest, may span lines
 * and paragraphs, and one that drops out leaves no blank lines behind. A tag alone on its line takes its line
 * with it. An opening tag without its closing one (or the reverse) stays in the text as written, so a typo in
 * a user's template shows rather than swallowing the rest of the letter.
 */

const TAG = /\{\{\s*([#^/])\s*([A-Za-z0-9_-]+|section:[^{}\n]+?)\s*\}\}/g;
// Where a dropped block was (characters of Unicode's private use area, which no template holds), removed at the end: a block of whole lines (both tags alone on their lines), or
// one inside a line.
const DROPPED_LINES = "\uE000";
const DROPPED_INLINE = "\uE001";

interface Tag {
	kind: "#" | "^" | "/";
	key: string;
	/** Where the tag starts and ends in the template, widened to its whole line when it stands alone there. */
	start: number;
	end: number;
	/** Whether the tag stands alone on its line. */
	alone: boolean;
}

/** The template with its blocks resolved: `has(key)` says whether a key has a value. Placeholders are left as they are. */
export function resolveBlocks(template: string, has: (key: string) => boolean): string {
	if (!template.includes("{{")) return template;
	const tags = pairedTags(template);
	if (tags.length === 0) return template;
	let result = "";
	let at = 0;
	// The tags are paired and properly nested, so one walk with a depth of "dropping" suffices.
	const stack: { keep: boolean; alone: boolean }[] = [];
	let dropping = 0;
	for (const tag of tags) {
		if (dropping === 0) result += template.slice(at, tag.start);
		at = tag.end;
		if (tag.kind === "/") {
			const block = stack.pop();
			if (block && !block.keep) {
				dropping--;
				if (dropping === 0) result += block.alone && tag.alone ? DROPPED_LINES : DROPPED_INLINE;
			}
			continue;
		}
		const keep = dropping === 0 && has(tag.key) === (tag.kind === "#");
		stack.push({ keep, alone: tag.alone });
		if (!keep) dropping++;
	}
	result += template.slice(at);
	return closeGaps(result);
}

// The tags that open and close a block, each pair with the same key and properly nested; the others are text.
function pairedTags(template: string): Tag[] {
	const all: Tag[] = [];
	for (const match of template.matchAll(TAG)) {
		const start = match.index ?? 0;
		all.push({ kind: match[1] as Tag["kind"], key: match[2], ...standalone(template, start, start + match[0].length) });
	}
	const paired = new Set<Tag>();
	const open: Tag[] = [];
	for (const tag of all) {
		if (tag.kind !== "/") open.push(tag);
		else {
			const index = open.map((candidate) => candidate.key).lastIndexOf(tag.key);
			if (index === -1) continue;
			// Openings left unclosed inside this block stay text.
			const opening = open[index];
			open.length = index;
			paired.add(opening).add(tag);
		}
	}
	return all.filter((tag) => paired.has(tag));
}

// A tag with nothing but spaces around it on its line takes the whole line, line break included.
function standalone(text: string, start: number, end: number): { start: number; end: number; alone: boolean } {
	const lineStart = text.lastIndexOf("\n", start - 1) + 1;
	const newline = text.indexOf("\n", end);
	const lineEnd = newline === -1 ? text.length : newline;
	if (text.slice(lineStart, start).trim() !== "" || text.slice(end, lineEnd).trim() !== "") return { start, end, alone: false };
	return { start: lineStart, end: newline === -1 ? lineEnd : newline + 1, alone: true };
}

// Where blocks dropped out: the lines on either side meet, with never more than one blank line between them and
// none at the start; an inline block that leaves its line empty takes the line with it.
function closeGaps(text: string): string {
	const gaps = /(\n*)([\uE000\uE001](?:[\uE000\uE001 \t\n]*[\uE000\uE001])?)([ \t]*)(\n*)/g;
	return text.replace(gaps, (gap: string, before: string, marks: string, spaces: string, after: string, offset: number) => {
		const atStart = offset === 0 || text.charAt(offset - 1) === "\n";
		const atEnd = offset + gap.length === text.length;
		if (offset === 0 && before === "") return "";
		const between = (marks.match(/\n/g) ?? []).length;
		const inline = marks.includes(DROPPED_INLINE) && between === 0;
		const emptyLine = inline && (before !== "" || atStart) && (after !== "" || atEnd);
		if (inline && !emptyLine) return `${before}${spaces}${after}`;
		const lines = before.length + between + after.length - (inline ? 1 : 0);
		return "\n".repeat(Math.max(0, Math.min(lines, 2)));
	});
}

/** The text without the template's block tags, for reading which placeholders it holds whatever is kept. */
export const BLOCK_TAG = TAG;
