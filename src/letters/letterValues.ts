import { DateTime } from "luxon";
import { CalendarDay, displayText, firstDisplayText, formatIsoDay, partsOfDay, readCalendarDay } from "../rules";
import { TemplateValues } from "./fillTemplate";

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
	/** The note's frontmatter as Obsidian or the command line read it; `null` when it has none. */
	frontmatter: Readonly<Record<string, unknown>> | null;
	/** The `myName` setting (for `{{my_name}}`). */
	myName: string;
	today: CalendarDay;
	/** A BCP 47 language tag (`en-US`, `de`) for writing dates out; passed in, never read here. */
	locale: string;
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

/** A calendar date written out in `locale`, as luxon's `DATE_FULL` does: "November 20, 2026", "20. November 2026". */
export function formatLongDate(day: CalendarDay, locale: string): string {
	const { year, month, day: dayOfMonth } = partsOfDay(day);
	// UTC: a calendar date has no time of day, and no zone can shift it.
	const date = DateTime.fromObject({ year, month, day: dayOfMonth }, { zone: "utc", locale });
	const text = date.toLocaleString(DateTime.DATE_FULL);
	return text === "Invalid DateTime" || text === "" ? date.setLocale("en-US").toLocaleString(DateTime.DATE_FULL) : text;
}

/** A link to a note as Obsidian writes it, showing the note's name: `[[Interviews/2026-11-20 Acme|2026-11-20 Acme]]`. */
export function noteLink(path: string): string {
	const target = path.replace(/\.md$/i, "");
	const name = target.split("/").pop() ?? target;
	return target === name ? `[[${target}]]` : `[[${target}|${name}]]`;
}

/**
 * The questions to take again, as a bulleted list that leaves room under each for the answer you would
 * give now (the recovery letter's second paragraph).
 */
export function questionList(questions: readonly string[]): string {
	return questions.map((question) => `- You asked: "${question}"\n  My better answer: …`).join("\n");
}

/** The values that are written into the middle of a sentence, so their own final full stop is dropped. */
const SENTENCE_KEYS = ["skills", "learned", "challenge"] as const;

/** Text without one final full stop ("…tests." → "…tests"); an ellipsis stays. */
export function withoutFullStop(text: string): string {
	return /[^.]\.$/.test(text) ? text.slice(0, -1) : text;
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

/**
 * The placeholder values an interview note provides (SPEC.md section 6). Every text-valued frontmatter key
 * is a value by its own name (a list of texts reads as a natural list, a link as its display text); on top
 * of them: `company`, `role`, `interviewer` and `introducer` as display texts (the first person of a list:
 * the contact), `date` (the interview date) and `today` written out in the user's locale, `my_name`,
 * `skills` and `learned` as natural lists, `questions` as a bulleted list, `note` a link to the note, and
 * the article's `article_title`, `article_url` and `why`. A value that is missing is simply absent, so its
 * placeholder stays visible.
 */
export function letterValues(context: LetterContext): TemplateValues {
	const values = new Map<string, string>();
	// The named values replace what the raw frontmatter gave under the same key, or remove it when missing.
	const set = (key: string, value: string | null) => {
		if (value !== null && value.trim() !== "") values.set(key, value);
		else values.delete(key);
	};
	const fm = context.frontmatter ?? {};
	for (const [key, value] of Object.entries(fm)) {
		const items = texts(value);
		if (items.length > 0) values.set(key, naturalList(items));
	}
	// Sentences the user wrote end with a full stop; the letters go on after them, so one is dropped.
	for (const key of SENTENCE_KEYS) {
		const items = texts(fm[key]).map(withoutFullStop);
		set(key, items.length > 0 ? naturalList(items) : null);
	}
	set("company", displayText(fm.company));
	set("role", displayText(fm.role));
	// The people met are `interviewer`, or `contact` when no interviewer is named (an informational meeting).
	set("interviewer", firstDisplayText(fm.interviewer) ?? firstDisplayText(fm.contact));
	set("introducer", firstDisplayText(fm.introducer));
	const date = readCalendarDay(fm.date);
	set("date", date.ok ? formatLongDate(date.day, context.locale) : null);
	const questions = texts(fm.questions);
	set("questions", questions.length > 0 ? questionList(questions) : null);
	set("today", formatLongDate(context.today, context.locale));
	set("my_name", context.myName.trim());
	set("note", noteLink(context.path));
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
}

/**
 * The values of a new interview note (`interview.md`): the form's fields as typed, and `date` and `today` as
 * `YYYY-MM-DD`, because in a note's frontmatter a date must stay readable as a date.
 */
export function newInterviewValues(fields: NewInterviewFields, today: CalendarDay, myName: string): TemplateValues {
	const values: Record<string, string> = { date: formatIsoDay(fields.date), today: formatIsoDay(today) };
	for (const key of ["company", "role", "interviewer", "introducer"] as const) {
		const text = fields[key].trim();
		if (text !== "") values[key] = text;
	}
	if (myName.trim() !== "") values.my_name = myName.trim();
	return values;
}
