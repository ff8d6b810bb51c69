import { fillDrafts, letterVariantOf, mailtoUrl, templateForStep, TemplateName, templateText } from "../letters";
import {
	CalendarDay, DONE_KEYS, defaultLetterStep, displayText, FollowUpSettings, Interview, isInterviewNote, isRejectedInterview, isStepKind, NoteSource,
	parseInterviewNote, STEP_KINDS, StepKind, stepStateOf,
} from "../rules";
import { UsageError } from "./usageError";

/**
 * What `letter` prints, shared by the standalone command line (which reads the vault from disk) and the
 * plugin's handler for Obsidian's own command line (which reads the running app's index): the caller finds
 * the note and its thread, `planLetter` decides the step and template (or refuses, as a `UsageError`),
 * the caller reads that template, and `printLetter` fills and prints the drafts. No Node built-in, no obsidian.
 */

/** Where the printer writes: text to standard output as is, lines to standard error. */
export interface LetterOutput {
	out: (text: string) => void;
	err: (line: string) => void;
}

/** One interview note asked for, and how to find its thread (the notes about the same company, itself included). */
export interface LetterNote {
	path: string;
	note: NoteSource;
	threadOf(interview: Interview): readonly Interview[];
}

/** What `planLetter` decided: the step, its template, and the note it read. */
export interface LetterPlan {
	path: string;
	note: NoteSource;
	step: StepKind;
	template: TemplateName;
}

/** Why `--mailto` (or `mailto`) is refused for a call: a call script is for the candidate, never sent. */
export const CALL_NOT_SENT = "letter: a call script is not sent; --mailto is for letters (drop --mailto, or ask for another --step).";

/** Reads a step asked for by name (`--step` for the standalone command line, `step=` for Obsidian's). */
export function readStepArgument(value: string | undefined, flag = "--step"): StepKind | undefined {
	if (value === undefined || isStepKind(value)) return value;
	throw new UsageError(`letter: ${flag} "${value}" is not a step; expected ${STEP_KINDS.join(", ")}.`);
}

/**
 * Decides the step (`asked`, else the note's default: the reply after a rejection, else the letter) and its
 * template, refusing a note that is no interview note or a step the note does not have (SPEC.md section 7,
 * naming what it has instead). Says on `err` when the step is logged as done, or when the outcome is missing.
 */
export function planLetter(letter: LetterNote, asked: StepKind | undefined, settings: FollowUpSettings, io: LetterOutput): LetterPlan {
	const { path, note } = letter;
	if (!isInterviewNote(note, settings)) {
		throw new UsageError(
			`letter: "${path}" is not an interview note; expected a note with frontmatter under "${settings.interviewsFolder || "(no folder)"}", tagged interview, or with type: interview.`,
		);
	}
	const interview = readInterview(path, note);
	// The letter and the introducer's thanks are each note's own; the rest is decided by the thread's latest
	// note, so only then is the rest of the vault read.
	const ownStep = asked === "introducer-thanks" || ((asked === "letter" || asked === undefined) && !isRejectedInterview(interview));
	const thread = ownStep ? [interview] : letter.threadOf(interview);
	const step = asked ?? defaultLetterStep(thread, path, settings);
	const state = stepStateOf(thread, path, step, settings);
	if (state.state === "absent") refuseStep(path, interview, step, state.owner?.note ?? null, thread, settings);
	if (state.state === "done") io.err(`note: the ${step} of "${path}" is logged as done (${DONE_KEYS[step]}); its draft is printed all the same.`);

	let template = templateForStep(step, letterVariantOf(note.frontmatter));
	if (template === null) {
		io.err(`note: "${path}" has no outcome, so the thank-you letter is printed; set outcome: poorly for the recovery letter.`);
		template = "thank-you";
	}
	return { path, note, step, template };
}

/** How the drafts are filled and printed. */
export interface LetterPrinting {
	/** The note's body (its text after the frontmatter): letter material comes from its sections too. */
	body: string;
	/** The vault's own template file for `plan.template`, or `null` for the built-in text. */
	templateFile: string | null;
	settings: FollowUpSettings;
	today: CalendarDay;
	locale: string;
	/** Print one `mailto:` URL per draft instead of the drafts. */
	mailto: boolean;
}

/**
 * Fills the plan's drafts and prints them: a panel's drafts one after another, each from its `Subject:` line
 * (the advice comment above it is for the note, not the terminal), or one `mailto:` URL per draft (never for a
 * call script). The letter check of each draft goes to `err`, one `check:` line per item; a panel member
 * without an address is named there too.
 */
