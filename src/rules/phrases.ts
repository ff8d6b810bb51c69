import { CalendarDay, formatShortDay } from "./calendarDay";
import { Bucket } from "./agenda";
import { Step } from "./steps";

/** "a week", "two weeks", "10 days": how long there has been no answer when the call is due. */
function waitPhrase(days: number): string {
	if (days === 7) return "a week";
	if (days === 14) return "two weeks";
	return days === 1 ? "a day" : `${days} days`;
}

/**
 * What to do, as a person would say it: "Send thank-you letter to Jane at Acme". `callDelayDays` (the
 * setting, 7 by default) says how long the call waited: "Call Bill at Initech — no answer in a week".
 */
export function actionPhrase(step: Step, callDelayDays = 7): string {
	const who = step.contact ?? (step.step === "introducer-thanks" ? "your introducer" : "the interviewer");
	const at = step.company ? ` at ${step.company}` : "";
	switch (step.step) {
		case "letter": {
			const kind = step.variant === "thank-you" ? "thank-you" : step.variant === "recovery" ? "recovery" : "follow-up";
			return `Send ${kind} letter to ${who}${at}`;
		}
		case "introducer-thanks":
			return `Thank ${who} for the introduction${step.company ? ` to ${step.company}` : ""}`;
		case "call":
			return `Call ${who}${at} — no answer in ${waitPhrase(callDelayDays)}`;
		case "check-in":
			return `Share something with ${who}${at}`;
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

/** Headings of the agenda's sections, by bucket. */
export const BUCKET_TITLES: Record<Bucket, string> = {
	overdue: "Overdue",
	due: "Due now",
	upcoming: "Coming up",
	later: "Later",
};
