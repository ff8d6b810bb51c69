import { CalendarDay, dayFromParts, formatIsoDay } from "../../src/rules";

/** The calendar day of a `YYYY-MM-DD` text, for arranging tests; throws on a date that does not exist. */
export function day(iso: string): CalendarDay {
	const [year, month, dayOfMonth] = iso.split("-").map(Number);
	const calendarDay = dayFromParts(year, month, dayOfMonth);
	if (calendarDay === null) throw new Error(`test data: ${iso} is not a calendar date`);
	return calendarDay;
}

/** `YYYY-MM-DD` of a calendar day, so assertions read as dates. */
export function iso(calendarDay: CalendarDay): string {
	return formatIsoDay(calendarDay);
}
