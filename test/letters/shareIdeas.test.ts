import { isShareIdea, shareIdeaOf } from "../../src/letters";

describe("a note tagged share-idea is a saved idea to share", () => {
	it.each([
		["a tags list", { tags: ["reading", "share-idea"] }, [], true],
		["a tags text with #", { tags: "#share-idea reading" }, [], true],
		["the tag key", { tag: "Share-Idea" }, [], true],
		["a nested tag", { tags: ["share-idea/seminar"] }, [], true],
		["a tag in the text", null, ["#share-idea"], true],
		["another tag", { tags: ["share-ideas", "idea"] }, [], false],
		["no tags", {}, [], false],
	])("%s: %s", (_case, frontmatter, inline, expected) => {
		expect(isShareIdea(frontmatter, inline)).toBe(expected);
	});
});

describe("a saved idea offers its title, address and why", () => {
	it.each([
		[
			"title, url and why from the properties",
			{ tags: ["share-idea"], title: "Taming flaky tests", url: "https://example.org/t", why: "Cut flakes by 80%." },
			{ title: "Taming flaky tests", url: "https://example.org/t", why: "Cut flakes by 80%." },
		],
		["the note's name without a title; link or source for the address", { tags: ["share-idea"], source: "https://e.com/s" }, { title: "Seminar", url: "https://e.com/s", why: "" }],
		["an address that is not a web address is left out", { tags: ["share-idea"], url: "file:///x", summary: "Short" }, { title: "Seminar", url: "", why: "Short" }],
	])("%s", (_case, frontmatter, expected) => {
		expect(shareIdeaOf("Reading/Seminar.md", frontmatter)).toEqual({ path: "Reading/Seminar.md", ...expected });
	});

	it("a note without the tag is no idea", () => {
		expect(shareIdeaOf("Reading/Seminar.md", { url: "https://e.com" })).toBeNull();
	});
});
