/**
 * The words of a text as the share ranking compares them: case folded, stop words out, lightly stemmed, so
 * that "Readmissions", "readmission" and "READMISSION" are one word, and so are "scoring", "scored" and
 * "scores". Letters of every script are kept whole ("Müller", "café", "Zürich"); only English endings are
 * stemmed, since the built-in letters and most clippings are English.
 */

// Letters (with their combining marks) and digits; an apostrophe inside a word ("clinician's") splits it, and
// the lone "s" then falls out as too short.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const ONLY_DIGITS = /^\p{N}+$/u;
// Web addresses, Markdown link targets and HTML tags say nothing about what a clipping is about.
const NOISE = /https?:\/\/\S+|\]\([^)]*\)|<[^>]+>/g;

/**
 * Common English words that say nothing about a topic, and the words every note of a job search holds
 * (the names of its parts). Compared after case folding, before stemming.
 */
const STOP_WORDS = new Set(
	(
		"a about above after again against all also am an and any are aren as at be because been before being below between both but by can cannot " +
		"could couldn did didn do does doesn doing don down during each even every few for from further get gets got had hadn has hasn have haven having he her " +
		"here hers herself him himself his how however i if in into is isn it its itself just let like ll make makes many may me might more most much " +
		"must my myself new no nor not now of off on once one only or other our ours ourselves out over own per re really same says she should shouldn so " +
		"some such than that the their theirs them themselves then there these they this those through to too two under until up us use used using ve very " +
		"via was wasn way we well were weren what when where whether which while who whom why will with won would wouldn yet you your yours yourself " +
		"yourselves " +
		// Words of the notes themselves, and of a clipping's page furniture.
		"com www http https html org net amp nbsp tags clippings clipping share idea ideas article articles read note notes " +
		// Counting words, which match without saying what a piece is about.
		"three four five six seven eight nine ten first second third last"
	).split(" "),
);

/**
 * The words of `text` that the ranking compares, in order, repeats kept (a word's count matters): each one
 * case folded, stemmed (`stem`), stop words and numbers left out. `surface` receives each kept word's stem with
 * the word as written in lower case, the first time a stem is seen (to say which words matched).
 */
export function searchTerms(text: string, surface?: Map<string, string>): string[] {
	const terms: string[] = [];
	for (const match of text.normalize("NFC").replace(NOISE, " ").toLowerCase().matchAll(WORD)) {
		const word = match[0];
		if (word.length < 2 || STOP_WORDS.has(word) || ONLY_DIGITS.test(word)) continue;
		const term = stem(word);
		if (STOP_WORDS.has(term)) continue;
		if (surface && !surface.has(term)) surface.set(term, word);
		terms.push(term);
	}
	return terms;
}

const VOWEL = /[aeiouy]/;
// Doubled final consonants that a suffix doubled ("running", "planned"); l, s, z and f double in the word itself.
const DOUBLED = /([bcdgkmnprtv])\1$/;

/**
 * A light English stemmer for lower-case words: plurals (`-s`, `-es` after s/x/z/ch/sh, `-ies`), `-ing`, `-ed`
 * (`-ied`), and a final silent `-e`, so a word and its usual forms meet ("score", "scores", "scored", "scoring"
 * → "scor"; "studies", "studied" → "study"; "running" → "run"). Words of other scripts, and words too short to
 * lose an ending, stay as they are; a word with a letter outside a–z only loses a plural `-s`. Not a full Porter stemmer: it must never merge two words a reader would
 * keep apart more often than it joins forms of one word.
 */
export function stem(word: string): string {
	if (word.length <= 3) return word;
	// Outside a–z only a plural -s is taken off ("cafés" → "café"); no other ending is guessed at.
	if (!/^[a-z]+$/.test(word)) return word.length > 4 && /[^s]s$/.test(word) ? word.slice(0, -1) : word;
	let base = word;
	if (base.endsWith("ies") && base.length > 4) base = `${base.slice(0, -3)}y`;
	else if (base.endsWith("ied") && base.length > 4) base = `${base.slice(0, -3)}y`;
	else if (/(?:ss|us|is)$/.test(base)) return base; // process, status, analysis: not plurals
	else if (/(?:ches|shes|sses|xes|zes)$/.test(base)) base = base.slice(0, -2);
	else if (base.endsWith("s")) base = base.slice(0, -1);
	else if (base.endsWith("ing") && VOWEL.test(base.slice(0, -3)) && base.length > 5) base = undouble(base.slice(0, -3));
	else if (base.endsWith("ed") && !base.endsWith("eed") && VOWEL.test(base.slice(0, -2)) && base.length > 4) base = undouble(base.slice(0, -2));
	if (base.endsWith("e") && base.length > 3 && !base.endsWith("ee")) base = base.slice(0, -1);
	return base;
}

function undouble(base: string): string {
	return base.length >= 4 && DOUBLED.test(base) ? base.slice(0, -1) : base;
}
