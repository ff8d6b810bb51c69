import { BUILT_IN_TEMPLATES, TemplateName } from "./builtInTemplates";
import { fillTemplate, withoutFrontmatter } from "./fillTemplate";
import { LetterContext, letterValues } from "./letterValues";

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
