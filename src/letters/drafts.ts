import { StepKind } from "../rules";
import { BUILT_IN_TEMPLATES, TemplateName } from "./builtInTemplates";
import { fillTemplate, placeholdersOf, withoutFrontmatter } from "./fillTemplate";
import { LetterContext, letterContacts, letterValues } from "./letterValues";
import { TEMPLATE_TITLES } from "./stepTemplate";

/**
 * The text of a template: the user's own file when there is one (`override`, read from the templates
 * folder), else the built-in text. A letter's own frontmatter is left out (see `withoutFrontmatter`); the
 * interview note template keeps it, since it is the new note's frontmatter.
 */
export function templateText(name: TemplateName, override: string | null): string {
	if (override === null) return BUILT_IN_TEMPLATES[name];
	return name === "interview" ? override : withoutFrontmatter(override);
}

/** A letter, call script or check-in filled from an interview note: the draft the user edits and sends. */
export function fillLetter(template: string, context: LetterContext): string {
	return fillTemplate(template, letterValues(context));
}

/** One filled draft: whom it is addressed to (one member of a panel), its text, and the placeholders left unfilled. */
export interface LetterDraft {
	/** The person the draft is addressed to by `{{interviewer}}`; `null` when the draft is one for the note. */
	contact: string | null;
	text: string;
	/** The placeholders of the template that had no value, as written (`{{learned}}`), in order, once each. */
	unfilled: string[];
}

/**
 * The drafts of one step (SPEC.md section 6, "Panels"): a `letter` goes to each person met, one draft per
 * contact, each addressed to that person; every other step (and a letter with nobody named) has one draft.
 */
export function fillDrafts(template: string, context: LetterContext, step: StepKind): LetterDraft[] {
	const contacts = step === "letter" ? letterContacts(context.frontmatter) : [];
	const people = contacts.length > 1 ? contacts : [null];
	return people.map((contact) => {
		const values = letterValues(contact === null ? context : { ...context, contact });
		return { contact, text: fillTemplate(template, values), unfilled: placeholdersOf(template).filter((key) => !hasValue(values, key)) };
	});
}

function hasValue(values: Readonly<Record<string, string>>, placeholder: string): boolean {
	return fillTemplate(placeholder, values) !== placeholder;
}

/**
 * The heading a draft is written under in the note, without its date: "Thank-you letter", or "To Jane:
 * thank-you letter" for one member of a panel. A second draft of the same step is found by it.
 */
export function draftTitle(name: TemplateName, contact: string | null): string {
	const title = TEMPLATE_TITLES[name];
	return contact === null ? title : `To ${contact}: ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
}
