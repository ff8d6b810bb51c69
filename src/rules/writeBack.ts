import { CalendarDay, formatIsoDay } from "./calendarDay";
import { Status } from "./interviewNote";
import { StepKind } from "./steps";

/** A user's explicit action on a follow-up, the only thing that ever writes to a note. */
export type FollowUpAction =
	| { kind: "done"; step: StepKind }
	| { kind: "snooze"; until: CalendarDay }
	| { kind: "status"; status: Status };

/** The frontmatter key each step's "done" writes. */
export const DONE_KEYS: Record<StepKind, string> = {
	letter: "letter_sent",
	"introducer-thanks": "introducer_thanked",
	call: "called",
	"check-in": "check_ins",
};

/**
 * Applies an action to a frontmatter object in place, touching only SPEC.md's keys, with dates as
 * `YYYY-MM-DD` text. Meant to run inside `FileManager.processFrontMatter`, which keeps the rest of the note.
 */
export function applyAction(frontmatter: Record<string, unknown>, action: FollowUpAction, today: CalendarDay): void {
	switch (action.kind) {
		case "done": {
			const key = DONE_KEYS[action.step];
			if (action.step !== "check-in") {
				frontmatter[key] = formatIsoDay(today);
				return;
			}
			const existing = frontmatter[key];
			const list: unknown[] = Array.isArray(existing) ? (existing as unknown[]) : existing === undefined || existing === null || existing === "" ? [] : [existing];
			frontmatter[key] = [...list, formatIsoDay(today)];
			return;
		}
		case "snooze":
			frontmatter.snoozed_until = formatIsoDay(action.until);
			return;
		case "status":
			frontmatter.status = action.status;
			return;
	}
}
