import { CalendarDay } from "./calendarDay";
import { Interview } from "./interviewNote";
import { MeetingKind } from "./meetingKind";
import { FollowUpSettings } from "./settings";

/** The follow-up steps, in the order they are listed when everything else is equal. */
export type StepKind = "letter" | "rejection-reply" | "introducer-thanks" | "call" | "check-in";

/** Every step, in step order: `letter`, `rejection-reply`, `introducer-thanks`, `call`, `check-in`. */
export const STEP_KINDS: readonly StepKind[] = Object.freeze(["letter", "rejection-reply", "introducer-thanks", "call", "check-in"]);

/** Step order for sorting (see `STEP_KINDS`). */
export const STEP_ORDER: Readonly<Record<StepKind, number>> = Object.freeze({ letter: 0, "rejection-reply": 1, "introducer-thanks": 2, call: 3, "check-in": 4 });

/** Whether a value names a step (an action read from anywhere is checked with this before it writes). */
export function isStepKind(value: unknown): value is StepKind {
	return typeof value === "string" && Object.prototype.hasOwnProperty.call(STEP_ORDER, value);
}

/**
 * Which letter the `letter` step asks for: after a job interview, `thank-you` (went well) or `recovery` (went
 * poorly), `null` when the outcome is unknown; after an informational or advice meeting, `meeting-thanks`.
 * A rejected job interview has no letter step: its reply is the `rejection-reply` step.
 */
export type LetterVariant = "thank-you" | "recovery" | "meeting-thanks";

/** A step's variant: the letter's (see `LetterVariant`), or `after-rejection` for the `rejection-reply`. */
export type StepVariant = LetterVariant | "after-rejection";

/** One open follow-up: what to do, for which note, from when (`due`) and until when (`deadline`). */
export interface Step {
	note: string;
	step: StepKind;
	variant: StepVariant | null;
	/** The kind of the step's note (for `call`, `rejection-reply` and `check-in`, the thread's latest note). */
	kind: MeetingKind;
	/** What that meeting is called in a sentence ("coffee chat", "interview"). */
	meeting: string;
	due: CalendarDay;
	deadline: CalendarDay;
	company: string | null;
	/** Whom to contact: the first of `contacts`. */
	contact: string | null;
	/** Everyone to contact: the people met (a panel has several), or the first introducer for `introducer-thanks`. */
	contacts: readonly string[];
	role: string | null;
}

/**
 * Interview notes about the same company form one thread: the key is the company's display text, trimmed and
 * case-insensitive. A note without a company is a thread of its own.
 */
export function threadKey(interview: Pick<Interview, "company" | "path">): string {
	const company = interview.company?.trim();
	// A company is the key itself (no prefix to build on every note); a note alone is marked with a NUL,
	// which no company name holds.
	return company ? company.toLowerCase() : `\u0000${interview.path}`;
}

/** The thread's latest interview: latest date, and on a tie the path that sorts last. */
export function latestOf(thread: readonly Interview[]): Interview {
	let latest = thread[0];
	for (const interview of thread) {
		if (interview.date > latest.date || (interview.date === latest.date && interview.path > latest.path)) latest = interview;
	}
	return latest;
}

/**
 * The last contact of a thread: the latest interview date, letter sent, call, reply after a rejection, or
 * check-in in any of its notes.
 */
export function lastContact(thread: readonly Interview[]): CalendarDay {
	let last = -Infinity;
	for (const interview of thread) {
		if (interview.date > last) last = interview.date;
		for (const checkIn of interview.checkIns) if (checkIn > last) last = checkIn;
		if (interview.letterSent.on !== null) last = Math.max(last, interview.letterSent.on);
		if (interview.called.on !== null) last = Math.max(last, interview.called.on);
		if (interview.rejectionReplied.on !== null) last = Math.max(last, interview.rejectionReplied.on);
	}
	return last;
}

/** The letter a meeting calls for (see `LetterVariant`), whatever its status. */
export function letterVariant(interview: Pick<Interview, "kind" | "outcome">): LetterVariant | null {
	if (interview.kind !== "interview") return "meeting-thanks";
	return interview.outcome === "well" ? "thank-you" : interview.outcome === "poorly" ? "recovery" : null;
}

/** Whether a note is a rejected job interview: its reply is the `rejection-reply`, and it gets no thank-you. */
export function isRejectedInterview(interview: Pick<Interview, "kind" | "status">): boolean {
	return interview.kind === "interview" && interview.status === "rejected";
}

function variantOf(interview: Interview, kind: StepKind): StepVariant | null {
	if (kind === "letter") return letterVariant(interview);
	return kind === "rejection-reply" ? "after-rejection" : null;
}

function step(interview: Interview, kind: StepKind, due: CalendarDay, deadline: CalendarDay, contacts: readonly string[]): Step {
	const variant = variantOf(interview, kind);
	let [snoozedDue, snoozedDeadline] = [due, deadline];
	const until = interview.snoozedUntil;
	if (until !== null && due < until) {
		snoozedDue = until;
		snoozedDeadline = Math.max(deadline, until);
	}
	return {
		note: interview.path, step: kind, variant, kind: interview.kind, meeting: interview.meeting, due: snoozedDue, deadline: snoozedDeadline,
		company: interview.company, contact: contacts.length > 0 ? contacts[0] : null, contacts, role: interview.role,
	};
}

/**
 * The open steps of one thread (meetings about the same company, of any kind). Every note keeps its own letter
 * (none after a job interview that was a no) and introducer thanks; only the latest note has the reply after a
 * rejection, the call (after a job interview still waiting for an answer) and the check-in, decided by its kind
 * and status. The reply is due the day after `rejected_on` (`letterDelayDays` later), or after the thread's
 * last contact when the note does not say when the no came; the check-in is counted from the last contact.
 * A note's snooze moves its steps due before it.
 */
export function stepsForThread(thread: readonly Interview[], settings: FollowUpSettings): Step[] {
	if (thread.length === 0) return [];
	const steps: Step[] = [];
	for (const interview of thread) {
		if (interview.status === "closed") continue;
		if (!interview.letterSent.done && !isRejectedInterview(interview)) {
			const due = interview.date + settings.letterDelayDays;
			steps.push(step(interview, "letter", due, due, interview.contacts));
		}
		if (interview.introducer !== null && !interview.introducerThanked.done) {
			const due = interview.date + settings.introducerDelayDays;
			steps.push(step(interview, "introducer-thanks", due, due, [interview.introducer]));
		}
	}
	const latest = latestOf(thread);
	const last = lastContact(thread);
	if (isRejectedInterview(latest) && !latest.rejectionReplied.done) {
		const due = (latest.rejectedOn ?? last) + settings.letterDelayDays;
		steps.push(step(latest, "rejection-reply", due, due, latest.contacts));
	}
	if (latest.kind === "interview" && latest.status === "waiting" && !latest.called.done) {
		const due = latest.date + settings.callDelayDays;
		steps.push(step(latest, "call", due, due, latest.contacts));
	}
	if (latest.status !== "offer" && latest.status !== "closed") {
		steps.push(step(latest, "check-in", last + settings.checkInMinDays, last + settings.checkInMaxDays, latest.contacts));
	}
	return steps;
}
