import { Addressee } from "./greetingName";
import { headingKey, NoteSection } from "./noteSections";

/**
 * Which sections of a note are for one person of a panel alone (SPEC.md section 6, "Panels"): a heading that
 * names one of the people met, by display text or first name, alone or after "To", "For" or "With" ("## Omar",
 * "### With Lena Fischer"), and the sections under it. `mine` holds the indexes of those for `to`, the reader of
 * this draft (their `{{personal}}`), `others` those for everyone else, which this draft never shows.
 */
export function personalSections(sections: readonly NoteSection[], people: readonly Addressee[], to: string | null): { mine: Set<number>; others: Set<number> } {
	const mine = new Set<number>();
	const others = new Set<number>();
	if (people.length === 0) return { mine, others };
	const owner = new Map<string, string>();
	for (const person of people) {
		for (const name of [person.display, person.greeting, person.display.split(/\s+/)[0]]) {
			const key = headingKey(name);
			if (key !== "" && !owner.has(key)) owner.set(key, person.display);
		}
	}
	sections.forEach((section, index) => {
		const named = owner.get(headingKey(section.heading.replace(/^\s*(?:to|for|with)\s+/i, "")));
		if (named !== undefined) {
			(named === to ? mine : others).add(index);
			return;
		}
		// A subsection that names nobody belongs to whoever its parent belongs to; parents come first, so one pass suffices.
		const parent = section.parent;
		if (parent !== null && (mine.has(parent) || others.has(parent))) (mine.has(parent) ? mine : others).add(index);
	});
	return { mine, others };
}
