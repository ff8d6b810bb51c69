/**
 * How the note's words read in a letter (SPEC.md section 6, "How material reads in a letter"). A note holds
 * material of four kinds, and each is placed differently:
 * - `text`: sentences or paragraphs, standing whole in a paragraph of their own after a lead-in;
 * - `fragment`: a phrase without a final stop (`learned: their night shift loses an hour at handover`), set
 *   into a sentence of the letter ("I also learned that …");
 * - `phrases`: a list of short phrases, read as one sentence list ("budgeting, forecasting and vendor audits");
 * - `sentences`: a list whose entries are sentences, read as bullets.
 */

/** The kind of one piece of material (see the module comment). */
export type MaterialKind = "text" | "fragment" | "phrases" | "sentences";

/** A piece of material as the letters place it: its kind and its text as a letter holds it. */
export interface Material {
	kind: MaterialKind;
	/** The text, ready for the letter: paragraphs with soft line breaks joined, a list as a sentence or bullets. */
	text: string;
	/** For a fragment or a phrase list, the text as it goes into a sentence ("their night shift…" in lower case). */
	inline?: string;
	/** The entries: a list's items, a text's paragraphs, the fragment itself (to pair questions with answers). */
	items: string[];
}

// Longer than this, a list entry is read as a sentence even without a full stop ("Led the move of a monolith…").
const PHRASE_MAX_WORDS = 5;
const FINAL_STOP = /[.?!…]["'’”)\]]*$/;
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d+[.)])\s+(.*)$/;

/**
 * Items as a sentence reads them: "SQL", "SQL and dashboards", "SQL, dashboards and stakeholder interviews".
 * Written in English like the built-in templates, without a serial comma.
 */
