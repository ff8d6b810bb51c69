import { displayText, NoteSource, unquotedLink } from "../rules";
import { isArticleShare } from "./shareCandidate";

/** What an article share says was shared, and with whom: enough to rank a candidate already sent last. */
export interface SharedArticle {
	/** Vault path of the article-share note. */
	path: string;
	/** The target of its `interview` link, as written (`Interviews/Acme`, `Acme`); `null` when it has none. */
	interview: string | null;
	/** Its `article_url`, trimmed; `null` when it has none. */
	url: string | null;
	/** Its `article_title`, trimmed; `null` when it has none. */
	title: string | null;
}

/**
 * The target of a link as a note path without `.md`: `[[Interviews/Acme|Jane]]` → `Interviews/Acme`,
 * `[Acme](Interviews/Acme%20call.md)` → `Interviews/Acme call`, plain `Interviews/Acme.md` → `Interviews/Acme`.
 */
export function linkTarget(value: unknown): string | null {
	const link = unquotedLink(value) ?? value;
	if (typeof link !== "string") return null;
	let text = link.trim();
	const wiki = /^!?\[\[([^\]|#^]*)[^\]]*\]\]$/.exec(text);
	const markdown = /^\[[^\]]*\]\(<?([^)>]*)>?\)$/.exec(text);
	if (wiki) text = wiki[1];
	else if (markdown) {
		try {
			text = decodeURI(markdown[1].split("#")[0]);
		} catch {
			text = markdown[1].split("#")[0];
		}
	}
	text = text.trim().replace(/\.md$/i, "");
	return text === "" ? null : text;
}

/**
 * Whether a link target (`linkTarget`) names the note at `path`: its full path, or — as Obsidian resolves a
 * short link — a trailing part of it (`Acme` and `Interviews/Acme` both name `Interviews/Acme.md`).
 */
export function linkNames(target: string, path: string): boolean {
	const bare = path.replace(/\.md$/i, "");
	return bare === target || bare.endsWith(`/${target}`);
}

/** The article share a note is, or `null` when it is not one (`type: article-share`). */
export function sharedArticleOf(note: NoteSource): SharedArticle | null {
	if (!isArticleShare(note)) return null;
	const fm = note.frontmatter ?? {};
	return { path: note.path, interview: linkTarget(fm.interview), url: displayText(fm.article_url), title: displayText(fm.article_title) };
}

/** An address compared loosely: without a trailing slash or `#fragment`, and with the scheme and host in lower case. */
function urlKey(url: string): string {
	const bare = url.trim().replace(/#.*$/, "").replace(/\/+$/, "");
	return bare.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?]*/i, (origin) => origin.toLowerCase());
}

/**
 * What a thread was already sent: the addresses and titles of the article shares whose `interview` links one of
 * the thread's notes. A candidate whose address or title is in it was shared.
 */
export class SharedWithThread {
	private urls = new Set<string>();
	private titles = new Set<string>();

	constructor(shares: Iterable<SharedArticle>, threadNotes: readonly string[]) {
		for (const share of shares) {
			const target = share.interview;
			if (target === null || !threadNotes.some((path) => linkNames(target, path))) continue;
			if (share.url) this.urls.add(urlKey(share.url));
			if (share.title) this.titles.add(share.title.toLowerCase());
		}
	}

	/** Whether the thread was already sent this candidate: its address, or its title, is in a share. */
	has(candidate: { url: string | null; title: string }): boolean {
		if (this.urls.size === 0 && this.titles.size === 0) return false;
		return (candidate.url !== null && this.urls.has(urlKey(candidate.url))) || this.titles.has(candidate.title.trim().toLowerCase());
	}
}
