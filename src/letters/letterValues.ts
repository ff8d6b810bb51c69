import { CalendarDay, MeetingKind, displayText, firstDisplayText, formatIsoDay, meetingContacts, parseInterviewNote, partsOfDay, readCalendarDay } from "../rules";
import { sectionKey, TemplateValues } from "./fillTemplate";
import { addressees, GreetingStyle } from "./greetingName";
import { howItWent } from "./howItWent";
import { bullets, isQuestion, listMaterial, Material, naturalList, safeMaterial, textMaterial } from "./materialKinds";
import { MATERIAL_HEADINGS, noteSections, sectionText } from "./noteSections";
import { personalSections } from "./panelSections";

export { isSentence, listValue, naturalList } from "./materialKinds";

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
	/** The *Your e-mail* and *Your phone* settings (for `{{my_email}}` and `{{my_phone}}`). */
	myEmail?: string;
	myPhone?: string;
	/** The *Greeting* setting: how `{{first_name}}` names the reader; by first name when absent. */
	greeting?: GreetingStyle;
	/** The draft goes to the note's introducer (their thanks): `{{first_name}}` names them. */
	toIntroducer?: boolean;
	/** Days after a job interview before the call (the *Call* setting); 7 when absent. */
	callDelayDays?: number;
}

/**
 * A calendar date written out in `locale`, as Intl writes a long date ("November 20, 2026", "20. November
 * 2026"), without the year when it is the year of `today` ("November 20"): a letter sent the next day does
 * not say which year it is.
 */
export function formatLongDate(day: CalendarDay, locale: string, today?: CalendarDay, withWeekday = false): string {
	const { year, month, day: dayOfMonth } = partsOfDay(day);
	const sameYear = today !== undefined && partsOfDay(today).year === year;
	// UTC on both sides: a calendar date has no time of day, and no zone can shift it.
	const format: Intl.DateTimeFormatOptions = {
		month: "long", day: "numeric", timeZone: "UTC", ...(sameYear ? {} : { year: "numeric" }), ...(withWeekday ? { weekday: "long" } : {}),
	};
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

/** A frontmatter value as material: a list by `listMaterial`, one text by `textMaterial`, a link as its display text. */
function frontmatterMaterial(value: unknown): Material | null {
	const items = texts(value);
	if (items.length === 0) return null;
	return Array.isArray(value) ? listMaterial(items) : textMaterial(items[0]);
}

// Each piece of material is a value by its own name, as the letter places it, and by its kind, so a template
// can lead into each as it reads: `{{learned_text}}` stands whole, `{{learned_fragment}}` goes into a sentence,
// `{{learned_list}}` is a sentence list ("a, b and c"). Bullets are `_text` too: they stand on their own lines.
const KIND_SUFFIX: Readonly<Record<Material["kind"], string>> = { text: "_text", sentences: "_text", fragment: "_fragment", phrases: "_list" };

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
	const set = (key: string, value: string | null | undefined) => {
		if (value !== null && value !== undefined && value.trim() !== "") values.set(key, value);
		else values.delete(key);
	};
	const fm = context.frontmatter ?? {};
	for (const [key, value] of Object.entries(fm)) set(key, Array.isArray(value) ? frontmatterMaterial(value)?.text : texts(value)[0]);
	const people = addressees(context.frontmatter, context.greeting);
	const to = context.contact ?? people[0]?.display ?? null;
	const allSections = noteSections(context.body ?? "");
	const { mine, others: theirs } = personalSections(allSections, people, to);
	// What is for one person of a panel is theirs alone: no other placeholder takes it.
	const sections = allSections.filter((_section, index) => !theirs.has(index) && !mine.has(index));
	for (const section of [...sections].reverse()) set(sectionKey(section.heading), textMaterial(section.text)?.text);
	const setMaterial = (key: string, material: Material | null) => {
		set(key, material?.text);
		for (const suffix of new Set(Object.values(KIND_SUFFIX))) set(`${key}${suffix}`, material && KIND_SUFFIX[material.kind] === suffix ? (material.inline ?? material.text) : null);
		set(`${key}_asks`, material && isQuestion(material) ? "yes" : null);
		// A fragment after "made me see" or "in particular": "that …", or as it is when it asks ("how their teams are staffed").
		const inline = material?.kind === "fragment" ? material.inline : undefined;
		set(`${key}_that`, inline === undefined ? null : /^(?:how|what|why|when|where|who|whether|that)\s/i.test(inline) ? inline : `that ${inline}`);
	};
	const material: Record<string, Material | null> = {};
	for (const [key, headings] of Object.entries(MATERIAL_HEADINGS)) {
		const section = sectionText(sections, headings);
		const found = frontmatterMaterial(fm[key]) ?? (section === null ? null : textMaterial(section));
		// Challenges listed as short phrases may hold verbs ("clinic staff resist new screens"): bullets, after a full sentence.
		material[key] = found?.kind === "phrases" && key === "challenge" ? bullets(found.items) : found;
		setMaterial(key, material[key]);
	}
	// A proposal set into "What I would propose is …": an imperative ("reconcile …") takes "to", a noun phrase does not.
	const plan = material.proposal?.inline;
	set("proposal_to", plan === undefined ? null : /^(?:to|a|an|the|one|two|three|my|our|your|their)\s/i.test(plan) ? plan : `to ${plan}`);
	set("question_answers", questionAnswers(material.questions, material.better_answers));
	// A personal section's text holds its subsections' when it has none of its own (see `noteSections`).
	const personal = [...mine].filter((index) => !mine.has(allSections[index].parent ?? -1)).map((index) => allSections[index].text).filter((text) => text !== "").join("\n\n");
	// What the candidate noted for one reader may be fragments ("showed me the graph"): bullets, and the check asks to read them.
	const personalMaterial = textMaterial(personal);
	setMaterial("personal", safeMaterial(personalMaterial));
	set("personal_notes", personalMaterial !== null && personalMaterial.kind !== "text" && !personalMaterial.items.every((item) => /^\p{Lu}.*[.?!]$/u.test(item)) ? "yes" : null);
	set("company", displayText(fm.company));
	set("role", displayText(fm.role));
	set("interviewer", to);
	const reader = context.toIntroducer ? addressees({ interviewer: fm.introducer }, context.greeting)[0] : people.find((person) => person.display === to);
	set("first_name", reader?.greeting ?? (to === null ? null : to.split(/\s+/)[0]));
	// Which kind of meeting it was, for templates that read differently after a job interview.
	const parsed = parseInterviewNote({ path: "", frontmatter: { ...fm, date: "2000-01-01" } }).interview;
	const kind = parsed?.kind ?? "interview";
	set("is_interview", kind === "interview" ? "yes" : null);
	set("is_meeting", kind === "interview" ? null : kind);
	set("is_rejected", parsed?.status === "rejected" ? "yes" : null);
	// The first person's draft thanks the rest of the panel; the others' drafts name nobody else.
	set("others", people.length > 1 && to === people[0].display ? naturalList(people.slice(1).map((person) => person.greeting)) : null);
	set("contacts", naturalList(letterContacts(context.frontmatter)));
	set("how_it_went", howItWent(context.frontmatter));
	set("introducer", firstDisplayText(fm.introducer));
	const date = readCalendarDay(fm.date);
	set("date", date.ok ? formatLongDate(date.day, context.locale, context.today) : null);
	const call = callDay(context);
	set("call_date", call === null ? null : formatLongDate(call, context.locale, context.today, true));
	set("today", formatLongDate(context.today, context.locale, context.today));
	set("my_name", context.myName.trim());
	set("my_email", context.myEmail?.trim());
	set("my_phone", context.myPhone?.trim());
	set("note", context.noteLink ?? noteLink(context.path));
	if (context.article) {
		set("article_title", context.article.title.trim());
		set("article_url", context.article.url.trim());
		set("why", context.article.why.trim());
	}
	return Object.fromEntries(values);
}

