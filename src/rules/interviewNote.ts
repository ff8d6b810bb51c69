import { CalendarDay, describeValue, readCalendarDay, readPlainIsoDay } from "./calendarDay";
import { displayText, displayTexts, unquotedLink } from "./linkText";
import { JOB_INTERVIEW, MEETING_TYPE_VALUES, MeetingKind, MeetingType, readMeetingType } from "./meetingKind";
import { NoteSource } from "./noteSource";
import { Problem } from "./problem";
import { tagValueIncludes } from "./tagNames";
import { isHiddenPath, isMarkdownPath, isUnderFolder } from "./vaultPaths";
import { FollowUpSettings } from "./settings";

/** Which letter fits: thank-you after a good interview, recovery after a poor one. */
export type Outcome = "well" | "poorly";

/** Where the conversation with the employer stands. */
export type Status = "waiting" | "responded" | "offer" | "rejected" | "closed";

/** The statuses a user can set, in the order menus show them. */
export const STATUSES: readonly Status[] = ["waiting", "responded", "offer", "rejected", "closed"];

/** Whether a step was done, and when, if the note says. */
export interface DoneMark {
	done: boolean;
	on: CalendarDay | null;
}

/** An interview note (a meeting of any kind) read into what the rules need. */
export interface Interview {
	path: string;
	/** The meeting date. */
	date: CalendarDay;
	/** Which kind of meeting: a job interview, an informational interview, a career-advice meeting. */
	kind: MeetingKind;
	/** What the meeting is called in a sentence ("coffee chat", "interview"). */
	meeting: string;
	/** How a job interview went; always `null` for the other kinds, which have no outcome. */
	outcome: Outcome | null;
	status: Status;
	/** Display texts (links read as their alias or target). */
	company: string | null;
	role: string | null;
	/** Everyone met (`interviewer`, else `contact`), as display texts, in order: a panel has several. */
	contacts: string[];
	/** The first of `contacts`: the person to call. */
	interviewer: string | null;
	/** The first introducer: the one who is thanked. */
	introducer: string | null;
	letterSent: DoneMark;
	introducerThanked: DoneMark;
	called: DoneMark;
	/** The reply after a rejection (`rejection_replied`). */
	rejectionReplied: DoneMark;
	/** The day the rejection came (`rejected_on`), when the note says. */
	rejectedOn: CalendarDay | null;
	checkIns: CalendarDay[];
	snoozedUntil: CalendarDay | null;
}

/** The outcome of reading one note: an interview (or `null` after an error) and its problems. */
export interface ParsedNote {
	interview: Interview | null;
	problems: Problem[];
}

// A Map, not an object: an outcome such as "constructor" must not find Object.prototype's.
const OUTCOMES = new Map<string, Outcome>([
	["well", "well"], ["good", "well"], ["great", "well"], ["went well", "well"], ["positive", "well"], ["poorly", "poorly"], ["poor", "poorly"], ["bad", "poorly"], ["bombed", "poorly"], ["went poorly", "poorly"], ["negative", "poorly"],
]);

const INTERVIEW = "interview";

function hasInterviewTag(frontmatter: Record<string, unknown>): boolean {
	return tagValueIncludes(frontmatter.tags, INTERVIEW) || tagValueIncludes(frontmatter.tag, INTERVIEW);
}

function hasInlineInterviewTag(note: NoteSource): boolean {
	return note.inlineTags !== undefined && note.inlineTags.length > 0 && tagValueIncludes(note.inlineTags, INTERVIEW);
}

/**
 * Whether the rules read this note as an interview note (a meeting of any kind): a Markdown note outside the
 * templates and article-share folders that lies under the interviews folder with frontmatter, is tagged
 * `interview` (nested tags too, in frontmatter or in the body), or has a meeting `type`. Frontmatter that cannot
 * be parsed, and no frontmatter at all on a note tagged in its body, still count, so the user hears about it.
 */
export function isInterviewNote(note: NoteSource, settings: FollowUpSettings): boolean {
	if (!isMarkdownPath(note.path)) return false;
	if (isHiddenPath(note.path)) return false;
	if (isUnderFolder(note.path, settings.templatesFolder) || isUnderFolder(note.path, settings.shareFolder)) return false;
	if (hasInlineInterviewTag(note)) return true;
	if (note.frontmatter === null) return note.frontmatterError !== undefined && isUnderFolder(note.path, settings.interviewsFolder);
	if (isUnderFolder(note.path, settings.interviewsFolder)) return true;
	if (readMeetingType(note.frontmatter.type) !== null) return true;
	return hasInterviewTag(note.frontmatter);
}

