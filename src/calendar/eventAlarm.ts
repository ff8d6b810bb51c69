import { reminderMinutes } from "../rules";

/**
 * RFC 5545's duration (section 3.3.6) of `minutes` after the start: `PT9H` for 09:00, `PT17H30M`, `PT0S` for
 * midnight. An all-day event starts at midnight of its first day in the calendar's local time, so this is the
 * time of day the alarm fires.
 */
export function triggerDuration(minutes: number): string {
	if (minutes === 0) return "PT0S";
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	return `PT${hours > 0 ? `${hours}H` : ""}${rest > 0 ? `${rest}M` : ""}`;
}

/**
 * The content lines of an event's reminder (SPEC.md section 7): a `VALARM` that shows `escapedSummary` (the
 * event's title, already escaped) at `reminderTime` (`HH:mm`, local) on the event's first day, counted from the
 * event's start (`TRIGGER;RELATED=START:PT9H`), so it fires on the phone whether or not Obsidian is open.
 * None for `off` (or a value that is not a time, which the settings never let through).
 */
export function alarmLines(escapedSummary: string, reminderTime: string): string[] {
	const minutes = reminderMinutes(reminderTime);
	if (minutes === null) return [];
	return ["BEGIN:VALARM", "ACTION:DISPLAY", `DESCRIPTION:${escapedSummary}`, `TRIGGER;RELATED=START:${triggerDuration(minutes)}`, "END:VALARM"];
}
