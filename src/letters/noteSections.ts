/**
 * The sections of an interview note's body, as letter material (SPEC.md section 6): the candidate writes what
 * they said, learned or would answer now under headings, in full sentences, and the letters take it from there.
 */

/** One section of a note: its heading as written, the heading's level, and its text (see `noteSections`). */
export interface NoteSection {
	heading: string;
	level: number;
	text: string;
}

/** The letter placeholders a body section can fill, and the headings that name each (SPEC.md section 6). */
export const MATERIAL_HEADINGS: Readonly<Record<string, readonly string[]>> = Object.freeze({
	skills: ["Skills", "Skills that fit", "What I said"],
	learned: ["What I learned", "Learned"],
	challenge: ["Their challenges", "Their challenge", "Challenges"],
	better_answers: ["Answers I would give now", "Better answers"],
	proposal: ["Proposal", "Proposal to include"],
	advice: ["Advice", "Advice I got", "Their advice"],
	questions: ["Questions they asked", "Questions"],
});

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// An Obsidian comment, on one line or over several; what it holds is never part of a letter.
const COMMENT = /%%[\s\S]*?%%/g;

/**
 * A heading as the table compares it: lower case, without spaces, `-`, `_` and a trailing `:`, so
 * "What I learned:", "what-i-learned" and "WHAT I LEARNED" are one heading.
 */
export function headingKey(heading: string): string {
	return heading.trim().replace(/:+$/, "").toLowerCase().replace(/[\s_-]+/g, "");
}

/**
 * Every section of a note's body, in order: a heading of any level (outside code blocks) and everything
 * under it up to the next heading of the same or a higher level (so a section holds its subsections), with
 * `%% … %%` comments left out and the text trimmed.
 */
export function noteSections(body: string): NoteSection[] {
	const lines = body.replace(/\r\n?/g, "\n").split("\n");
	const headings: { index: number; level: number; heading: string }[] = [];
	let fence: string | null = null;
	lines.forEach((line, index) => {
		const opening = FENCE.exec(line);
		if (opening) {
			if (fence === null) fence = opening[1][0];
			else if (opening[1][0] === fence) fence = null;
			return;
		}
		if (fence !== null) return;
		const heading = HEADING.exec(line);
		if (heading) headings.push({ index, level: heading[1].length, heading: heading[2] });
	});
	return headings.map(({ index, level, heading }, at) => {
		const next = headings.slice(at + 1).find((other) => other.level <= level);
		const text = lines.slice(index + 1, next ? next.index : lines.length).join("\n");
		return { heading, level, text: withoutComments(text).trim() };
	});
}

/** Text without its `%% … %%` comments (a comment alone on its lines leaves no blank run behind). */
export function withoutComments(text: string): string {
	return text.replace(COMMENT, "").replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n");
}

/** The text of the first section whose heading is one of `headings` (compared by `headingKey`), or `null`. */
export function sectionText(sections: readonly NoteSection[], headings: readonly string[]): string | null {
	const keys = new Set(headings.map(headingKey));
	const section = sections.find((candidate) => keys.has(headingKey(candidate.heading)) && candidate.text !== "");
	return section ? section.text : null;
}
