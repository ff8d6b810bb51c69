import { CalendarDay, MeetingKind, displayText, firstDisplayText, formatIsoDay, meetingContacts, partsOfDay, readCalendarDay } from "../rules";
import { sectionKey, TemplateValues } from "./fillTemplate";
import { howItWent } from "./howItWent";
import { MATERIAL_HEADINGS, noteSections, sectionText } from "./noteSections";

/** The article, seminar or news of a check-in, as the user entered it. */
export interface ArticleValues {
	title: string;
	url: string;
	/** One line on why it matters to their challenge. */
	why: string;
}

/** Everything a letter is filled from: the interview note, the user's name, today and the user's locale. */
export interface LetterContext {
	/** Vault path of the interview note (for `{{note}}`). */
	path: string;
	/** `{{note}}` as the user's link settings write it (the plugin asks Obsidian); `[[path|name]]` when absent. */
	noteLink?: string;
	/** The note's frontmatter as Obsidian or the command line read it; `null` when it has none. */
	frontmatter: Readonly<Record<string, unknown>> | null;
	/** The `myName` setting (for `{{my_name}}`). */
	myName: string;
	today: CalendarDay;
	/** A BCP 47 language tag (`en`, `de`) for writing dates out: the letter-language setting; passed in, never read here. */
	locale: string;
	/** The note's text after its frontmatter, for the letter material written under headings; none when absent. */
	body?: string;
	/** The person this draft is addressed to (one member of a panel); the note's first contact when absent. */
	contact?: string | null;
	/** The check-in's article, for `{{article_title}}`, `{{article_url}}` and `{{why}}`. */
	article?: ArticleValues;
}

/**
 * Items as a sentence reads them: "SQL", "SQL and dashboards", "SQL, dashboards and stakeholder interviews".
 * Written in English like the built-in templates, without a serial comma.
 */
export function naturalList(items: readonly string[]): string {
	if (items.length <= 1) return items[0] ?? "";
	return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// Longer than this, an entry is read as a sentence even without a full stop ("Led the move of a monolith…").
const PHRASE_MAX_WORDS = 5;

/** Whether a list entry is a sentence (ends with `.`, `?` or `!`, or runs past a few words) rather than a short phrase. */
export function isSentence(entry: string): boolean {
	return /[.?!…]["')\]]*$/.test(entry.trim()) || entry.trim().split(/\s+/).length > PHRASE_MAX_WORDS;
}

/**
 * A list as a letter reads it (SPEC.md section 6): short phrases as one sentence list ("SQL, dashboards and
 * stakeholder interviews"), and as a bulleted list as soon as one entry is a sentence.
 */
export function listValue(items: readonly string[]): string {
	return items.some(isSentence) ? items.map((item) => `- ${item}`).join("\n") : naturalList(items);
}

/**
 * A calendar date written out in `locale`, as Intl writes a long date ("November 20, 2026", "20. November
 * 2026"), without the year when it is the year of `today` ("November 20"): a letter sent the next day does
 * not say which year it is.
 */
export function formatLongDate(day: CalendarDay, locale: string, today?: CalendarDay): string {
	const { year, month, day: dayOfMonth } = partsOfDay(day);
	const sameYear = today !== undefined && partsOfDay(today).year === year;
	// UTC on both sides: a calendar date has no time of day, and no zone can shift it.
	const format: Intl.DateTimeFormatOptions = { month: "long", day: "numeric", timeZone: "UTC", ...(sameYear ? {} : { year: "numeric" }) };
	const date = new Date(Date.UTC(2000, month - 1, dayOfMonth));
	date.setUTCFullYear(year);
	return new Intl.DateTimeFormat(supportedLocale(locale), format).format(date);
}

// A tag the platform cannot use (misspelt, or unknown to it) writes the date in English rather than failing.
function supportedLocale(locale: string): string {
	try {
		return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? locale : "en";
	} catch {
		return "en";
	}
}

/** A link to a note as Obsidian writes it, showing the note's name: `[[Interviews/2026-11-20 Acme|2026-11-20 Acme]]`. */
export function noteLink(path: string): string {
	const target = path.replace(/\.md$/i, "");
	const name = target.split("/").pop() ?? target;
	return target === name ? `[[${target}]]` : `[[${target}|${name}]]`;
}

// Text entries of a value that may be one text or a list of them; links read as their display text.
function texts(value: unknown): string[] {
	const entries = Array.isArray(value) ? (value as unknown[]) : [value];
	const result: string[] = [];
	for (const entry of entries) {
		const text = entry instanceof Date ? dayText(entry) : displayText(entry);
		if (text !== null) result.push(text);
	}
	return result;
}

function dayText(value: Date): string | null {
	const reading = readCalendarDay(value);
	return reading.ok ? formatIsoDay(reading.day) : null;
}

// A section that is nothing but one-line list items is a list like a frontmatter list; anything else stays as written.
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d+[.)])\s+(.*)$/;