export function printLetter(plan: LetterPlan, printing: LetterPrinting, io: LetterOutput): void {
	const { note, step, template: name } = plan;
	const { settings } = printing;
	if (printing.mailto && step === "call") throw new UsageError(CALL_NOT_SENT);
	const drafts = fillDrafts(templateText(name, printing.templateFile), {
		path: plan.path,
		frontmatter: note.frontmatter,
		body: printing.body,
		myName: settings.myName,
		myEmail: settings.myEmail,
		myPhone: settings.myPhone,
		greeting: settings.greeting,
		callDelayDays: settings.callDelayDays,
		today: printing.today,
		locale: printing.locale,
	}, step, name);
	const email = displayText(note.frontmatter?.email);
	drafts.forEach((draft, index) => {
		// The letter check, one line per item; a panel's items name whose letter they are about.
		const to = drafts.length > 1 && draft.contact !== null ? `to ${draft.contact}: ` : "";
		for (const item of draft.check) io.err(`check: ${to}${item}`);
		// SPEC.md section 6: the note's `email` is the first contact's only.
		if (printing.mailto) {
			const address = index === 0 ? email : null;
			if (address === null) io.err(`note: no address for ${draft.contact ?? "the contact"}; the mailto: URL has no recipient (the note's email is the first contact's).`);
			io.out(`${mailtoUrl(draft.plain, address)}\n`);
		} else io.out(`${index > 0 ? "\n" : ""}${withoutAdvice(draft.text).replace(/\s*$/, "\n")}`);
	});
}

// The advice comment a built-in draft opens with is a note to the candidate in Obsidian, not part of the letter.
function withoutAdvice(draft: string): string {
	return draft.replace(/^\s*%%[\s\S]*?%%[ \t]*\r?\n/, "");
}

/** The note read by the rules; a note with an error has no steps at all, and says why. */
function readInterview(path: string, note: NoteSource): Interview {
	const parsed = parseInterviewNote(note);
	if (parsed.interview !== null) return parsed.interview;
	const error = parsed.problems.find((problem) => problem.severity === "error");
	throw new UsageError(`letter: "${path}" has no follow-up steps until it is fixed: ${error?.message ?? "its frontmatter cannot be read"}`);
}

/**
 * Refuses a step the note does not have (SPEC.md section 7), saying why and naming what it has instead: the
 * introducer's thanks without an introducer; the reply after a rejection before a job interview is rejected;
 * the letter of a rejected job interview (its reply is `rejection-reply`); a call after anything but a job
 * interview still waiting for an answer; a check-in once there is an offer or the thread is closed; any step
 * once the note is closed; and the call, the reply and the check-in of a thread, which are its latest meeting's.
 */
function refuseStep(path: string, interview: Interview, step: StepKind, owner: string | null, thread: readonly Interview[], settings: FollowUpSettings): never {
	const { kind, status } = interview;
	if (step === "letter" && kind === "interview" && status === "rejected") {
		const reply = stepStateOf(thread, path, "rejection-reply", settings);
		const instead = reply.state !== "absent"
			? "its letter is the reply after the rejection, --step rejection-reply"
			: `the reply after the rejection belongs to the thread's latest meeting${reply.owner ? `, "${reply.owner.note}"` : ""}`;
		throw new UsageError(`letter: "${path}" is a rejected job interview, so there is no thank-you after the no; ${instead}.`);
	}
	if (step === "introducer-thanks" && interview.introducer === null) {
		throw new UsageError(`letter: "${path}" names no introducer, so there is no one to thank; add introducer: to the note.`);
	}
	if ((step === "call" || step === "rejection-reply") && kind !== "interview") {
		const what = step === "call" ? "the call is only for a job interview waiting for an answer" : "the reply after a rejection is only for a job interview";
		const article = /^[aeiou]/i.test(interview.meeting) ? "an" : "a";
		throw new UsageError(`letter: "${path}" is ${article} ${interview.meeting}, not a job interview; ${what}.`);
	}
	if (step === "call" && status !== "waiting") {
		throw new UsageError(`letter: "${path}" has status ${status}; the call is only for a job interview still waiting for an answer.`);
	}
	if (step === "rejection-reply" && status !== "rejected" && owner === null) {
		throw new UsageError(`letter: "${path}" has status ${status}, not rejected; the reply after a rejection comes once they say no (its letter is --step letter).`);
	}
	if (step === "check-in" && (status === "offer" || status === "closed") && owner === null) {
		throw new UsageError(`letter: "${path}" has status ${status}; check-ins stop after an offer or once the thread is closed.`);
	}
	if (status === "closed") throw new UsageError(`letter: "${path}" has status closed; a closed note has no follow-ups.`);
	if (owner !== null) {
		const company = thread.find((other) => other.path === owner)?.company ?? interview.company;
		throw new UsageError(`letter: the ${step} of the ${company} thread belongs to its latest meeting, "${owner}"; ask for that note.`);
	}
	throw new UsageError(`letter: "${path}" has no ${step}: a later meeting of its thread decides it.`);
}
