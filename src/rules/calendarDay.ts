/**
 * A calendar date as a whole number of days since 1970-01-01 in the proleptic Gregorian calendar.
 *
 * Why a number and not a timestamp: follow-up dates are calendar dates in the user's zone. Counting whole
 * days on the calendar itself means "+ 7 days" can never land on the wrong day across a daylight-saving
 * change, and comparing or sorting dates is plain integer arithmetic (fast on big vaults).
 */
export type CalendarDay = number;

/** Year, month (1–12) and day of month (1–31) of a calendar date. */
export interface DateParts {
	year: number;
	month: number;
	day: number;
}

const MONTH_NAMES = [
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
];

/** Days in `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The calendar day of a year, month and day; `null` when no such date exists (2026-02-30). */
export function dayFromParts(year: number, month: number, day: number): CalendarDay | null {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
	// Days from civil (H. Hinnant): exact for every Gregorian date, no Date object, no zone.
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const shiftedMonth = (month + 9) % 12;
	const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146097 + dayOfEra - 719468;
}

/** The year, month and day of a calendar day. */
export function partsOfDay(calendarDay: CalendarDay): DateParts {
	const z = calendarDay + 719468;
	const era = Math.floor(z / 146097);
	const dayOfEra = z - era * 146097;
	const yearOfEra = Math.floor(
		(dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
	);
	const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
	const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
	return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** `YYYY-MM-DD`, the form dates are written back in. */
export function formatIsoDay(calendarDay: CalendarDay): string {
	const { year, month, day } = partsOfDay(calendarDay);
	return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A short English date such as "Dec 2", with the year only when it differs from `today`'s. */
export function formatShortDay(calendarDay: CalendarDay, today: CalendarDay): string {
	const { year, month, day } = partsOfDay(calendarDay);
	const short = `${MONTH_NAMES[month - 1].slice(0, 3)} ${day}`;
	return year === partsOfDay(today).year ? short : `${short}, ${year}`;
}

/** The calendar date an instant falls on in the local zone (the system's, as Obsidian and Node see it). */
function localDayOf(instant: Date): CalendarDay {
	return dayFromParts(instant.getFullYear(), instant.getMonth() + 1, instant.getDate()) as CalendarDay;
}

/** Today in the local zone, for callers at the edge (command line, plugin); the rules never read the clock. */
export function localToday(now: Date): CalendarDay {
	return localDayOf(now);
}

/** The result of reading a date value: the day, or what was wrong with it. */
export type DayReading = { ok: true; day: CalendarDay } | { ok: false; reason: string };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T|\s+)(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const EXPECTED = "expected a date as YYYY-MM-DD (for example 2026-11-20), optionally with a time";

/**
 * Reads a frontmatter date value as the calendar date it was written as, in the local zone.
 *
 * - `YYYY-MM-DD` and a date-time without a zone: that date, in every zone.
 * - a date-time with `Z` or an offset: the instant converted to the local zone first.
 * - a JavaScript `Date` (what YAML loaders such as gray-matter produce): YAML reads zone-less values as UTC,
 *   so the UTC fields are the date as written.
 */
export function readCalendarDay(value: unknown): DayReading {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return { ok: false, reason: `found an invalid date; ${EXPECTED}` };
		return { ok: true, day: dayFromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) as CalendarDay };
	}
	if (typeof value !== "string") return { ok: false, reason: `found ${describeValue(value)}; ${EXPECTED}` };
	const fast = readPlainIsoDay(value);
	if (fast !== null) return { ok: true, day: fast };
	const text = value.trim();
	const dateOnly = DATE_ONLY.exec(text);
	if (dateOnly) return dayOfMatch(text, dateOnly);
	const dateTime = DATE_TIME.exec(text);
	if (!dateTime) return { ok: false, reason: `found "${text}"; ${EXPECTED}` };
	const date = dayOfMatch(text, dateTime);
	if (!date.ok) return date;
	const [hour, minute, second] = [Number(dateTime[4]), Number(dateTime[5]), Number(dateTime[6] ?? 0)];
	if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: `"${text}" has no such time of day; ${EXPECTED}` };
	const zone = dateTime[7];
	if (zone === undefined) return date;
	const { year, month, day } = partsOfDay(date.day);
	const offsetMinutes = zone.toUpperCase() === "Z" ? 0 : offsetOf(zone);
	// The wall time at that offset, as an instant: setUTCFullYear rather than Date.UTC, which reads years 0–99
	// as 1900–1999. The platform's own zone rules then give the local date (the tests hold it to luxon's).
	const instant = new Date(0);
	instant.setUTCFullYear(year, month - 1, day);
	instant.setUTCHours(hour, minute - offsetMinutes, second);
	return { ok: true, day: localDayOf(instant) };
}

/** `YYYY-MM-DD` exactly, read without a regex or any allocation (the common case on big vaults); else `null`. */
export function readPlainIsoDay(text: string): CalendarDay | null {
	if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
	let year = 0;
	let month = 0;
	let day = 0;
	for (let i = 0; i < 10; i++) {
		if (i === 4 || i === 7) continue;
		const digit = text.charCodeAt(i) - 48;
		if (digit < 0 || digit > 9) return null;
		if (i < 4) year = year * 10 + digit;
		else if (i < 7) month = month * 10 + digit;
		else day = day * 10 + digit;
	}
	return dayFromParts(year, month, day);
}

function dayOfMatch(text: string, match: RegExpExecArray): DayReading {
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const calendarDay = dayFromParts(year, month, day);
	if (calendarDay !== null) return { ok: true, day: calendarDay };
	if (month < 1 || month > 12) return { ok: false, reason: `"${text}" has no month ${match[2]}; ${EXPECTED}` };
	return {
		ok: false,
		reason: `"${text}" is not a calendar date: ${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days`,
	};
}

function offsetOf(zone: string): number {
	const sign = zone.startsWith("-") ? -1 : 1;
	const digits = zone.slice(1).replace(":", "");
	return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

/** A short description of an unexpected frontmatter value, for problem messages. */
export function describeValue(value: unknown): string {
	if (value === null || value === undefined) return "nothing";
	if (Array.isArray(value)) return "a list";
	if (typeof value === "object") return "a nested object";
	if (typeof value === "string") return `"${value}"`;
	if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${String(value)}`;
	return typeof value;
}
