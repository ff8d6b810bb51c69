import { CalendarDay } from "./calendarDay";
import { Interview } from "./interviewNote";
import { MeetingKind } from "./meetingKind";
import { FollowUpSettings } from "./settings";

/** The follow-up steps, in the order they are listed when everything else is equal. */
export type StepKind = "letter" | "introducer-thanks" | "call" | "check-in";

/** Step order for sorting: `letter`, `introducer-thanks`, `call`, `check-in`. */
export const STEP_ORDER: Record<StepKind, number> = { letter: 0, "introducer-thanks": 1, call: 2, "check-in": 3 };

/**
 * Which letter the `letter` step asks for: after a job interview, `after-rejection` once rejected, else
 * `thank-you` (went well) or `recovery` (went poorly), `null` when the outcome is unknown; after an
 * informational or advice meeting, `meeting-thanks`.
 */
export type LetterVariant = "thank-you" | "recovery" | "after-rejection" | "meeting-thanks";

/** One open follow-up: what to do, for which note, from when (`due`) and until when (`deadline`). */
export interface Step {
	note: string;
	step: StepKind;
	variant: LetterVariant | null;
	/** The kind of the step's note (for `call` and `check-in`, the thread's latest note). */
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

/** The last contact of a thread: the latest interview date, letter sent, call, or check-in in any of its notes. */
export function lastContact(thread: readonly Interview[]): CalendarDay {
	let last = -Infinity;
	for (const interview of thread) {
		if (interview.date > last) last = interview.date;
		for (const checkIn of interview.checkIns) if (checkIn > last) last = checkIn;
		if (interview.letterSent.on !== null) last = Math.max(last, interview.letterSent.on);
		if (interview.called.on !== null) last = Math.max(last, interview.called.on);
	}
	return last;
}

/** The letter a meeting calls for (see `LetterVariant`). */
export function letterVariant(interview: Pick<Interview, "kind" | "status" | "outcome">): LetterVariant | null {
	if (interview.kind !== "interview") return "meeting-thanks";
	if (interview.status === "rejected") return "after-rejection";
	return interview.outcome === "well" ? "thank-you" : interview.outcome === "poorly" ? "recovery" : null;
}

function step(interview: Interview, kind: StepKind, due: CalendarDay, deadline: CalendarDay, contacts: readonly string[]): Step {
	const variant = kind === "letter" ? letterVariant(interview) : null;
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
 * and introducer thanks; only the latest note has the call (after a job interview still waiting for an answer)
 * and the check-in, decided by its kind and status, with the check-in counted from the thread's last contact.
 * A note's snooze moves its steps due before it.
 */
export function stepsForThread(thread: readonly Interview[], settings: FollowUpSettings): Step[] {
	if (thread.length === 0) return [];
	const steps: Step[] = [];
	for (const interview of thread) {
		if (interview.status === "closed") continue;
		if (!interview.letterSent.done) {
			const due = interview.date + settings.letterDelayDays;
			steps.push(step(interview, "letter", due, due, interview.contacts));
		}
		if (interview.introducer !== null && !interview.introducerThanked.done) {
			const due = interview.date + settings.introducerDelayDays;
			steps.push(step(interview, "introducer-thanks", due, due, [interview.introducer]));
		}
	}
	const latest = latestOf(thread);
	if (latest.kind === "interview" && latest.status === "waiting" && !latest.called.done) {
		const due = latest.date + settings.callDelayDays;
		steps.push(step(latest, "call", due, due, latest.contacts));
	}
	if (latest.status !== "offer" && latest.status !== "closed") {
		const last = lastContact(thread);
		steps.push(step(latest, "check-in", last + settings.checkInMinDays, last + settings.checkInMaxDays, latest.contacts));
	}
	return steps;
}
