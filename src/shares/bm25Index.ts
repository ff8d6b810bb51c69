/**
 * A small BM25 index over documents of a few text fields, kept current one document at a time. The scoring is
 * MiniSearch's (BM25+, per field, `k` 1.2, `b` 0.7, `d` 0.5; a document's score times the number of query
 * words it matched), written out here because the plugin needs none of the rest of a search library (prefix
 * and fuzzy search, suggestions, serialisation): MiniSearch added 18 KB to main.js, this adds under 2 KB.
 */

/** Term frequencies of one term in one document, one count per field. */
type FieldCounts = number[];

interface Document {
	/** Each field's length in words. */
	lengths: number[];
	/** Its distinct words, to take it out again. */
	terms: string[];
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
	private postings = new Map<string, Map<string, FieldCounts>>();
	private documents = new Map<string, Document>();
	private totalLengths: number[];

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
		const terms = new Set<string>();
		fields.forEach((words, field) => {
			this.totalLengths[field] += words.length;
			for (const word of words) {
				let posting = this.postings.get(word);
				if (!posting) this.postings.set(word, (posting = new Map<string, FieldCounts>()));
				let counts = posting.get(id);
				if (!counts) posting.set(id, (counts = this.boosts.map(() => 0)));
				counts[field]++;
				terms.add(word);
			}
		});
		this.documents.set(id, { lengths: fields.map((words) => words.length), terms: [...terms] });
	}

	/** Takes a document out: only its own words are touched. */
	remove(id: string): void {
		const document = this.documents.get(id);
		if (!document) return;
		document.lengths.forEach((length, field) => (this.totalLengths[field] -= length));
		for (const term of document.terms) {
			const posting = this.postings.get(term);
			posting?.delete(id);
			if (posting?.size === 0) this.postings.delete(term);
		}
		this.documents.delete(id);
	}

	/** Takes every document out. */
	clear(): void {
		this.postings.clear();
		this.documents.clear();
		this.totalLengths = this.boosts.map(() => 0);
	}

	/** The documents that hold at least one of the query's words (word → weight), best first. */
	search(query: ReadonlyMap<string, number>): Bm25Match[] {
		const count = this.documents.size;
		const averages = this.totalLengths.map((total) => (count === 0 ? 0 : total / count));
		const matches = new Map<string, Bm25Match>();
		for (const [term, weight] of query) {
			const posting = this.postings.get(term);
			if (!posting) continue;
			for (let field = 0; field < this.boosts.length; field++) {
				let holding = 0;
				for (const counts of posting.values()) if (counts[field] > 0) holding++;
				if (holding === 0) continue;
				const idf = Math.log(1 + (count - holding + 0.5) / (holding + 0.5));
				for (const [id, counts] of posting) {
					const frequency = counts[field];
					if (frequency === 0) continue;
					const length = (this.documents.get(id) as Document).lengths[field];
					const norm = averages[field] === 0 ? 1 : 1 - B + (B * length) / averages[field];
					const score = weight * this.boosts[field] * idf * (D + (frequency * (K + 1)) / (frequency + K * norm));
					let match = matches.get(id);
					if (!match) matches.set(id, (match = { id, score: 0, terms: [] }));
					match.score += score;
					if (!match.terms.includes(term)) match.terms.push(term);
				}
			}
		}
		const results = [...matches.values()];
		for (const match of results) match.score *= match.terms.length;
		return results.sort((a, b) => b.score - a.score);
	}
}
