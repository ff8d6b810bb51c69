import { actionPhrase, Agenda, AgendaItem, CalendarDay, formatIsoDay, formatShortDay, KIND_LABELS } from "../rules";
import { alarmLines } from "./eventAlarm";
import { escapeText, joinContentLines } from "./icsText";
import { followUpUid } from "./followUpUid";
import { obsidianOpenUrl } from "./obsidianOpenUrl";

/** What the calendar needs besides the agenda. */
export interface IcsOptions {
	/** The vault's name, for the `obsidian://open` links (the folder's name on the command line). */
	vaultName: string;
	/** The call-delay setting, for the call's phrase ("no answer in a week"); 7 by default. */
	callDelayDays?: number;
	/** The *Reminder time* setting: each event's alarm at this `HH:mm` on its first day, or `off`; `09:00` by default. */
	reminderTime?: string;
}

/** The file name the plugin writes the calendar to, in the article-share folder (SPEC.md section 7). */
export const CALENDAR_FILE_NAME = "follow-ups.ics";

/** `YYYYMMDD`, RFC 5545's DATE form. */
function icsDate(day: CalendarDay): string {
	return formatIsoDay(day).replace(/-/g, "");
}

/**
 * When the step is due, in dates rather than "in 3 days": an event keeps its text for weeks after the export,
 * so a phrase relative to the export day would soon be wrong.
 */
function dueDates(item: AgendaItem, today: CalendarDay): string {
	if (item.bucket === "overdue") return `Was due by ${formatShortDay(item.deadline, today)}`;
	const due = formatShortDay(item.due, today);
	return item.due === item.deadline ? `Due ${due}` : `Due ${due} to ${formatShortDay(item.deadline, today)}`;
}

/** The content lines of one step's event (unescaped values are escaped here, once). */
function eventLines(item: AgendaItem, agenda: Agenda, options: IcsOptions): string[] {
	// An overdue step is still to do: it sits on today, where it will be seen, rather than in the past.
	const [start, end] = item.bucket === "overdue" ? [agenda.today, agenda.today + 1] : [item.due, item.deadline + 1];
	const url = obsidianOpenUrl(options.vaultName, item.note);
	const detail = [KIND_LABELS[item.kind], item.role, dueDates(item, agenda.today)].filter((part) => part).join(" · ");
	const summary = escapeText(actionPhrase(item, options.callDelayDays));
	return [
		"BEGIN:VEVENT",
		`UID:${followUpUid(item.note, item.step)}`,
		`DTSTAMP:${icsDate(agenda.today)}T000000Z`,
		// The export day as the revision number: it only ever grows, so a calendar that compares SEQUENCE before
		// applying an update (Google, Outlook) takes a later export's dates over an earlier one's.
		`SEQUENCE:${Math.max(0, agenda.today)}`,
		`DTSTART;VALUE=DATE:${icsDate(start)}`,
		`DTEND;VALUE=DATE:${icsDate(end)}`,
		`SUMMARY:${summary}`,
		`DESCRIPTION:${escapeText([detail, item.note, url].join("\n"))}`,
		`URL:${url}`,
		// A reminder to write or call, not a meeting: it does not make the day look busy to others.
		"TRANSP:TRANSPARENT",
		// The reminder that reaches the phone while Obsidian is closed: the title, at the reminder time.
		...alarmLines(summary, options.reminderTime ?? "09:00"),
		"END:VEVENT",
	];
}

/**
 * The agenda as an iCalendar file (RFC 5545) for a calendar app to import or subscribe to: one all-day event
 * per open step, every bucket, in agenda order, from its due date through its deadline (`DTEND` is the day
 * after, as all-day events end), or on today alone when it is overdue. Its title is the step's phrase as the
 * sidebar shows it; its `UID` depends on the note path and step only (see `followUpUid`); its `URL` and
 * description link back to the note; its alarm fires at the reminder time on its first day (see `alarmLines`).
 * Everything is derived from the agenda and its `today` (the `DTSTAMP` too), so the same vault on the same day
 * gives the same bytes. Lines end with CRLF and are folded at 75 octets.
 */
export function agendaToIcs(agenda: Agenda, options: IcsOptions): string {
	const parts: string[] = [];
	writeIcs(agenda, options, (text) => parts.push(text));
	return parts.join("");
}

/**
 * The text of `agendaToIcs`, handed to `write` in pieces (the header, each event, the end) so that a large
 * calendar is written out as it is made, never held whole as lines and copies. Its cost is linear in the events.
 */
export function writeIcs(agenda: Agenda, options: IcsOptions, write: (text: string) => void): void {
	write(
		joinContentLines([
			"BEGIN:VCALENDAR",
			"VERSION:2.0",
			"PRODID:-//Interview follow-up//Obsidian plugin//EN",
			"CALSCALE:GREGORIAN",
			"METHOD:PUBLISH",
			`X-WR-CALNAME:${escapeText(`Interview follow-ups (${options.vaultName})`)}`,
		]),
	);
	for (const item of agenda.items) write(joinContentLines(eventLines(item, agenda, options)));
	write("END:VCALENDAR\r\n");
}
