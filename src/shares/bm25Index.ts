/**
 * A small BM25 index over documents of a few text fields, kept current one document at a time. The scoring is
 * MiniSearch's (BM25+, per field, `k` 1.2, `b` 0.7, `d` 0.5; a document's score times the number of query
 * words it matched), written out here because the plugin needs none of the rest of a search library (prefix
 * and fuzzy search, suggestions, serialisation): MiniSearch added 18 KB to main.js, this adds under 2 KB.
 */

interface Document {
	id: string;
	/** Each field's length in words. */
	lengths: number[];
	/** Its distinct words, to take it out again. */
	terms: string[];
	/** The score and matched words of the search under way (`searchRun` says which search they belong to). */
	score: number;
	matched: string[];
	searchRun: number;
}

/** One term's documents, with the term's count in each field of each, and how many documents hold it per field. */
interface Posting {
	counts: Map<Document, number[]>;
	holding: number[];
}

/** One document that matched, with its score and the query words it matched. */
export interface Bm25Match {
	id: string;
	score: number;
	terms: string[];
}

const K = 1.2;
const B = 0.7;
const D = 0.5;

/** Documents by id, each a few fields of words; see the file comment for the scoring. */
export class Bm25Index {
	private postings = new Map<string, Posting>();
	private documents = new Map<string, Document>();
	private totalLengths: number[];
	private searchRuns = 0;

	/** `boosts`: how much a match in each field weighs, in the order documents give their fields. */
	constructor(private boosts: readonly number[]) {
		this.totalLengths = boosts.map(() => 0);
	}

	/** How many documents are indexed. */
	get size(): number {
		return this.documents.size;
	}

	/** Adds a document as its fields' words (already case folded and stemmed), replacing one with the same id. */
	add(id: string, fields: readonly (readonly string[])[]): void {
		this.remove(id);
		const document: Document = { id, lengths: fields.map((words) => words.length), terms: [], score: 0, matched: [], searchRun: 0 };
		fields.forEach((words, field) => {
			this.totalLengths[field] += words.length;
			for (const word of words) {
				let posting = this.postings.get(word);
				if (!posting) this.postings.set(word, (posting = { counts: new Map<Document, number[]>(), holding: this.boosts.map(() => 0) }));
				let counts = posting.counts.get(document);
				if (!counts) {
					posting.counts.set(document, (counts = this.boosts.map(() => 0)));
					document.terms.push(word);
				}
				if (counts[field]++ === 0) posting.holding[field]++;
			}
		});
		this.documents.set(id, document);
	}

	/** Takes a document out: only its own words are touched. */
	remove(id: string): void {
		const document = this.documents.get(id);
		if (!document) return;
		document.lengths.forEach((length, field) => (this.totalLengths[field] -= length));
		for (const term of document.terms) {
			const posting = this.postings.get(term);
			const counts = posting?.counts.get(document);
			if (!posting || !counts) continue;
			counts.forEach((count, field) => {
				if (count > 0) posting.holding[field]--;
			});
			posting.counts.delete(document);
			if (posting.counts.size === 0) this.postings.delete(term);
		}
		this.documents.delete(id);
	}

	/** Takes every document out. */
	clear(): void {
		this.postings.clear();
		this.documents.clear();
		this.totalLengths = this.boosts.map(() => 0);
	}

	/** The documents that hold at least one of the query's words (word → weight), best first; equal scores by id. */
	search(query: ReadonlyMap<string, number>): Bm25Match[] {
		const run = ++this.searchRuns;
		const count = this.documents.size;
		const averages = this.totalLengths.map((total) => (count === 0 ? 0 : total / count));
		const fields = this.boosts.length;
		const idfs = new Array<number>(fields);
		const found: Document[] = [];
		for (const [term, weight] of query) {
			const posting = this.postings.get(term);
			if (!posting) continue;
			for (let field = 0; field < fields; field++) {
				const holding = posting.holding[field];
				idfs[field] = holding === 0 ? 0 : weight * this.boosts[field] * Math.log(1 + (count - holding + 0.5) / (holding + 0.5));
			}
			// forEach, not for…of: iterating a Map's entries allocates a pair per document, and this loop is the hot one.
			posting.counts.forEach((counts, document) => {
				let score = 0;
				for (let field = 0; field < fields; field++) {
					const frequency = counts[field];
					if (frequency === 0) continue;
					const norm = averages[field] === 0 ? 1 : 1 - B + (B * document.lengths[field]) / averages[field];
					score += idfs[field] * (D + (frequency * (K + 1)) / (frequency + K * norm));
				}
				if (document.searchRun !== run) {
					document.searchRun = run;
					document.score = 0;
					document.matched.length = 0;
					found.push(document);
				}
				document.score += score;
				document.matched.push(term);
			});
		}
		const results = found.map((document) => ({ id: document.id, score: document.score * document.matched.length, terms: [...document.matched] }));
		return results.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	}
}
