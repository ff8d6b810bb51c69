import { CalendarDay, displayText, firstDisplayText, formatIsoDay } from "../rules";
import { fillDrafts } from "./drafts";
import { frontmatterBlock } from "./fillTemplate";
import { GreetingStyle } from "./greetingName";
import { withCheck } from "./letterCheck";
import { ArticleValues, noteLink } from "./letterValues";
import { safeFileName } from "./safeFileName";

/** What an article share is made of: the interview it follows up, the article, and the day it is shared. */
export interface ArticleShareInput {
	/** Vault path of the interview note the share belongs to. */
	interviewPath: string;
	interviewFrontmatter: Readonly<Record<string, unknown>> | null;
	/** The interview note's body, where `{{challenge}}` and the other letter material may be written under headings. */
	interviewBody?: string;
	article: ArticleValues;
	/** The day of the share (today unless the user picked another). */
	date: CalendarDay;
	/** The `check-in.md` text (the user's or the built-in one). */
	template: string;
	myName: string;
	/** The *Your e-mail*, *Your phone* and *Greeting* settings; none when absent. */
	myEmail?: string;
	myPhone?: string;
	greeting?: GreetingStyle;
	today: CalendarDay;
	locale: string;
	/**
	 * The links to the interview note as the user's link settings write them (Obsidian's
	 * `generateMarkdownLink`): `property` for the `interview` property, `text` for `{{note}}` in the body.
	 * Absent (the command line): `[[path|name]]` for both.
	 */
	links?: { property: string; text: string };
}

/** A new article-share note: the name to give it (before making it unique) and its whole text. */
export interface ArticleShareNote {
	/** `<date> <company> - <title>`, made safe for a file name; without `.md`. */
	name: string;
	content: string;
}

/**
 * The article-share note of SPEC.md section 6: frontmatter `type: article-share`, `interview` (a link to
 * the interview note), `contact`, `article_title`, `article_url` and `date`, and the filled check-in
 * template as its body, its letter check at the head of its comment. It is a note of its own: making it changes nothing in the interview note.
 */
export function articleShareNote(input: ArticleShareInput): ArticleShareNote {
	const fm = input.interviewFrontmatter ?? {};
	const company = displayText(fm.company);
	const title = input.article.title.trim();
	const day = formatIsoDay(input.date);
	const name = safeFileName(company ? `${day} ${company} - ${title}` : `${day} ${title}`);
	const frontmatter = frontmatterBlock([
		["type", "article-share"],
		["interview", input.links?.property ?? noteLink(input.interviewPath)],
		["contact", firstDisplayText(fm.interviewer) ?? firstDisplayText(fm.contact) ?? ""],
		["article_title", title],
		["article_url", input.article.url.trim()],
		["date", day],
	]);
	const [draft] = fillDrafts(input.template, {
		path: input.interviewPath,
		frontmatter: input.interviewFrontmatter,
		body: input.interviewBody,
		myName: input.myName,
		myEmail: input.myEmail,
		myPhone: input.myPhone,
		greeting: input.greeting,
		today: input.today,
		locale: input.locale,
		article: input.article,
		noteLink: input.links?.text,
	}, "check-in", "check-in");
	// The letter check heads the message's comment, as in every draft the plugin writes.
	return { name, content: `${frontmatter}${withCheck(draft.text, draft.check)}` };
}
