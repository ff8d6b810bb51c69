/** The heading drafts are appended under when they come from the agenda rather than the cursor. */
export const DRAFTS_HEADING = "## Follow-up drafts";

/** A note's text with a draft added, and the line (0-based) where the draft's own heading is. */
export interface AppendedDraft {
	text: string;
	line: number;
}

const HEADING = /^(#{1,6})\s/;
const FENCE = /^\s{0,3}(?:`{3,}|~{3,})/;
/** The level of the draft's own `### title`; its headings go below it. */
const TITLE_LEVEL = 3;

/** The heading level of each line (0 for a line that is no heading, such as a `# comment` in a code block). */
function headingLevels(lines: readonly string[]): number[] {
	let inFence = false;
	return lines.map((line) => {
		if (FENCE.test(line)) {
			inFence = !inFence;
			return 0;
		}
		return inFence ? 0 : (HEADING.exec(line)?.[1].length ?? 0);
	});
}

/**
 * The draft's lines with its headings moved below its `### title`, keeping their order of levels: the call
 * script's `## Call script` would otherwise end the `## Follow-up drafts` section, and the next draft would be
 * inserted into the middle of it.
 */
function nestUnderTitle(lines: string[]): string[] {
	const levels = headingLevels(lines);
	const top = Math.min(...levels.filter((level) => level > 0));
	const shift = Number.isFinite(top) ? Math.max(0, TITLE_LEVEL + 1 - top) : 0;
	if (shift === 0) return lines;
	return lines.map((line, index) => {
		const level = levels[index];
		return level === 0 ? line : `${"#".repeat(Math.min(6, level + shift))}${line.slice(level)}`;
	});
}

/**
 * Adds a draft to a note's text under `## Follow-up drafts`: at the end of that section when the note has
 * it (after earlier drafts, before the next heading of the same or a higher level), else in a new section
 * at the end of the note. The draft gets a `### title` line of its own, so several drafts stay apart, and its
 * own headings move below that title (see `nestUnderTitle`). Nothing else in the note changes.
 */
export function appendDraft(noteText: string, title: string, draft: string): AppendedDraft {
	const lines = noteText.split("\n");
	const block = [`${"#".repeat(TITLE_LEVEL)} ${title}`, "", ...nestUnderTitle(draft.replace(/\s+$/, "").split("\n"))];
	const start = lines.findIndex((line) => line.trim() === DRAFTS_HEADING);
	if (start === -1) {
		while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
		const before = lines.length === 0 ? [] : [...lines, ""];
		const all = [...before, DRAFTS_HEADING, "", ...block, ""];
		return { text: all.join("\n"), line: before.length + 2 };
	}
	let end = lines.length;
	const levels = headingLevels(lines);
	for (let index = start + 1; index < lines.length; index++) {
		if (levels[index] > 0 && levels[index] <= 2) {
			end = index;
			break;
		}
	}
	// Keep the section's content, without its trailing blank lines, then one blank line before the draft.
	let last = end;
	while (last > start + 1 && lines[last - 1].trim() === "") last--;
	const head = [...lines.slice(0, last), ""];
	const tail = lines.slice(end);
	return { text: [...head, ...block, "", ...tail].join("\n"), line: head.length };
}

/**
 * The line (0-based) of a draft already written under `## Follow-up drafts` whose `### title` starts with
 * `title` (any date after it), or `null`: a second "Write letter" for the same step opens that draft rather
 * than adding the same letter again.
 */
export function findDraft(noteText: string, title: string): number | null {
	const lines = noteText.split("\n");
	const start = lines.findIndex((line) => line.trim() === DRAFTS_HEADING);
	if (start === -1) return null;
	const levels = headingLevels(lines);
	const heading = `${"#".repeat(TITLE_LEVEL)} ${title}`;
	for (let index = start + 1; index < lines.length; index++) {
		if (levels[index] > 0 && levels[index] <= 2) break;
		if (levels[index] === TITLE_LEVEL && (lines[index].trimEnd() === heading || lines[index].startsWith(`${heading} (`))) return index;
	}
	return null;
}
