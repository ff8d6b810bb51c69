import { displayText, unquotedLink } from "../rules";

/** How a letter greets its reader: by first name (the default, as people sign e-mails today) or by full name. */
export type GreetingStyle = "first-name" | "full-name";

/** One person a letter can go to: the name as displayed, and how the greeting names them. */
export interface Addressee {
	/** The display text of the note's entry (a link's alias, else its target's name, else the text). */
	display: string;
	/** How the greeting names them (`{{first_name}}`): see `greetingName`. */
	greeting: string;
}

const TITLES = /^(?:dr|prof|ms|mr|mrs|mx|sir|dame)\.?$/i;

/**
 * How a greeting names someone (SPEC.md section 6, `{{first_name}}`): a link's alias as it is ("[[People/Jane
 * Doe|Jane]]" → "Jane"), else the first word of the name ("Jürgen Müller" → "Jürgen"); a title keeps the last
 * name ("Dr. Amara Okoye" → "Dr. Okoye"). With the *Greeting* setting at full name, the name as displayed.
 */
export function greetingName(entry: unknown, style: GreetingStyle = "first-name"): string | null {
	const display = displayText(entry);
	if (display === null) return null;
	if (style === "full-name" || hasAlias(entry)) return display;
	// "Okoye, Amara" is written last name first: the greeting takes the part after the comma.
	const words = display.replace(/^([^,]+),\s*([^,]+)$/, "$2 $1").split(/\s+/).map((word) => word.replace(/[,;]+$/, ""));
	if (words.length >= 2 && TITLES.test(words[0])) {
		const title = words[0].endsWith(".") || /^(?:sir|dame)$/i.test(words[0]) ? words[0] : `${words[0]}.`;
		return `${title} ${words[words.length - 1]}`;
	}
	return words[0];
}

// A wikilink with an alias (`[[target|alias]]`) or a Markdown link's text: a name the user chose to be called by.
function hasAlias(entry: unknown): boolean {
	const text = unquotedLink(entry) ?? entry;
	if (typeof text !== "string") return false;
	return /^\[\[[^\]]*\|\s*[^\]\s][^\]]*\]\]$/.test(text.trim()) || /^\[[^\]]+\]\([^)]*\)$/.test(text.trim());
}

/**
 * The people met, in order, as letters address them (the `interviewer` entries, else `contact`'s, as
 * `meetingContacts` reads them), each with the name the greeting uses.
 */
export function addressees(frontmatter: Readonly<Record<string, unknown>> | null, style: GreetingStyle = "first-name"): Addressee[] {
	if (frontmatter === null) return [];
	const entriesOf = (value: unknown): unknown[] => (Array.isArray(value) && unquotedLink(value) === null ? (value as unknown[]) : [value]);
	const read = (value: unknown) =>
		entriesOf(value).flatMap((entry) => {
			const display = displayText(entry);
			const greeting = greetingName(entry, style);
			return display === null || greeting === null ? [] : [{ display, greeting }];
		});
	const interviewers = read(frontmatter.interviewer);
	return interviewers.length > 0 ? interviewers : read(frontmatter.contact);
}
