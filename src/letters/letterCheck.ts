import { TemplateName } from "./builtInTemplates";
import { TemplateValues } from "./fillTemplate";
import { PlainLetter } from "./mailto";
import { MATERIAL_HEADINGS } from "./noteSections";

/**
 * The letter check (SPEC.md section 6): what the candidate should look at in a filled draft before sending it,
 * each item naming the place. An empty list says nothing.
 */

/** The most words a letter should hold (subject included, the advice comment not): readers skim longer ones. */
export const MAX_LETTER_WORDS = 250;

/** One point of a step's advice, the material that carries it, and the headings the note would hold it under. */
interface AdvicePoint {
	point: string;
	keys: readonly string[];
}

const POINTS: Partial<Record<TemplateName, readonly AdvicePoint[]>> = {
	"thank-you": [
		{ point: "what you said that ties your skills to the job", keys: ["skills"] },
		{ point: "what you learned by listening, or their problem as they named it", keys: ["learned", "challenge"] },
	],
	recovery: [
		{ point: "the answers you would give now to their questions", keys: ["better_answers"] },
		{ point: "a short proposal for their problem", keys: ["proposal"] },
	],
	"after-rejection": [{ point: "one specific thing from the meeting", keys: ["learned", "challenge"] }],
	"meeting-thanks": [
		{ point: "their advice, or what you learned from them", keys: ["advice", "learned"] },
		{ point: "what you will do with it", keys: ["next"] },
	],
};

// What a blank asks for, where the placeholder's name alone does not say it.
const BLANK_HINTS: Readonly<Record<string, string>> = {
	"{{update}}": ` (what you did with their advice since: write it under "## Follow-up notes" in the note, or as update:)`,
	"{{my_phone}}": " (your phone number: set Your phone in the settings)",
	"{{my_name}}": " (your name: set Your name in the settings)",
	"{{how_it_went}}": ' (a line on how the meeting went and what comes next, or set "outcome: well" or "outcome: poorly" in the note)',
};

/** What the check reads of one draft. */
export interface CheckedDraft {
	/** The template the draft is filled from, or `null` for a template the check knows no advice of. */
	name: TemplateName | null;
	/** The draft as it is sent (see `PlainLetter`). */
	plain: PlainLetter;
	/** The placeholders left unfilled in it, as written (`{{proposal}}`). */
	unfilled: readonly string[];
	/** The values it was filled with, and the placeholders of its template that it shows (after its blocks). */
	values: TemplateValues;
	shown: readonly string[];
	/** Every key the template names, in a placeholder or a block, whether shown or not: its own points of advice. */
	templateKeys: ReadonlySet<string>;
	/** The person it is addressed to, as displayed, and as the greeting names them. */
	reader: string | null;
	readerGreeting: string | null;
}

/** The items of the letter check for one draft, in the order of the draft (see the module comment). */
export function checkDraft(draft: CheckedDraft): string[] {
	const items: string[] = [];
	// A point counts when the template speaks of it (a user's own template may leave a point out on purpose).
	const points = (POINTS[draft.name ?? "interview"] ?? []).filter((point) => point.keys.some((key) => [...draft.templateKeys].some((used) => baseKey(used) === key)));
	const missing = points.filter((point) => point.keys.every((key) => !hasValue(draft.values, key)));
	const coveredBlanks = new Set(missing.flatMap((point) => point.keys.map((key) => `{{${key}}}`)));
	for (const point of missing) {
		const headings = point.keys.map((key) => `"## ${MATERIAL_HEADINGS[key][0]}"`).join(" or ");
		items.push(`no material for ${point.point}: write it in the note under ${headings}, or fill in ${point.keys.map((key) => `{{${key}}}`).filter((blank) => draft.unfilled.includes(blank)).join(" and ") || "the letter"}`);
	}
	for (const blank of draft.unfilled) if (!coveredBlanks.has(blank)) items.push(`blank left: ${blank}${BLANK_HINTS[blank] ?? ""}`);
	if (draft.reader !== null) items.push(...thirdPerson(draft));
	items.push(...setInto(draft));
	if (draft.shown.includes("personal_text") && hasValue(draft.values, "personal_notes")) {
		items.push(`your notes for ${draft.reader ?? "this reader"} stand as bullets as you wrote them; check that each reads as written to ${draft.readerGreeting ?? "them"}, or write them as sentences`);
	}
	if (draft.name !== "call") {
		const words = countWords(`${draft.plain.subject} ${draft.plain.body}`);
		if (words > MAX_LETTER_WORDS) items.push(`${words} words: a letter over ${MAX_LETTER_WORDS} words is skimmed; shorten it`);
	}
	return items;
}

