import { FollowUpSettings, inlineTagsOf, NoteSource } from "../src/rules";
import { ShareCandidate, shareCandidateOf, SharedArticle, sharedArticleOf } from "../src/shares";
import { mayBeMeeting } from "./meetingCandidate";
import { bodyStart, noteOfText, readMeetingCandidate, readText } from "./noteReader";
import { walkVault } from "./vaultWalker";

/** A vault as `suggest` reads it: its meeting notes (with their bodies), share candidates and article shares. */
export interface VaultShares {
	/** The notes that may be meetings, as `agenda` reads them (the rules decide which are). */
	meetings: NoteSource[];
	/** The body of each meeting note, by path (the "Their challenges" sections the query reads). */
	bodies: Map<string, string>;
	candidates: ShareCandidate[];
	shares: SharedArticle[];
}

// Outside the Clippings folder a note is a candidate or a share only by a tag or a type that its text spells out.
const MAY_BE_SHARE = /clippings|share-idea|article.share/i;
const INLINE_SHARE_TAG = /#(?:clippings|share-idea)/i;

/**
 * Reads every Markdown note of a vault once (never writing): the meeting notes as the agenda reads them
 * (`readMeetingCandidate`'s rule, from the same text), and the share candidates and article shares of SPEC.md
 * section 9. A file that cannot be read is handed to `readMeetingCandidate`, which says so on `warn` (or makes it
 * a problem of the interviews folder), as `agenda` does.
 */
export function readVaultShares(vault: string, settings: FollowUpSettings, warn: (line: string) => void): VaultShares {
	const found: VaultShares = { meetings: [], bodies: new Map(), candidates: [], shares: [] };
	const clippings = settings.clippingsFolder === "" ? null : `${settings.clippingsFolder}/`;
	for (const path of walkVault(vault, warn)) {
		const text = readText(vault, path);
		if (typeof text !== "string") {
			const note = readMeetingCandidate(vault, path, settings, { warn, problem: () => undefined });
			if (note !== null) found.meetings.push(note);
			continue;
		}
		const end = bodyStart(text);
		const meeting = mayBeMeeting(path, text, end, settings);
		const mayShare = (clippings !== null && path.startsWith(clippings)) || MAY_BE_SHARE.test(text);
		if (!meeting && !mayShare) continue;
		const note = noteOfText(path, text, end);
		const body = text.slice(end);
		// The meeting reading looks for #interview only; a candidate may be tagged #clippings or #share-idea.
		if (mayShare && INLINE_SHARE_TAG.test(body)) note.inlineTags = inlineTagsOf(body);
		if (meeting) {
			found.meetings.push(note);
			found.bodies.set(path, body);
		}
		if (!mayShare) continue;
		const candidate = shareCandidateOf(note, body, settings);
		if (candidate) found.candidates.push(candidate);
		const share = sharedArticleOf(note);
		if (share) found.shares.push(share);
	}
	return found;
}