function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/**
 * Reads an interview note's frontmatter. A missing or unreadable `date` (or unreadable frontmatter) is an
 * error and yields no interview; every other bad value is a warning and is read as SPEC.md says.
 */
export function parseInterviewNote(note: NoteSource): ParsedNote {
	// Most notes have no problem: they share one empty, frozen list (a live index keeps every note's list).
	let problems: Problem[] = NO_PROBLEMS;
	const problem = (field: string | null, severity: Problem["severity"], message: string) => {
		if (problems === NO_PROBLEMS) problems = [];
		problems.push({ note: note.path, field, severity, message });
	};
	const fm = note.frontmatter;
	if (fm === null && note.frontmatterError === undefined) {
		problem("date", "error", 'This note is tagged #interview but has no frontmatter, so it has no meeting date. Add a frontmatter block at the top (a line "---", then "date: YYYY-MM-DD", then "---") so it can be scheduled.');
		return { interview: null, problems };
	}
	if (fm === null) {
		problem("frontmatter", "error", `The frontmatter could not be read${note.frontmatterError ? ` (${note.frontmatterError})` : ""}. Fix the YAML between the --- lines so this meeting can be scheduled.`);
		return { interview: null, problems };
	}

	if (isEmpty(fm.date)) {
		problem("date", "error", 'No meeting date. Add "date: YYYY-MM-DD" (the day of the meeting) to the frontmatter.');
		return { interview: null, problems };
	}
	let day = plainDay(fm.date);
	if (day === null) {
		const reading = readCalendarDay(fm.date);
		if (!reading.ok) {
			problem("date", "error", `The meeting date cannot be read: ${reading.reason}.`);
			return { interview: null, problems };
		}
		day = reading.day;
	}

	for (const field of LINK_FIELDS) {
		const link = unquotedLink(fm[field]);
		if (link !== null) problem(field, "warning", `${field} is written as ${link} without quotes, which YAML reads as a nested list; it is read as the link ${link}. Write ${field}: "${link}" so Obsidian reads it as a link too.`);
	}

	const meeting = readType(fm.type, problem);
	const contacts = meetingContacts(fm);
	const interview: Interview = {
		path: note.path,
		date: day,
		kind: meeting.kind,
		meeting: meeting.name,
		// Only a job interview goes well or poorly enough to pick a letter; other meetings get their thanks.
		outcome: meeting.kind === "interview" ? readOutcome(fm.outcome, problem) : null,
		status: readStatus(fm.status, problem),
		company: displayText(fm.company),
		role: displayText(fm.role),
		contacts,
		interviewer: contacts.length > 0 ? contacts[0] : null,
		introducer: displayTexts(fm.introducer)[0] ?? null,
		letterSent: readDoneMark("letter_sent", fm.letter_sent, problem),
		introducerThanked: readDoneMark("introducer_thanked", fm.introducer_thanked, problem),
		called: readDoneMark("called", fm.called, problem),
		rejectionReplied: readDoneMark("rejection_replied", fm.rejection_replied, problem),
		rejectedOn: readOptionalDay("rejected_on", fm.rejected_on, "The date is ignored.", problem),
		checkIns: readCheckIns(fm.check_ins, problem),
		snoozedUntil: readOptionalDay("snoozed_until", fm.snoozed_until, "The snooze is ignored.", problem),
	};
	if (typeof fm.phone === "number") problem("phone", "warning", phoneAsNumber(fm.phone));
	return { interview, problems };
}

/**
 * SPEC.md section 1: a `phone` written without quotes that YAML 1.2 types as a number (`+447911123456`,
 * `07911123456`, `555.0100`) reaches the rules as a number, in the plugin (Obsidian's metadata cache) and on the
 * command line (js-yaml's core schema) alike, so what made it a phone number is gone before anyone reads it.
 */
function phoneAsNumber(phone: number): string {
	return `phone is written without quotes, so YAML reads it as the number ${String(phone)}: a leading + or 0, or the dots, are already lost. Write it in quotes, as in phone: "+44 7911 123456".`;
}

/** The fields that hold a person or a company, often written as a `[[link]]`. */
const LINK_FIELDS = ["company", "interviewer", "contact", "introducer"] as const;

/**
 * The people met, as display texts in order (SPEC.md section 1): every entry of `interviewer`, or of
 * `contact` when `interviewer` is missing or holds no one. A panel has several.
 */
