import { SharedWithThread } from "./articleShares";
import { Bm25Index } from "./bm25Index";
import { ShareCandidate } from "./shareCandidate";
import { ShareQuery } from "./shareQuery";
import { searchTerms } from "./searchTerms";

/** One candidate offered for a check-in, and why. */
export interface ShareSuggestion {
	path: string;
	title: string;
	url: string | null;
	/** Its relevance (BM25, higher is better), rounded to two decimals. */
	score: number;
	/** The words of the thread's notes it matched, as the notes wrote them, the weightiest first. */
	terms: string[];
	/** Already sent to this thread: ranked after every candidate that was not. */
	shared: boolean;
}

// A title says what the piece is about more than any sentence of it; Web Clipper's description summarises it.
const FIELD_BOOSTS = [3, 2, 1]; // title, description, text

/**
 * The share candidates of a vault, indexed for ranking against a thread's check-in (BM25, see `Bm25Index`).
 * Kept current one candidate at a time: `set` and `remove` touch only that candidate's words, never the rest.
 */
export class ShareRanking {
	private candidates = new Map<string, ShareCandidate>();
	private index = new Bm25Index(FIELD_BOOSTS);

	/** How many candidates are indexed. */
	get size(): number {
		return this.candidates.size;
	}

	/** The candidate at `path`, if there is one. */
	get(path: string): ShareCandidate | undefined {
		return this.candidates.get(path);
	}

	/** Every candidate, in no set order. */
	all(): IterableIterator<ShareCandidate> {
		return this.candidates.values();
	}

	/** Adds a candidate, or replaces the one at its path. */
	set(candidate: ShareCandidate): void {
		this.candidates.set(candidate.path, candidate);
		this.index.add(candidate.path, [searchTerms(candidate.title), searchTerms(candidate.description), searchTerms(candidate.text)]);
	}

	/** Removes the candidate at `path`, if there is one. */
	remove(path: string): void {
		if (this.candidates.delete(path)) this.index.remove(path);
	}

	/** Removes every candidate. */
	clear(): void {
		this.candidates.clear();
		this.index.clear();
	}

	/**
	 * The candidates that match at least one word of `query`, best first; those `shared` says the thread was
	 * already sent come after all the others. At most `limit` (every match when absent).
	 */
	rank(query: ShareQuery, shared: SharedWithThread | null, limit = Infinity): ShareSuggestion[] {
		if (query.weights.size === 0 || this.candidates.size === 0) return [];
		const weights = query.weights;
		const fresh: ShareSuggestion[] = [];
		const sent: ShareSuggestion[] = [];
		// Best first already: only the suggestions that can still be shown are made (their words sorted, named).
		for (const result of this.index.search(weights)) {
			if (fresh.length >= limit) break;
			const candidate = this.candidates.get(result.id);
			if (!candidate) continue;
			const wasShared = shared?.has(candidate) ?? false;
			if (wasShared && sent.length >= limit) continue;
			const terms = [...result.terms]
				.sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0))
				.map((term) => query.surface.get(term) ?? term);
			const suggestion = { path: candidate.path, title: candidate.title, url: candidate.url, score: Math.round(result.score * 100) / 100, terms, shared: wasShared };
			(wasShared ? sent : fresh).push(suggestion);
		}
		return [...fresh, ...sent].slice(0, limit);
	}
}
