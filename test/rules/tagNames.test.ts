import fc from "fast-check";
import { isTagOrNested, tagValueIncludes } from "../../src/rules";

/** The plain definition, building strings: blanks and one `#` dropped, case ignored, the tag or one under it. */
function byTheBook(entry: string, name: string): boolean {
	const tag = entry.trim().replace(/^#/, "").toLowerCase();
	return tag === name || tag.startsWith(`${name}/`);
}

describe("a tag is the name or nested under it, whatever its case, `#` and blanks", () => {
	it.each([
		["interview", true], ["#interview", true], ["Interview", true], ["  #INTERVIEW  ", true], ["interview/round-1", true],
		["interviews", false], ["interview-prep", false], ["my/interview", false], ["##interview", false], ["# interview", false], ["", false],
	])("%j is tagged interview: %s", (entry, expected) => {
		expect(isTagOrNested(entry, "interview")).toBe(expected);
	});

	it("agrees with the plain definition on any mix of letters, `#`, `/`, `-` and blanks", () => {
		const text = fc.array(fc.constantFrom("s", "h", "a", "r", "e", "S", "H", "-", "i", "d", "E", "A", "#", "/", " ", "\t"), { maxLength: 16 }).map((chars) => chars.join(""));
		fc.assert(fc.property(text, (entry) => isTagOrNested(entry, "share-idea") === byTheBook(entry, "share-idea")), { numRuns: 5_000 });
		fc.assert(fc.property(fc.constantFrom("share-idea", "#share-idea", "Share-Idea/talks", " share-idea "), text, (tag, tail) => isTagOrNested(tag + tail, "share-idea") === byTheBook(tag + tail, "share-idea")));
	});

	it("reads a tags value as a list, or as one string of tags", () => {
		expect(tagValueIncludes(["journal", "Clippings"], "clippings")).toBe(true);
		expect(tagValueIncludes("journal, #clippings/web", "clippings")).toBe(true);
		expect(tagValueIncludes([1, null, "journal"], "clippings")).toBe(false);
		expect(tagValueIncludes({ clippings: true }, "clippings")).toBe(false);
	});
});
