// The *Reminder time* setting: when a calendar event's alarm fires on the event's first day (SPEC.md section 7).

/** The setting's value that leaves the alarms out of the calendar. */
export const REMINDERS_OFF = "off";

const CLOCK_TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/**
 * Minutes after midnight (local time) that a reminder time `HH:mm` names (`09:00` → 540; `9:00` is read the
 * same), or `null` for `off` (any case) and for anything that is not a 24-hour time.
 */
export function reminderMinutes(value: string): number | null {
	const match = CLOCK_TIME.exec(value.trim());
	return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * Why `value` cannot be the reminder time, or `null` when it can: a 24-hour time `HH:mm` (`09:00`, `17:30`)
 * or `off`.
 */
export function reminderTimeProblem(value: unknown): string | null {
	if (typeof value === "string" && (value.trim().toLowerCase() === REMINDERS_OFF || reminderMinutes(value) !== null)) return null;
	return `Reminder time must be a time of day as HH:mm (24-hour, for example 09:00 or 17:30) or "off", found ${JSON.stringify(value)}.`;
}

/** A valid reminder time as stored: `HH:mm` with two-digit hours (`9:00` → `09:00`), or `off` in lower case. */
export function normalizeReminderTime(value: string): string {
	const minutes = reminderMinutes(value);
	if (minutes === null) return REMINDERS_OFF;
	const two = (n: number) => String(n).padStart(2, "0");
	return `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}
