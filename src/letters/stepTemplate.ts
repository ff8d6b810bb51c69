import { isRejectedInterview, letterVariant, LetterVariant, parseInterviewNote, StepKind, StepVariant } from "../rules";
import { TemplateName } from "./builtInTemplates";

/** A step a draft is written for (the rules' steps, `rejection-reply` among them). */
export type LetterStep = StepKind;

/**
 * The template of a follow-up step: the `letter` step's variant picks thank-you (went well) or recovery
 * (went poorly); `null` when the letter's variant is unknown, so the caller asks the user which one. The
 * reply after a rejection is always the `after-rejection` letter.
 */
export function templateForStep(step: StepKind, variant: StepVariant | null): TemplateName | null {
	switch (step) {
		case "letter":
			return variant === "after-rejection" ? null : variant;
		case "rejection-reply":
			return "after-rejection";
		case "introducer-thanks":
			return "introducer-thanks";
		case "call":
			return "call";
		case "check-in":
			return "check-in";
	}
}

/** What each template is, as menus and notices name it. */
export const TEMPLATE_TITLES: Readonly<Record<TemplateName, string>> = Object.freeze({
	"thank-you": "Thank-you letter",
	recovery: "Recovery letter",
	"after-rejection": "Reply after a rejection",
	"meeting-thanks": "Thank-you for the meeting",
	"introducer-thanks": "Introducer thank-you",
	call: "Call script",
	"check-in": "Check-in",
	interview: "Interview note",
});

/**
 * The letter a note asks for (see `letterVariant`): by its kind, status and outcome; `null` when the outcome of a
 * job interview is missing or unknown. Read by the rules' own reading, with a stand-in date so that a note
 * without a usable date still gets its letter.
 */
export function letterVariantOf(frontmatter: Readonly<Record<string, unknown>> | null): LetterVariant | null {
	const interview = parseInterviewNote({ path: "", frontmatter: { ...frontmatter, date: "2000-01-01" } }).interview;
	return interview === null ? null : letterVariant(interview);
}

/**
 * The letter a note asks for now: the reply after a rejection once a job interview is rejected (no thank-you
 * after a no), else its letter (see `letterVariantOf`); `null` when a job interview's outcome is unknown.
 */
export function letterTemplateOf(frontmatter: Readonly<Record<string, unknown>> | null): TemplateName | null {
	const interview = parseInterviewNote({ path: "", frontmatter: { ...frontmatter, date: "2000-01-01" } }).interview;
	if (interview === null) return null;
	return isRejectedInterview(interview) ? "after-rejection" : letterVariant(interview);
}
