import { DEFAULT_SETTINGS, FollowUpSettings, NoteSource } from "../../src/rules";
import { candidateUrl, isShareCandidate, shareCandidateOf } from "../../src/shares";

const note = (path: string, frontmatter: Record<string, unknown> | null, inlineTags?: string[]): NoteSource => ({ path, frontmatter, inlineTags });

describe("which notes are share candidates", () => {
	it.each([
		["a Web Clipper clipping (tags: [clippings])", note("Reading/Why scores fail.md", { title: "Why scores fail", tags: ["clippings"] }), true],
		["tagged share-idea in frontmatter", note("Ideas/Talk.md", { tags: "share-idea" }), true],
		["the tag key, with # and in capitals", note("Ideas/Talk.md", { tag: "#Share-Idea, reading" }), true],
		["a nested share-idea tag", note("Ideas/Talk.md", { tags: ["share-idea/talks"] }), true],
		["tagged in the text", note("Ideas/Talk.md", null, ["#share-idea"]), true],
		["clippings tagged in the text", note("Ideas/Talk.md", {}, ["#clippings"]), true],
		["any note under the Clippings folder, even without frontmatter", note("Clippings/Saved page.md", null), true],
		["under a subfolder of the Clippings folder", note("Clippings/2026/Saved page.md", { title: "Saved" }), true],
		["a folder whose name only starts like Clippings", note("Clippings old/Saved.md", {}), false],
		["an untagged note elsewhere", note("Journal/Today.md", { tags: ["reading"] }), false],
		["a tag that only looks alike", note("Ideas/Talk.md", { tags: ["share-ideas", "clipping"] }), false],
		["a meeting note tagged clippings", note("Interviews/Acme.md", { date: "2026-11-20", company: "Acme", tags: ["clippings"] }), false],
		["a meeting note by its type", note("Clippings/Coffee.md", { type: "coffee chat", date: "2026-11-20" }), false],
		["a template", note("Templates/Interview follow-up/check-in.md", { tags: ["share-idea"] }), false],
		["an article share in its folder", note("Follow-ups/2026-10-12 Acme - Tests.md", { tags: ["clippings"] }), false],
		["an article share elsewhere, by its type", note("Clippings/Sent.md", { type: "article-share" }), false],
		["a hidden file", note("Clippings/.draft.md", {}), false],
		["a file in the trash", note(".trash/Clippings/Old.md", { tags: ["clippings"] }), false],
		["a file that is not Markdown", note("Clippings/page.MD", {}), false],
	])("%s: %s", (_case, source, expected) => {
		expect(isShareCandidate(source, DEFAULT_SETTINGS)).toBe(expected);
	});

	it("the Clippings folder is a setting", () => {
		const settings: FollowUpSettings = { ...DEFAULT_SETTINGS, clippingsFolder: "Reading/Saved" };
		expect(isShareCandidate(note("Reading/Saved/Page.md", {}), settings)).toBe(true);
		expect(isShareCandidate(note("Clippings/Page.md", {}), settings)).toBe(false);
	});

	it("with no Clippings folder, only the tags count", () => {
		const settings: FollowUpSettings = { ...DEFAULT_SETTINGS, clippingsFolder: "" };
		expect(isShareCandidate(note("Page.md", {}), settings)).toBe(false);
		expect(isShareCandidate(note("Page.md", { tags: ["clippings"] }), settings)).toBe(true);
	});
});

describe("a candidate's address is source, else url, else article_url, and only http or https", () => {
	it.each([
		["source first", { source: "https://a.example/1", url: "https://b.example/2" }, "https://a.example/1"],
		["url without a source", { url: "http://b.example/2", article_url: "https://c.example/3" }, "http://b.example/2"],
		["article_url last", { article_url: "https://c.example/3" }, "https://c.example/3"],
		["a source that is not a web address falls through to url", { source: "file:///Users/me/page.html", url: "https://b.example/2" }, "https://b.example/2"],
		["javascript: is never an address", { source: "javascript:alert(1)" }, null],
		["an address without a scheme", { source: "example.org/page" }, null],
		["an address with a space", { source: "https://example.org/a page" }, null],
		["a number", { source: 42 }, null],
		["spaces around it are trimmed", { source: "  https://a.example/1  " }, "https://a.example/1"],
		["nothing", {}, null],
	])("%s", (_case, frontmatter, expected) => {
		expect(candidateUrl(frontmatter)).toBe(expected);
	});
});

describe("a candidate's title is its title, else its file name", () => {
	it.each([
		["the title property", { title: "Why clinicians ignore risk scores", tags: ["clippings"] }, "Why clinicians ignore risk scores"],
		["a blank title", { title: "  ", tags: ["clippings"] }, "Saved page"],
		["no title", { tags: ["clippings"] }, "Saved page"],
	])("%s", (_case, frontmatter, title) => {
		expect(shareCandidateOf(note("Reading/Saved page.md", frontmatter), "", DEFAULT_SETTINGS)?.title).toBe(title);
	});

	it("reads the description and keeps the body as its text", () => {
		const candidate = shareCandidateOf(note("Clippings/Page.md", { description: "A summary.", source: "https://e.example/p" }), "The body.", DEFAULT_SETTINGS);
		expect(candidate).toEqual({ path: "Clippings/Page.md", title: "Page", url: "https://e.example/p", description: "A summary.", text: "The body." });
	});

	it("a note that is not a candidate gives none", () => {
		expect(shareCandidateOf(note("Journal/Today.md", {}), "text", DEFAULT_SETTINGS)).toBeNull();
	});
});
