import { agendaToIcs, triggerDuration } from "../../src/calendar";
import { normalizeReminderTime, readSettings, reminderMinutes, reminderTimeProblem } from "../../src/rules";
import { agendaOf } from "../builders/agendaOf";
import { interviewNote } from "../builders/interviewNote";
import { parseCalendar } from "./parsedCalendar";

// Every event reminds the user on its first day, at the Reminder time setting, on a phone too: the alarm is in
// the calendar file, so it fires whether or not Obsidian is open. Read back with ical.js, as an import reads it.

const TODAY = "2026-11-27";
/** Acme, met 2026-11-20, went well, introduced by Marge: a letter and a thanks overdue, a call due today, a check-in later. */
const ACME = interviewNote().introducer("Marge").build();

function eventsOf(reminderTime?: string) {
	const { agenda } = agendaOf([ACME], TODAY);
	return parseCalendar(agendaToIcs(agenda, { vaultName: "Job search", ...(reminderTime === undefined ? {} : { reminderTime }) })).events;
}

describe("each event carries one reminder that shows its title", () => {
	it("by default at 09:00 on the event's first day, counted from its start", () => {
		const events = eventsOf();
		expect(events).toHaveLength(4);
		for (const event of events) {
			expect(event.alarms).toEqual([{ action: "DISPLAY", description: event.summary, trigger: "PT9H", related: "START", fires: `${event.start}T09:00:00` }]);
		}
	});

	it("an overdue step reminds today, where its event sits; a later one on the first day of its window", () => {
		const fires = eventsOf().map((event) => [event.summary, event.alarms[0].fires]);
		expect(fires).toEqual([
			["Send thank-you letter to Jane Doe at Acme", "2026-11-27T09:00:00"],
			["Thank Marge for the introduction to Acme", "2026-11-27T09:00:00"],
			["Call Jane Doe at Acme — no answer in a week", "2026-11-27T09:00:00"],
			["Share something with Jane Doe at Acme", "2026-12-18T09:00:00"],
		]);
	});

	it.each([
		["17:30", "PT17H30M", "T17:30:00"],
		["00:00", "PT0S", "T00:00:00"],
		["00:45", "PT45M", "T00:45:00"],
		["23:59", "PT23H59M", "T23:59:00"],
	])("at the reminder time %s", (time, trigger, at) => {
		for (const event of eventsOf(time)) {
			expect(event.alarms.map((alarm) => [alarm.trigger, alarm.fires])).toEqual([[trigger, `${event.start}${at}`]]);
		}
	});

	it("has none when the reminder time is off", () => {
		expect(eventsOf("off").map((event) => event.alarms)).toEqual([[], [], [], []]);
	});

	it("writes the trigger as RFC 5545 asks, relative to the start", () => {
		const { agenda } = agendaOf([ACME], TODAY);
		const ics = agendaToIcs(agenda, { vaultName: "V" });
		expect(ics).toContain("BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Send thank-you letter to Jane Doe at Acme\r\nTRIGGER;RELATED=START:PT9H\r\nEND:VALARM\r\nEND:VEVENT\r\n");
	});
});

describe("the Reminder time setting", () => {
	it.each([
		["09:00", 540, "09:00"],
		["9:00", 540, "09:00"],
		[" 17:30 ", 1050, "17:30"],
		["00:00", 0, "00:00"],
		["23:59", 1439, "23:59"],
	])("reads %j as %d minutes after midnight, stored as %j", (value, minutes, stored) => {
		expect(reminderMinutes(value)).toBe(minutes);
		expect(reminderTimeProblem(value)).toBeNull();
		expect(normalizeReminderTime(value)).toBe(stored);
	});

	it.each(["off", "OFF", " Off "])("takes %j as no reminders", (value) => {
		expect(reminderTimeProblem(value)).toBeNull();
		expect(reminderMinutes(value)).toBeNull();
		expect(normalizeReminderTime(value)).toBe("off");
	});

	it.each([["24:00"], ["9"], ["09:60"], ["9am"], ["09:00:00"], [""], [900], [null]])("refuses %j, saying what it expects", (value) => {
		expect(reminderTimeProblem(value)).toBe(`Reminder time must be a time of day as HH:mm (24-hour, for example 09:00 or 17:30) or "off", found ${JSON.stringify(value)}.`);
	});

	it("is 09:00 unless data.json says otherwise; a stored value that is not a time falls back to it, said", () => {
		expect(readSettings({}).settings.reminderTime).toBe("09:00");
		expect(readSettings({ reminderTime: "7:15" }).settings.reminderTime).toBe("07:15");
		expect(readSettings({ reminderTime: "Off" }).settings.reminderTime).toBe("off");
		const { settings, problems } = readSettings({ reminderTime: "noon" });
		expect(settings.reminderTime).toBe("09:00");
		expect(problems).toEqual([{ key: "reminderTime", message: 'Reminder time must be a time of day as HH:mm (24-hour, for example 09:00 or 17:30) or "off", found "noon". The default, 09:00, is used.' }]);
	});

	it.each([
		[0, "PT0S"],
		[540, "PT9H"],
		[570, "PT9H30M"],
		[5, "PT5M"],
	])("writes %d minutes as the duration %s", (minutes, duration) => {
		expect(triggerDuration(minutes)).toBe(duration);
	});
});
