/**
 * The sections of an interview note's body, as letter material (SPEC.md section 6): the candidate writes what
 * they said, learned or would answer now under headings, in full sentences, and the letters take it from there.
 */

/** One section of a note: its heading as written, the heading's level, and its text (see `noteSections`). */
export interface NoteSection {
	heading: string;
	level: number;
	text: string;
	/** The index (in the list `noteSections` returns) of the heading this one is under, or `null` at the top. */
	parent: number | null;
}

/** The letter placeholders a body section can fill, and the headings that name each (SPEC.md section 6); the first is the heading the new interview note uses, which the letter check points to. */
export const MATERIAL_HEADINGS: Readonly<Record<string, readonly string[]>> = Object.freeze({
	skills: ["What I said", "Skills", "Skills that fit"],
	learned: ["What I learned", "Learned"],
	challenge: ["Their challenges", "Their challenge", "Challenges"],
	better_answers: ["Answers I would give now", "Better answers"],
	proposal: ["Proposal", "Proposal to include"],
	advice: ["Advice I got", "Advice", "Their advice"],
	questions: ["Questions they asked", "Questions"],
	next: ["What I will do next", "Next steps", "Next"],
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
 * Every section of a note's body, in order: a heading of any level (outside code blocks) and its own text, up
 * to the next heading of any level, with `%% … %%` comments left out and the text trimmed. A section with no
 * text of its own takes the text of its subsections (the headings deeper than it up to the next one of its
 * level or higher), without their heading lines: heading lines never reach a letter.
 *
 * One pass over the lines, then one pass over the headings with a stack of the open ones, so the cost grows
 * with the note, never with the square of its headings (a 40,000-heading note is read in well under a second).
 */
export function noteSections(body: string): NoteSection[] {
	const lines = body.replace(/\r\n?/g, "\n").split("\n");
	const found: { start: number; level: number; heading: string }[] = [];
	let fence: string | null = null;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index];
		const opening = FENCE.exec(line);
		if (opening) {
			if (fence === null) fence = opening[1][0];
			else if (opening[1][0] === fence) fence = null;
			continue;
		}
		if (fence !== null) continue;
		const heading = HEADING.exec(line);
		if (heading) found.push({ start: index, level: heading[1].length, heading: heading[2] });
	}
	const sections: NoteSection[] = [];
	// The headings still open above the current one, deepest last: a heading closes those of its level or deeper.
	const open: number[] = [];
	found.forEach(({ start, level, heading }, at) => {
		const end = at + 1 < found.length ? found[at + 1].start : lines.length;
		while (open.length > 0 && sections[open[open.length - 1]].level >= level) open.pop();
		const parent = open.length > 0 ? open[open.length - 1] : null;
		sections.push({ heading, level, text: withoutComments(lines.slice(start + 1, end).join("\n")).trim(), parent });
		open.push(at);
	});
	return withSubsectionText(sections);
}

// A section without text of its own takes the text of every section under it, in order. Walking backwards, each
// section hands its parent its whole text (its own, then its subsections'): every section is visited once, and
// each text is joined once per level above it (six at most).
function withSubsectionText(sections: NoteSection[]): NoteSection[] {
	const under: string[][] = sections.map(() => []);
	for (let index = sections.length - 1; index >= 0; index--) {
		const section = sections[index];
		const below = under[index].reverse();
		const whole = [section.text, ...below].filter((text) => text !== "").join("\n\n");
		if (section.text === "") section.text = whole;
		if (section.parent !== null && whole !== "") under[section.parent].push(whole);
	}
	return sections;
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