export function meetingContacts(fm: Readonly<Record<string, unknown>>): string[] {
	const interviewers = displayTexts(fm.interviewer);
	return interviewers.length > 0 ? interviewers : displayTexts(fm.contact);
}

/** Plain `YYYY-MM-DD` text (most dates of a vault) as a day, with nothing allocated; `null` for anything else. */
function plainDay(value: unknown): CalendarDay | null {
	return typeof value === "string" ? readPlainIsoDay(value) : null;
}

type Report = (field: string, severity: Problem["severity"], message: string) => void;

function readOutcome(value: unknown, problem: Report): Outcome | null {
	if (isEmpty(value)) {
		problem("outcome", "warning", 'No outcome. Set "outcome: well" or "outcome: poorly" to choose between the thank-you and the recovery letter.');
		return null;
	}
	const outcome = typeof value === "string" ? OUTCOMES.get(value) ?? OUTCOMES.get(value.trim().toLowerCase().replace(/[\s_-]+/g, " ")) : undefined;
	if (outcome) return outcome;
	problem("outcome", "warning", `Outcome ${describeValue(value)} is not one the plugin knows: expected "well" (or good, great, went well, positive) or "poorly" (or poor, bad, bombed, went poorly, negative). No letter variant is chosen.`);
	return null;
}

function readType(value: unknown, problem: Report): MeetingType {
	if (isEmpty(value)) return JOB_INTERVIEW;
	const type = readMeetingType(value);
	if (type !== null) return type;
	problem("type", "warning", `Type ${describeValue(value)} is not a kind of meeting the plugin knows: expected one of ${MEETING_TYPE_VALUES.join(", ")}. Read as a job interview.`);
	return JOB_INTERVIEW;
}

function readStatus(value: unknown, problem: Report): Status {
	if (isEmpty(value)) return "waiting";
	if ((STATUSES as readonly unknown[]).includes(value)) return value as Status;
	const key = typeof value === "string" ? value.trim().toLowerCase() : "";
	if ((STATUSES as readonly string[]).includes(key)) return key as Status;
	problem("status", "warning", `Status ${describeValue(value)} is not one the plugin knows: expected waiting, responded, offer, rejected or closed. Treated as waiting.`);
	return "waiting";
}

const NO_PROBLEMS: Problem[] = Object.freeze([]) as unknown as Problem[];
const NOT_DONE: DoneMark = Object.freeze({ done: false, on: null });
const DONE_UNDATED: DoneMark = Object.freeze({ done: true, on: null });
const NO_CHECK_INS: CalendarDay[] = Object.freeze([]) as unknown as CalendarDay[];

function readDoneMark(field: string, value: unknown, problem: Report): DoneMark {
	if (value === undefined || value === false || isEmpty(value)) return NOT_DONE;
	if (value === true) return DONE_UNDATED;
	const plain = plainDay(value);
	if (plain !== null) return { done: true, on: plain };
	const reading = readCalendarDay(value);
	if (reading.ok) return { done: true, on: reading.day };
	problem(field, "warning", `${field} is ${describeValue(value)}: expected the date it was done (YYYY-MM-DD), true or false. Treated as done, date unknown.`);
	return DONE_UNDATED;
}

function readCheckIns(value: unknown, problem: Report): CalendarDay[] {
	if (value === undefined || isEmpty(value)) return NO_CHECK_INS;
	const entries = Array.isArray(value) ? value : [value];
	const days: CalendarDay[] = [];
	for (const entry of entries) {
		if (isEmpty(entry)) continue;
		const plain = plainDay(entry);
		if (plain !== null) {
			days.push(plain);
			continue;
		}
		const reading = readCalendarDay(entry);
		if (reading.ok) days.push(reading.day);
		else problem("check_ins", "warning", `A check_ins entry is ${describeValue(entry)}: expected a date (YYYY-MM-DD). That entry is ignored.`);
	}
	return days;
}

/** A date that may be missing (`snoozed_until`, `rejected_on`); anything else is a warning and is ignored. */
function readOptionalDay(field: string, value: unknown, ignored: string, problem: Report): CalendarDay | null {
	if (isEmpty(value)) return null;
	const plain = plainDay(value);
	if (plain !== null) return plain;
	const reading = readCalendarDay(value);
	if (reading.ok) return reading.day;
	problem(field, "warning", `${field} is ${describeValue(value)}: expected a date (YYYY-MM-DD). ${ignored}`);
	return null;
}