function sectionValue(text: string): string {
	const lines = text.split("\n");
	const items = lines.map((line) => LIST_ITEM.exec(line)?.[1]?.trim() ?? null);
	if (items.every((item): item is string => item !== null && item !== "")) return listValue(items);
	return text;
}

/** A placeholder value as a letter places it: a list by `listValue`, one text as written. */
function materialValue(value: unknown): string | null {
	const items = texts(value);
	if (items.length === 0) return null;
	return Array.isArray(value) ? listValue(items) : items[0];
}

/** The people a letter goes to, in order (see `meetingContacts`): each member of a panel gets a letter of their own. */
export function letterContacts(frontmatter: Readonly<Record<string, unknown>> | null): string[] {
	return frontmatter === null ? [] : meetingContacts(frontmatter);
}

/**
 * The placeholder values an interview note provides (SPEC.md section 6). Every text-valued frontmatter key
 * is a value by its own name (a list as `listValue` reads it, a link as its display text); on top of them:
 * `company`, `role` and `introducer` as display texts, `contacts` everyone met as a sentence list,
 * `how_it_went` (see `howItWent`), `interviewer` the person the draft is addressed to
 * (`contact`, else the first person met), `date` (the meeting date, without the year in the current year) and
 * `today` written out in the letter's locale, `my_name`, `note` a link to the note, the letter material of
 * `MATERIAL_HEADINGS` (the frontmatter key when it has a value, else the body section), `section:<heading>`
 * for every section of the body, and the article's `article_title`, `article_url` and `why`. A value that
 * is missing is simply absent, so its placeholder stays visible.
 */
export function letterValues(context: LetterContext): TemplateValues {
	const values = new Map<string, string>();
	// The named values replace what the raw frontmatter gave under the same key, or remove it when missing.
	const set = (key: string, value: string | null) => {
		if (value !== null && value.trim() !== "") values.set(key, value);
		else values.delete(key);
	};
	const fm = context.frontmatter ?? {};
	for (const [key, value] of Object.entries(fm)) set(key, materialValue(value));
	const sections = noteSections(context.body ?? "");
	for (const section of [...sections].reverse()) set(sectionKey(section.heading), section.text === "" ? null : sectionValue(section.text));
	for (const [key, headings] of Object.entries(MATERIAL_HEADINGS)) {
		const section = sectionText(sections, headings);
		set(key, materialValue(fm[key]) ?? (section === null ? null : sectionValue(section)));
	}
	set("company", displayText(fm.company));
	set("role", displayText(fm.role));
	set("interviewer", context.contact ?? letterContacts(context.frontmatter)[0] ?? null);
	set("contacts", naturalList(letterContacts(context.frontmatter)));
	set("how_it_went", howItWent(context.frontmatter));
	set("introducer", firstDisplayText(fm.introducer));
	const date = readCalendarDay(fm.date);
	set("date", date.ok ? formatLongDate(date.day, context.locale, context.today) : null);
	set("today", formatLongDate(context.today, context.locale, context.today));
	set("my_name", context.myName.trim());
	set("note", context.noteLink ?? noteLink(context.path));
	if (context.article) {
		set("article_title", context.article.title.trim());
		set("article_url", context.article.url.trim());
		set("why", context.article.why.trim());
	}
	return Object.fromEntries(values);
}

/** What the "New interview note" form asks for. */
export interface NewInterviewFields {
	company: string;
	role: string;
	interviewer: string;
	introducer: string;
	date: CalendarDay;
	/** Which kind of meeting it was; written as the note's `type`. A job interview when absent. */
	kind?: MeetingKind;
}

/**
 * The values of a new interview note (`interview.md`): the form's fields as typed, and `type` the kind of meeting, and
 * `date` and `today` as `YYYY-MM-DD`, because in a note's frontmatter a date must stay readable as a date.
 */
export function newInterviewValues(fields: NewInterviewFields, today: CalendarDay, myName: string): TemplateValues {
	const values: Record<string, string> = { type: fields.kind ?? "interview", date: formatIsoDay(fields.date), today: formatIsoDay(today) };
	for (const key of ["company", "role", "interviewer", "introducer"] as const) {
		const text = fields[key].trim();
		if (text !== "") values[key] = text;
	}
	if (myName.trim() !== "") values.my_name = myName.trim();
	return values;
}
