import { checkArticleUrl } from "../letters/articleUrl";
import { displayText, FollowUpSettings, isHiddenPath, isInterviewNote, isMarkdownPath, isTagOrNested, isUnderFolder, NoteSource, tagValueIncludes } from "../rules";

/** Something saved in the vault that could be shared at a check-in: a Web Clipper clipping or a share idea. */
export interface ShareCandidate {
	/** Vault path of the note, with `/`. */
	path: string;
	/** Its `title`, else the note's file name. */
	title: string;
	/** Its `source`, else `url`, else `article_url`: the first that is an http or https address; `null` when none is. */
	url: string | null;
	/** Its `description` (Web Clipper writes the page's summary there); empty when it has none. */
	description: string;
	/** The note's body, after its frontmatter; empty when it has none or it was not read. */
	text: string;
}

const URL_KEYS = ["source", "url", "article_url"];

/** `clippings`, `#share-idea`, `share-idea/talks`: a tag that makes a note a candidate (case-insensitive). */
function isCandidateTag(entry: string): boolean {
	return isTagOrNested(entry, "clippings") || isTagOrNested(entry, "share-idea");
}

/** Whether a `tags` (or `tag`) value holds a candidate tag: a list of tags, or one string of them. */
function hasCandidateTag(value: unknown): boolean {
	return tagValueIncludes(value, "clippings") || tagValueIncludes(value, "share-idea");
}

/** Whether a note is an article share (`type: article-share`), the record of something already shared. */
export function isArticleShare(note: Pick<NoteSource, "frontmatter">): boolean {
	const type = note.frontmatter?.type;
	// "article-share" is 13 characters long, and no way of writing it is shorter: most types are turned away unread.
	return typeof type === "string" && type.length >= 13 && type.trim().toLowerCase().replace(/[\s_]+/g, "-") === "article-share";
}

/**
 * Whether a note is a share candidate: tagged `clippings` or `share-idea` (in frontmatter `tags`/`tag`, or in
 * its text), or anywhere under the *Clippings folder*; never a meeting note, a template (the templates folder),
 * an article share (`type: article-share`, or the article-share folder), or a hidden file.
 */
export function isShareCandidate(note: NoteSource, settings: FollowUpSettings, isMeeting?: boolean): boolean {
	const { path } = note;
	// `isMeeting`: what a caller already found; without it, it is asked last, only of a tagged note.
	if (isMeeting === true) return false;
	if (!isMarkdownPath(path) || isHiddenPath(path)) return false;
	if (isUnderFolder(path, settings.templatesFolder) || isUnderFolder(path, settings.shareFolder) || isArticleShare(note)) return false;
	const fm = note.frontmatter;
	const tagged =
		isUnderFolder(path, settings.clippingsFolder) ||
		(fm !== null && (hasCandidateTag(fm.tags) || hasCandidateTag(fm.tag))) ||
		(note.inlineTags?.some(isCandidateTag) ?? false);
	return tagged && !(isMeeting ?? isInterviewNote(note, settings));
}

/**
 * The first web address of `source`, `url` and `article_url` (in that order) that is a complete http or https
 * address; `null` when none is. A `file:` or `javascript:` value is skipped, never offered to send.
 */
export function candidateUrl(frontmatter: Readonly<Record<string, unknown>> | null): string | null {
	for (const key of URL_KEYS) {
		const value = frontmatter?.[key];
		if (typeof value !== "string") continue;
		const check = checkArticleUrl(value);
		if (check.ok) return check.url;
	}
	return null;
}

/** The note's name: its file name without folders and `.md`. */
export function noteName(path: string): string {
	return (path.split("/").pop() ?? path).replace(/\.md$/, "");
}

/**
 * The share candidate a note is, or `null` when it is not one (`isShareCandidate`). `body` is the note's text
 * after its frontmatter (empty when unknown: the title and description still rank).
 */
export function shareCandidateOf(note: NoteSource, body: string, settings: FollowUpSettings, isMeeting?: boolean): ShareCandidate | null {
	if (!isShareCandidate(note, settings, isMeeting)) return null;
	const fm = note.frontmatter;
	return {
		path: note.path,
		title: displayText(fm?.title) ?? noteName(note.path),
		url: candidateUrl(fm),
		description: displayText(fm?.description) ?? "",
		text: body,
	};
}
