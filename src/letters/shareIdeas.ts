import { displayText, tagValueIncludes } from "../rules";
import { checkArticleUrl } from "./articleUrl";

/** An article, seminar or piece of news the user saved in a note tagged `share-idea`, ready to share. */
export interface ShareIdea {
	/** Vault path of the note. */
	path: string;
	title: string;
	/** The first usable web address of `url`, `link` or `source`; empty when there is none. */
	url: string;
	/** The note's `why` or `summary`, as a first draft of why it matters; empty when there is none. */
	why: string;
}

const TAG = "share-idea";

/**
 * Whether a note is a share idea: tagged `share-idea` (or a nested `share-idea/…`) in its `tags`/`tag`
 * property or in its text (`inlineTags`, as Obsidian's cache lists them, with or without `#`).
 */
export function isShareIdea(frontmatter: Readonly<Record<string, unknown>> | null, inlineTags: readonly string[] = []): boolean {
	return tagValueIncludes(frontmatter?.tags, TAG) || tagValueIncludes(frontmatter?.tag, TAG) || tagValueIncludes(inlineTags, TAG);
}

/**
 * The share idea a note holds, or `null` when it is not tagged `share-idea`. The title is its `title`
 * property or else the note's name.
 */
export function shareIdeaOf(
	path: string,
	frontmatter: Readonly<Record<string, unknown>> | null,
	inlineTags: readonly string[] = [],
): ShareIdea | null {
	if (!isShareIdea(frontmatter, inlineTags)) return null;
	const fm = frontmatter ?? {};
	const name = (path.split("/").pop() ?? path).replace(/\.md$/i, "");
	let url = "";
	for (const key of ["url", "link", "source"]) {
		const value = fm[key];
		if (typeof value !== "string") continue;
		const check = checkArticleUrl(value);
		if (check.ok) {
			url = check.url;
			break;
		}
	}
	const why = displayText(fm.why) ?? displayText(fm.summary) ?? "";
	return { path, title: displayText(fm.title) ?? name, url, why };
}