export function naturalList(items: readonly string[]): string {
	if (items.length <= 1) return items[0] ?? "";
	return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * Whether a list entry is a sentence (ends with `.`, `?` or `!`, or starts with a capital and runs past a few
 * words) rather than a short phrase: "how their audit teams are staffed" has no stop and no capital, so it is a phrase.
 */
export function isSentence(entry: string): boolean {
	const text = entry.trim();
	return FINAL_STOP.test(text) || (!/^\p{Ll}/u.test(text) && text.split(/\s+/).length > PHRASE_MAX_WORDS);
}

/**
 * A list as a letter reads it: short phrases as one sentence list ("SQL, dashboards and stakeholder
 * interviews"), and as a bulleted list as soon as one entry is a sentence.
 */
export function listValue(items: readonly string[]): string {
	return listMaterial(items).text;
}

/** A list's material: `phrases` or `sentences` (see `listValue`). */
export function listMaterial(items: readonly string[]): Material {
	const entries = items.map((item) => item.trim()).filter((item) => item !== "");
	if (entries.some(isSentence)) return bullets(entries);
	return { kind: "phrases", text: naturalList(entries), inline: naturalList(entries.map(inSentence)), items: entries };
}

/** Entries as bullets, each on its own line: a list of sentences, or material whose form is unknown, after a full lead-in. */
export function bullets(entries: readonly string[]): Material {
	return { kind: "sentences", text: entries.map((item) => `- ${item}`).join("\n"), items: [...entries] };
}

/** Material whose grammar a sentence of the letter cannot rely on (a panel member's notes): a fragment or phrase list as bullets. */
export function safeMaterial(material: Material | null): Material | null {
	return material === null || material.kind === "text" || material.kind === "sentences" ? material : bullets(material.items);
}

/**
 * A text from the note (a frontmatter value or a body section) as material: a section that is nothing but
 * list items is a list; one line without a final stop is a fragment; anything else is text, its paragraphs
 * kept and the line breaks inside each joined (they are soft: in e-mail a paragraph is one line).
 */
export function textMaterial(source: string): Material | null {
	const trimmed = source.trim();
	if (trimmed === "") return null;
	const lines = trimmed.split("\n");
	// List items wrapped onto indented lines are still a list.
	const items = joinSoftBreaks(trimmed).split("\n").map((line) => LIST_ITEM.exec(line)?.[1]?.trim() ?? null);
	if (items.every((item): item is string => item !== null && item !== "")) return listMaterial(items);
	// One lower-case line of commas and a stop ("sourcing, supplier audits, negotiation.") is a list of phrases.
	const parts = trimmed.replace(/\.$/, "").split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
	if (lines.length === 1 && /^\p{Ll}[^.?!]*\.$/u.test(trimmed) && parts.length > 1 && parts.every((part) => part.split(/\s+/).length <= PHRASE_MAX_WORDS)) return listMaterial(parts);
	if (lines.length === 1 && !FINAL_STOP.test(trimmed) && !trimmed.endsWith(":")) {
		const fragment = trimmed.replace(/[,;]+$/, "");
		// A capital word that may be a name ("Leeds", "Night") cannot be lowered safely: the fragment stands as a bullet.
		if (/^\p{Lu}\p{Ll}+(?!\p{L})/u.test(fragment) && inSentence(fragment) === fragment && fragment.split(/\s+/).length > 3) return bullets([fragment]);
		return { kind: "fragment", text: fragment, inline: inSentence(fragment), items: [fragment] };
	}
	const joined = joinSoftBreaks(trimmed);
	// A paragraph starts with a capital: "i would use…", "why do suppliers…?" (a word in mixed case, "iOS", stays).
	const text = /^\p{Ll}+(?!\p{L})/u.test(joined) ? joined.charAt(0).toUpperCase() + joined.slice(1) : joined;
	return { kind: "text", text, items: text.split(/\n\s*\n/) };
}

/** Whether material is one question ("Why do suppliers miss the Friday cut-off?"): a letter names it as a question. */
export function isQuestion(material: Material): boolean {
	return material.kind === "text" && material.items.length === 1 && /\?["'’”)]*$/.test(material.text) && !/[.?!]\s+\S/.test(material.text.replace(/\?["'’”)]*$/, ""));
}

// Words that start a fragment in lower case when it is set into a sentence ("I learned that their night shift…");
// any other capital (a name, SAP, Python) stays.
const LOWER_STARTS = new Set([
	"a", "an", "the", "their", "your", "our", "my", "his", "her", "its", "they", "we", "you", "it", "there", "this", "that",
	"these", "those", "most", "some", "many", "every", "each", "no", "how", "what", "why", "when", "where", "who", "one", "two",
]);

function inSentence(phrase: string): string {
	const first = /^\p{Lu}\p{Ll}*/u.exec(phrase)?.[0];
	if (first === undefined || !LOWER_STARTS.has(first.toLowerCase()) || /^\p{L}/u.test(phrase.charAt(first.length))) return phrase;
	return phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

/**
 * Joins the lines of each paragraph into one: a hard-wrapped paragraph of the note reads as one line in an
 * e-mail. Lists, tables, quotes, code blocks and Markdown's hard breaks (two spaces or `\` at a line's end) keep their lines.
 */
export function joinSoftBreaks(text: string): string {
	const out: string[] = [];
	let fence = false;
	for (const line of text.split("\n")) {
		const previous = out.length > 0 ? out[out.length - 1] : null;
		if (/^\s{0,3}(`{3,}|~{3,})/.test(line)) fence = !fence;
		// A list item's wrapped continuation (an indented line under it) joins the item.
		const continuation = previous !== null && LIST_ITEM.test(previous) && /^\s+\S/.test(line) && !isBlockLine(line);
		const joinable = !fence && previous !== null && previous.trim() !== "" && line.trim() !== "" && !isBlockLine(line) && (continuation || !isBlockLine(previous)) && !/( {2}|\\)$/.test(previous);
		if (joinable) out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
		else out.push(line);
	}
	return out.join("\n");
}

function isBlockLine(line: string): boolean {
	return LIST_ITEM.test(line) || /^\s*(?:[|>#]|`{3,}|~{3,})/.test(line);
}