/**
 * Each question they asked with the answer the candidate would give now, when the note has as many answers as
 * questions: "You asked me, "How would you…?" Now I would answer: …", one paragraph a pair; `null` otherwise.
 */
function questionAnswers(questions: Material | null, answers: Material | null): string | null {
	if (!questions || !answers || questions.items.length !== answers.items.length || answers.kind === "phrases") return null;
	return questions.items
		.map((question, index) => {
			const answer = answers.items[index].replace(/^\p{Ll}+(?!\p{L})/u, (word) => word.charAt(0).toUpperCase() + word.slice(1));
			// A question or a request ("Tell me about a time…") is quoted; a topic ("SQL window functions") is named.
			const asked = /^\p{Lu}/u.test(question) || /\?$/.test(question) ? `You asked me, "${/[.?!]$/.test(question) ? question : `${question}.`}"` : `You asked me about ${question.replace(/[.;,]$/, "")}.`;
			return `${asked} Now I would answer: ${answer}${/[.?!]["'’”)]*$/.test(answer) ? "" : "."}`;
		})
		.join("\n\n");
}

/**
 * The day of the call that follows a job interview still waiting for an answer (SPEC.md section 2, `d + 7`, moved
 * by a snooze), as the thank-you and recovery letters announce it; `null` when there is no call to expect.
 */
export function callDay(context: Pick<LetterContext, "frontmatter" | "callDelayDays">): CalendarDay | null {
	const interview = parseInterviewNote({ path: "", frontmatter: context.frontmatter }).interview;
	if (interview === null || interview.kind !== "interview" || interview.status !== "waiting" || interview.called.done) return null;
	const due = interview.date + (context.callDelayDays ?? 7);
	return interview.snoozedUntil !== null && due < interview.snoozedUntil ? interview.snoozedUntil : due;
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
