import { DoneMark, Interview } from "./interviewNote";
import { FollowUpSettings } from "./settings";
import { Step, StepKind, stepsForThread } from "./steps";

const notDone = (mark: DoneMark): DoneMark => (mark.done ? { done: false, on: mark.on } : mark);

/** A meeting as it would be with nothing logged as done; the dates of what was done still count as contacts. */
function withNothingDone(interview: Interview): Interview {
	const { letterSent, introducerThanked, called, rejectionReplied } = interview;
	return { ...interview, letterSent: notDone(letterSent), introducerThanked: notDone(introducerThanked), called: notDone(called), rejectionReplied: notDone(rejectionReplied) };
}

/** Where a step stands for one note: open, logged as done, or not a step of that note at all. */
export type StepState =
	| { state: "open"; step: Step }
	| { state: "done"; step: Step }
	/** `owner`: the note of the thread that has the step instead (its latest meeting), if one does. */
	| { state: "absent"; owner: Step | null };

/**
 * Where step `kind` stands for the note at `path` in its thread (SPEC.md section 7): a note *has* a step when
 * everything that opens it holds but its done mark, so it is `open` or, with its done mark set, `done`;
 * otherwise `absent`, with the note of the thread that has it (the call, the reply after a rejection and the
 * check-in are the latest meeting's). The mark's own date still counts as a contact, so a done step keeps
 * the due date it had.
 */
export function stepStateOf(thread: readonly Interview[], path: string, kind: StepKind, settings: FollowUpSettings): StepState {
	const open = stepsForThread(thread, settings).find((step) => step.note === path && step.step === kind);
	if (open) return { state: "open", step: open };
	const had = stepsForThread(thread.map(withNothingDone), settings).filter((step) => step.step === kind);
	const own = had.find((step) => step.note === path);
	if (own) return { state: "done", step: own };
	return { state: "absent", owner: had[0] ?? null };
}

/** The step a note's letter is by default: the reply after a rejection when the note has one, else its letter. */
export function defaultLetterStep(thread: readonly Interview[], path: string, settings: FollowUpSettings): StepKind {
	return stepStateOf(thread, path, "rejection-reply", settings).state === "absent" ? "letter" : "rejection-reply";
}
