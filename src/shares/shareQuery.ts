import { MATERIAL_HEADINGS, noteSections, sectionText } from "../letters/noteSections";
import { displayText } from "../rules";
import { searchTerms } from "./searchTerms";

/** What one meeting note says of the other side, as the share ranking reads it. */
export interface NoteMaterial {
	/** `challenge` (frontmatter and the "Their challenges" section), and so on for each kind. */
	challenge: string;
	learned: string;
	advice: string;
	company: string;
	role: string;
}

/** The kinds of material a query is made of, and how much a word from each weighs. */
export const MATERIAL_WEIGHTS: Readonly<Record<keyof NoteMaterial, number>> = Object.freeze({
	// Their challenge is what step 4 asks the article to bear on; what was learned and advised is close to it.
	challenge: 3,
	learned: 2,
	advice: 1.5,
	// An article about the company itself is worth sending; the role's words ("senior", "engineer") are generic.
	company: 2,
	role: 0.5,
});

const SECTION_KINDS = ["challenge", "learned", "advice"] as const;

// A frontmatter value as text: a line, or a list of lines (a list of challenges reads as sentences).
function valueText(value: unknown): string {
	if (Array.isArray(value)) return value.map(valueText).filter((text) => text !== "").join(".\n");
	return displayText(value) ?? "";
}

/**
 * The material of one meeting note: for `challenge`, `learned` and `advice`, both the frontmatter key and the
 * body section its headings name (SPEC.md section 6: "Their challenges", "What I learned", "Advice I got"…),
 * since a person may write one of them or both; `company` and `role` as display texts.
 */
export function noteMaterial(frontmatter: Readonly<Record<string, unknown>> | null, body: string): NoteMaterial {
	const fm = frontmatter ?? {};
	const sections = body.includes("#") ? noteSections(body) : [];
	const material: NoteMaterial = { challenge: "", learned: "", advice: "", company: valueText(fm.company), role: valueText(fm.role) };
	for (const kind of SECTION_KINDS) {
		const section = sections.length > 0 ? sectionText(sections, MATERIAL_HEADINGS[kind]) : null;
		material[kind] = [valueText(fm[kind]), section ?? ""].filter((text) => text !== "").join("\n");
	}
	return material;
}

/** A thread's check-in as a search: each word with its weight, and how the notes spelled it. */
export interface ShareQuery {
	/** Stemmed word → weight: the highest weight of a kind of material it appears in. */
	weights: Map<string, number>;
	/** Stemmed word → the word as the notes wrote it (lower case), to say which words matched. */
	surface: Map<string, string>;
}

/** The query of a thread: the words of every note's material, each weighed by the kind it comes from. */
export function shareQuery(materials: Iterable<NoteMaterial>): ShareQuery {
	const weights = new Map<string, number>();
	const surface = new Map<string, string>();
	for (const material of materials) {
		for (const kind of Object.keys(MATERIAL_WEIGHTS) as (keyof NoteMaterial)[]) {
			const weight = MATERIAL_WEIGHTS[kind];
			for (const term of searchTerms(material[kind], surface)) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
		}
	}
	return { weights, surface };
}
