import { CalendarDay, formatShortDay } from "./calendarDay";
import { Bucket } from "./agenda";
import { Step } from "./steps";

/** "a week", "two weeks", "10 days": how long there has been no answer when the call is due. */
function waitPhrase(days: number): string {
	if (days === 7) return "a week";
	if (days === 14) return "two weeks";
	return days === 1 ? "a day" : `${days} days`;
}

/** Why a call is due: "no answer in a week" (`callDelayDays`, the setting, 7 by default). */
export function callReasonPhrase(callDelayDays = 7): string {
	return `no answer in ${waitPhrase(callDelayDays)}`;
}

/**
 * People as a sentence names them: "Jane", "Jane and Omar", "Jane, Omar and Li"; past three, "Jane, Omar and
 * 2 others", so a big panel does not make the line run on.
 */
export function peoplePhrase(people: readonly string[]): string {
	if (people.length <= 1) return people[0] ?? "";
	if (people.length > 3) return `${people.slice(0, 2).join(", ")} and ${people.length - 2} others`;
	return `${people.slice(0, -1).join(", ")} and ${people[people.length - 1]}`;
}

/** The letter's name in a phrase, by variant. */
const LETTER_NAMES: Record<"thank-you" | "recovery", string> = { "thank-you": "thank-you", recovery: "recovery" };

/**
 * What to do, as a person would say it: "Send thank-you letters to Jane and Omar at Acme", "Thank Priya for the
 * coffee chat", "Reply to Hank at Globex after the rejection". `callDelayDays` (the setting, 7 by default)
 * says how long the call waited: "Call Bill at Initech — no answer in a week"; `null` leaves that out, where a
 * narrow line (the sidebar) says it elsewhere: "Call Bill at Initech".
 */
export function actionPhrase(step: Step, callDelayDays: number | null = 7): string {
	const named = step.contacts.length > 0 ? peoplePhrase(step.contacts) : step.contact;
	const who = named ?? (step.step === "introducer-thanks" ? "your introducer" : step.kind === "interview" ? "the interviewer" : "your contact");
	const at = step.company ? ` at ${step.company}` : "";
	switch (step.step) {
		case "letter": {
			if (step.variant === "meeting-thanks") return `Thank ${who} for the ${step.meeting}`;
			const kind = step.variant === "thank-you" || step.variant === "recovery" ? LETTER_NAMES[step.variant] : "follow-up";
			return `Send ${kind} ${step.contacts.length > 1 ? "letters" : "letter"} to ${who}${at}`;
		}
		case "rejection-reply":
			// One letter, to the first person met (SPEC.md section 2), even after a panel.
			return `Reply to ${step.contact ?? who}${at} after the rejection`;
		case "introducer-thanks":
			return `Thank ${who} for the introduction${step.company ? ` to ${step.company}` : ""}`;
		case "call":
			return `Call ${step.contact ?? who}${at}${callDelayDays === null ? "" : ` — ${callReasonPhrase(callDelayDays)}`}`;
		case "check-in":
			return `Share something with ${step.contact ?? who}${at}`;
	}
}

function days(count: number): string {
	return count === 1 ? "1 day" : `${count} days`;
}

/** When, relative to today: "2 days overdue", "due today", "due by Dec 2", "tomorrow", "in 5 days". */
export function whenPhrase(step: Pick<Step, "due" | "deadline"> & { bucket: Bucket }, today: CalendarDay): string {
	switch (step.bucket) {
		case "overdue":
			return `${days(today - step.deadline)} overdue`;
		case "due":
			return step.deadline === today ? "due today" : `due by ${formatShortDay(step.deadline, today)}`;
		default: {
			const ahead = step.due - today;
			return ahead === 1 ? "tomorrow" : `in ${days(ahead)}`;
		}
	}
}

/** How long ago a day was: "today", "yesterday", "12 days ago"; a day still ahead: "tomorrow", "in 3 days". */
export function agoPhrase(day: CalendarDay, today: CalendarDay): string {
	const ago = today - day;
	if (ago === 0) return "today";
	if (ago === 1) return "yesterday";
	if (ago === -1) return "tomorrow";
	return ago > 0 ? `${ago} days ago` : `in ${-ago} days`;
}

/** Headings of the agenda's sections, by bucket. */
export const BUCKET_TITLES: Record<Bucket, string> = {
	overdue: "Overdue",
	due: "Due now",
	upcoming: "Coming up",
	later: "Later",
};
