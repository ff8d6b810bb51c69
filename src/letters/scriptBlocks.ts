import { fillTemplate, TemplateValues } from "./fillTemplate";
import { withoutComments } from "./noteSections";

/** A stretch of text in a call script, bold or not; its text is plain text, never Markdown or HTML. */
export interface ScriptRun {
	text: string;
	bold: boolean;
}

/** One block of a call script: a heading, a list item, or a paragraph (whose runs may hold line breaks). */
export interface ScriptBlock {
	kind: "heading" | "item" | "paragraph";
	/** The heading's level (1–6); 0 for items and paragraphs. */
	level: number;
	runs: ScriptRun[];
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*$/;
const ITEM = /^ {0,3}[-*+][ \t]+(.*)$/;

/**
 * A call script as blocks to show on screen (SPEC.md section 6: the script is read aloud during the call).
 * The structure — headings, list items, paragraphs and `**bold**` — comes from the template alone; the
 * note's values are filled into the runs afterwards as plain text, so a value holding `**`, `## `, HTML,
 * `![[embed]]` or a code fence is shown as the characters it is and can never become markup.
 */
export function scriptBlocks(template: string, values: TemplateValues): ScriptBlock[] {
	const blocks: ScriptBlock[] = [];
	let paragraph: ScriptBlock | null = null;
	for (const line of withoutComments(template.replace(/\r\n?/g, "\n")).split("\n")) {
		if (line.trim() === "") {
			paragraph = null;
			continue;
		}
		const heading = HEADING.exec(line);
		const item = heading ? null : ITEM.exec(line);
		if (heading || item) {
			paragraph = null;
			const kind = heading ? "heading" : "item";
			blocks.push({ kind, level: heading ? heading[1].length : 0, runs: runsOf(heading ? heading[2] : (item?.[1] ?? ""), values) });
			continue;
		}
		if (paragraph === null) {
			paragraph = { kind: "paragraph", level: 0, runs: [] };
			blocks.push(paragraph);
		} else paragraph.runs.push({ text: "\n", bold: false });
		paragraph.runs.push(...runsOf(line.trim(), values));
	}
	return blocks;
}

// `**bold**` in the template's own text; each stretch is filled on its own, after the split.
function runsOf(text: string, values: TemplateValues): ScriptRun[] {
	return text
		.split(/(\*\*[^*]+\*\*)/)
		.filter((part) => part !== "")
		.map((part) => {
			const bold = part.length > 4 && part.startsWith("**") && part.endsWith("**");
			return { text: fillTemplate(bold ? part.slice(2, -2) : part, values), bold };
		});
}
