// The calendar as a calendar app reads it: parsed by Mozilla's ical.js (the parser of Thunderbird), so tests
// assert on what an import would show, not on the text the code happened to write.
import ICAL from "ical.js";

/** One event as read back: dates as `YYYY-MM-DD`, texts unescaped and unfolded by the parser. */
export interface ParsedEvent {
	uid: string;
	summary: string;
	description: string;
	url: string;
	start: string;
	/** The day after the last day (all-day events end there). */
	end: string;
	/** Both dates are DATE values (all-day), not date-times. */
	allDay: boolean;
	stamp: string;
	/** The event's reminders, as a calendar app reads them. */
	alarms: ParsedAlarm[];
}

/** One `VALARM`: what it does, its text, and when it fires (`fires`: local date-time `YYYY-MM-DDTHH:mm:ss`). */
export interface ParsedAlarm {
	action: string;
	description: string;
	/** The trigger as written (`PT9H`) and what it counts from (`START`, the default, or `END`). */
	trigger: string;
	related: string;
	fires: string;
}

/** The calendar's own properties and its events, in file order. */
export interface ParsedCalendar {
	properties: Record<string, string>;
	events: ParsedEvent[];
}

function text(component: ICAL.Component, name: string): string {
	return String(component.getFirstPropertyValue(name) ?? "");
}

/** Parses an iCalendar text with ical.js (throws on a malformed file, as an import would fail). */
export function parseCalendar(ics: string): ParsedCalendar {
	const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
	const properties: Record<string, string> = {};
	for (const property of calendar.getAllProperties()) properties[property.name.toUpperCase()] = String(property.getFirstValue());
	const events = calendar.getAllSubcomponents("vevent").map((event) => {
		const start = event.getFirstPropertyValue("dtstart") as ICAL.Time;
		const end = event.getFirstPropertyValue("dtend") as ICAL.Time;
		return {
			uid: text(event, "uid"),
			summary: text(event, "summary"),
			description: text(event, "description"),
			url: text(event, "url"),
			start: start.toString(),
			end: end.toString(),
			allDay: start.isDate && end.isDate,
			stamp: (event.getFirstPropertyValue("dtstamp") as ICAL.Time).toString(),
			alarms: event.getAllSubcomponents("valarm").map((alarm) => {
				const trigger = alarm.getFirstProperty("trigger") as ICAL.Property;
				const duration = trigger.getFirstValue() as ICAL.Duration;
				const related = String(trigger.getParameter("related") ?? "START");
				const fires = (related === "END" ? end : start).clone();
				fires.isDate = false; // midnight of the day, then the trigger's offset
				fires.addDuration(duration);
				return { action: text(alarm, "action"), description: text(alarm, "description"), trigger: duration.toString(), related, fires: fires.toString() };
			}),
		};
	});
	return { properties, events };
}

/** The physical lines of an iCalendar text, each with its line ending, as a reader splits them. */
export function physicalLines(ics: string): string[] {
	return ics.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
