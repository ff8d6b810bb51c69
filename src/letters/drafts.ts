import { BUILT_IN_TEMPLATES, TemplateName } from "./builtInTemplates";
import { fillPlaceholders, fillTemplate, hasTemplateValue, placeholdersOf, resolveTemplateBlocks, TemplateValues, withoutFrontmatter } from "./fillTemplate";
import { checkDraft, sameLetterItem } from "./letterCheck";
import { LetterContext, letterContacts, letterValues } from "./letterValues";
import { PlainLetter, plainTemplate } from "./mailto";
import { LetterStep, TEMPLATE_TITLES } from "./stepTemplate";

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

/** One filled draft: whom it is addressed to (one member of a panel), its text, and what is left to look at. */
export interface LetterDraft {
	/** The person the draft is addressed to by `{{interviewer}}`; `null` when the draft is one for the note. */
	contact: string | null;
	/** The filled draft as the note holds it, its advice comment included. */
	text: string;
	/** The draft as it leaves Obsidian: its subject, and its body as plain text (see `PlainLetter`). */
	plain: PlainLetter;
	/** The placeholders the draft shows that had no value, as written (`{{learned}}`), in order, once each. */
	unfilled: string[];
	/** The letter check: what to look at before sending, each item naming the place (see `checkDraft`). */
	check: string[];
}

/**
 * The drafts of one step (SPEC.md section 6, "Panels"): a `letter` goes to each person met, one draft per
 * contact, each addressed to that person; every other step (and a letter with nobody named) has one draft.
 * `name` is the template the text comes from, for the letter check's points of advice.
 */
export function fillDrafts(template: string, context: LetterContext, step: LetterStep, name: TemplateName | null = null): LetterDraft[] {
	const contacts = step === "letter" ? letterContacts(context.frontmatter) : [];
	const people = contacts.length > 1 ? contacts : [null];
	const toIntroducer = step === "introducer-thanks";
	const templateKeys = new Set(Array.from(template.matchAll(TEMPLATE_KEY), (match) => match[1]));
	const drafts = people.map((contact) => {
		const values = letterValues({ ...context, ...(contact === null ? {} : { contact }), toIntroducer });
		const resolved = resolveTemplateBlocks(template, values);
		const shown = placeholdersOf(resolved);
		const unfilled = shown.filter((placeholder) => !hasValue(values, placeholder));
		const plainParts = plainTemplate(resolved);
		const plain = { subject: fillPlaceholders(plainParts.subject, values).trim(), body: fillPlaceholders(plainParts.body, values).trim() };
		const check = checkDraft({
			// What only the advice comment shows never reaches the reader, so the check does not read it.
			name, plain, unfilled, values, templateKeys, shown: placeholdersOf(resolved.replace(/%%[\s\S]*?%%/g, "")).map((placeholder) => placeholder.replace(/^\{\{\s*|\s*\}\}$/g, "")),
			reader: toIntroducer ? (values.introducer ?? null) : (values.interviewer ?? null), readerGreeting: values.first_name ?? null,
		});
		const text = fillPlaceholders(resolved, values);
		return { draft: { contact, text, plain, unfilled, check }, sameness: fillTemplate(template, withoutGreeting(values)) };
	});
	if (drafts.length > 1) {
		for (const { draft, sameness } of drafts) {
			const twins = drafts.filter((other) => other.draft !== draft && other.sameness === sameness).map((other) => other.draft.contact ?? "");
			if (twins.length > 0) draft.check.push(sameLetterItem(draft.contact ?? "", twins));
		}
	}
	return drafts.map(({ draft }) => draft);
}

// Every `{{key}}`, `{{#key}}`, `{{^key}}` of a template, by its key.
const TEMPLATE_KEY = /\{\{\s*[#^]?\s*([A-Za-z0-9_-]+)\s*\}\}/g;

// The values without those that name the reader, so two drafts that differ in nothing else read the same.
function withoutGreeting(values: TemplateValues): TemplateValues {
	const { first_name: _first, interviewer: _interviewer, others: _others, ...rest } = values;
	return rest;
}

function hasValue(values: TemplateValues, placeholder: string): boolean {
	const key = placeholder.replace(/^\{\{\s*|\s*\}\}$/g, "");
	return hasTemplateValue(values, key);
}

/**
 * The heading a draft is written under in the note, without its date: "Thank-you letter", or "To Jane:
 * thank-you letter" for one member of a panel. A second draft of the same step is found by it.
 */
export function draftTitle(name: TemplateName, contact: string | null): string {
	const title = TEMPLATE_TITLES[name];
	return contact === null ? title : `To ${contact}: ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
}
