import { SharedArticle, SharedWithThread } from "./articleShares";
import { ShareRanking, ShareSuggestion } from "./shareRanking";
import { NoteMaterial, shareQuery } from "./shareQuery";

/** One note of a thread, with what it says of the other side. */
export interface ThreadNoteMaterial {
	path: string;
	material: NoteMaterial;
}

/**
 * The suggestions for a thread's check-in (SPEC.md section 9): the candidates ranked by what the thread's notes
 * say of the other side, those already shared with the thread (an article share whose `interview` links one of
 * its notes) last; none without a matching word. At most `limit`.
 */
export function suggestForThread(
	ranking: ShareRanking,
	thread: readonly ThreadNoteMaterial[],
	shares: Iterable<SharedArticle>,
	limit?: number,
): ShareSuggestion[] {
	const query = shareQuery(thread.map((note) => note.material));
	const shared = new SharedWithThread(shares, thread.map((note) => note.path));
	return ranking.rank(query, shared, limit);
}
