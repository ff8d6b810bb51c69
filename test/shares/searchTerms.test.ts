import { searchTerms, stem } from "../../src/shares";

describe("words are compared case folded and lightly stemmed", () => {
	it.each([
		["plural -s", "scores", "score"],
		["plural -ies", "studies", "study"],
		["plural after ch", "matches", "match"],
		["-ing", "scoring", "score"],
		["-ed", "scored", "score"],
		["-ied", "studied", "study"],
		["a doubled consonant before -ing", "running", "run"],
		["a doubled consonant before -ed", "planned", "plan"],
		["a double that belongs to the word", "staffing", "staff"],
		["-ed after a double that belongs to the word", "added", "add"],
		["release and its forms", "releasing", "releases"],
	])("%s: %s and %s meet", (_case, a, b) => {
		expect(stem(a)).toBe(stem(b));
	});

	it.each([
		["a word ending in -ss", "process"],
		["a word ending in -us", "status"],
		["a word ending in -is", "analysis"],
		["a short word", "bus"],
		["-eed is not -ed", "speed"],
		["-ing with nothing before it", "string"],
	])("%s stays itself: %s", (_case, word) => {
		expect(stem(word)).toBe(word);
	});

	it("folds case and keeps letters of every script whole", () => {
		expect(searchTerms("Müller's CAFÉ in Zürich, Straße")).toEqual(["müller", "café", "zürich", "straße"]);
	});

	it("a word with an accent keeps it, and its plural meets it", () => {
		expect(searchTerms("cafés")).toEqual(searchTerms("café"));
	});

	it("leaves out stop words, numbers, one-letter words and web addresses", () => {
		expect(searchTerms("In 2026 they said: see https://example.org/a-b and the [page](https://x.org) about a risk")).toEqual(searchTerms("said see page risk"));
		expect(searchTerms("said see page risk")).toHaveLength(4);
	});

	it("keeps repeats, since how often a word comes matters", () => {
		expect(searchTerms("risk, risks and more risk")).toEqual(["risk", "risk", "risk"]);
	});

	it("says how each kept word was written, the first time its stem is seen", () => {
		const surface = new Map<string, string>();
		searchTerms("Readmission risk scores; risk scored", surface);
		expect([...surface.values()]).toEqual(["readmission", "risk", "scores"]);
	});
});