/** Whitespace-separated words of a text. */
export function countWords(text: string): number {
	return text.split(/\s+/).filter((word) => word !== "").length;
}

// A sentence of the note's material that speaks of the reader as "she", "he" or "they", or by their own name.
// "how their audit teams are staffed" as much as "Their team…": a word that opens a clause may come first.
const THIRD_PERSON_START = /^(?:(?:how|what|why|when|where|whether|that|and|but)\s+)?(?:she|he|they|her|his|their|them)\b/i;
const THIRD_PERSON_ANYWHERE = /\b(?:she|he|his|her)\b/i;

function thirdPerson(draft: CheckedDraft): string[] {
	const items: string[] = [];
	const names = [draft.reader, draft.readerGreeting, draft.reader?.split(/\s+/)[0]].filter((name): name is string => !!name && name.length > 1);
	const seen = new Set<string>();
	for (const key of draft.shown) {
		const value = draft.values[key];
		if (!value || !isMaterialKey(key)) continue;
		for (const sentence of sentencesOf(value)) {
			const byName = names.some((name) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(name)}($|[^\\p{L}])`, "u").test(sentence));
			if (!byName && !THIRD_PERSON_START.test(sentence) && !THIRD_PERSON_ANYWHERE.test(sentence)) continue;
			if (seen.has(sentence)) continue;
			seen.add(sentence);
			items.push(`"${shortened(sentence)}" (from {{${baseKey(key)}}}) speaks of ${draft.reader} in the third person; in a letter to ${draft.reader}, say "you"`);
		}
	}
	return items;
}

// A fragment or phrase list set into a sentence of the letter: the sentence around it, for the candidate to read.
function setInto(draft: CheckedDraft): string[] {
	const items: string[] = [];
	for (const key of draft.shown) {
		const value = draft.values[key];
		if (!value || !/_(?:fragment|that|to)$/.test(key) || !isMaterialKey(key)) continue;
		const at = draft.plain.body.indexOf(value);
		if (at === -1) continue;
		const before = draft.plain.body.slice(0, at);
		const start = Math.max(before.lastIndexOf("\n"), ...[". ", "? ", "! "].map((end) => before.lastIndexOf(end) + 1)) + 1;
		const stop = draft.plain.body.slice(at + value.length).search(/[.?!](?:\s|$)/);
		const sentence = draft.plain.body.slice(start, stop === -1 ? undefined : at + value.length + stop + 1).trim();
		items.push(`your words from {{${baseKey(key)}}} are set into a sentence; check that this reads as a sentence: "${shortened(sentence, 120)}"`);
	}
	return items;
}

const MATERIAL_KEYS = new Set([...Object.keys(MATERIAL_HEADINGS), "personal", "question_answers"]);

function baseKey(key: string): string {
	return key.replace(/_(?:text|fragment|list|that|to)$/, "");
}

function isMaterialKey(key: string): boolean {
	return MATERIAL_KEYS.has(baseKey(key)) || key.startsWith("section:");
}

function sentencesOf(text: string): string[] {
	return text
		.replace(/([.?!])\s+/g, "$1\n")
		.split(/\n+/)
		.map((sentence) => sentence.replace(/^\s*[-*+]\s+/, "").trim())
		.filter((sentence) => sentence !== "");
}

function shortened(sentence: string, max = 70): string {
	return sentence.length <= max ? sentence : `${sentence.slice(0, max - 3).trimEnd()}…`;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function hasValue(values: TemplateValues, key: string): boolean {
	return Object.prototype.hasOwnProperty.call(values, key) && values[key] !== "";
}

/**
 * The check item of a panel's drafts that differ only in the greeting (and the first one's thanks to the
 * others): each such draft is told to add something for its reader alone, under a heading with their name.
 */
export function sameLetterItem(reader: string, others: readonly string[]): string {
	return `this letter differs from the one to ${others.join(" and ")} only in the greeting; panels compare notes: add a section "## ${reader}" to the note with what ${reader} asked or showed you`;
}

/**
 * The draft as the note holds it, with its check at the head of its `%% … %%` comment ("Before you send: …"),
 * so the list is in front of the candidate while they edit and never leaves the note.
 */
export function withCheck(text: string, items: readonly string[]): string {
	if (items.length === 0) return text;
	const list = `Before you send: ${items.map((item, index) => `(${index + 1}) ${item}`).join("; ")}.`;
	const comment = /^(\s*)%%[ \t]*/.exec(text);
	if (comment) return `${comment[1]}%% ${list}\n\n${text.slice(comment[0].length)}`;
	return `%% ${list} %%\n${text}`;
}
