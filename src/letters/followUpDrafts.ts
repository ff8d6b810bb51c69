/** The heading drafts are appended under when they come from the agenda rather than the cursor. */
export const DRAFTS_HEADING = "## Follow-up drafts";

/** A note's text with a draft added, and the line (0-based) where the draft's own heading is. */
export interface AppendedDraft {
	text: string;
	line: number;
}

const HEADING = /^(#{1,6})\s/;

/**
 * Adds a draft to a note's text under `## Follow-up drafts`: at the end of that section when the note has
 * it (after earlier drafts, before the next heading of the same or a higher level), else in a new section
 * at the end of the note. The draft gets a `### title` line of its own, so several drafts stay apart.
 * Nothing else in the note changes.
 */
export function appendDraft(noteText: string, title: string, draft: string): AppendedDraft {
	const lines = noteText.split("\n");
	const block = [`### ${title}`, "", ...draft.replace(/\s+$/, "").split("\n")];
	const start = lines.findIndex((line) => line.trim() === DRAFTS_HEADING);
	if (start === -1) {
		while (lines.length > 0 && lines[lines.length - 1].trim() === "") lines.pop();
		const before = lines.length === 0 ? [] : [...lines, ""];
		const all = [...before, DRAFTS_HEADING, "", ...block, ""];
		return { text: all.join("\n"), line: before.length + 2 };
	}
	let end = lines.length;
	for (let index = start + 1; index < lines.length; index++) {
		const heading = HEADING.exec(lines[index]);
		if (heading && heading[1].length <= 2) {
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
