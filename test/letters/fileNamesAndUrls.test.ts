import { checkArticleUrl, safeFileName, uniqueNotePath } from "../../src/letters";

describe("a file name made from typed text holds no character a file system or a link refuses", () => {
	it.each([
		["2026-11-20 Acme - Churn", "2026-11-20 Acme - Churn"],
		['a\\b/c:d*e?f"g<h>i|j#k^l[m]n', "abcdefghijklmn"],
		["What's next? [Part 1]", "What's next Part 1"],
		["  many   spaces\tand\ttabs ", "many spaces and tabs"],
		["line\nbreak", "line break"],
		[".hidden", "hidden"],
		["ends with dots...", "ends with dots"],
		["???", "Untitled"],
		["", "Untitled"],
		["Ünïcödé 日本", "Ünïcödé 日本"],
	])("%j → %j", (text, expected) => {
		expect(safeFileName(text)).toBe(expected);
	});

	it("a very long title is cut to 120 characters", () => {
		expect(safeFileName("x".repeat(500))).toHaveLength(120);
	});
});

describe("a new note never takes the path of an existing one", () => {
	it.each([
		["a free name is used as is", [], "Follow-ups/A.md"],
		["a taken name gets \" 2\"", ["Follow-ups/A.md"], "Follow-ups/A 2.md"],
		["then \" 3\"", ["Follow-ups/A.md", "Follow-ups/A 2.md"], "Follow-ups/A 3.md"],
		["case does not make a name free", ["follow-ups/a.md"], "Follow-ups/A 2.md"],
	])("%s", (_rule, taken, expected) => {
		const lower = new Set(taken.map((path) => path.toLowerCase()));
		expect(uniqueNotePath("Follow-ups", "A", (path) => lower.has(path.toLowerCase()))).toBe(expected);
	});

	it.each([["", "A.md"], ["/", "A.md"], ["Follow-ups/", "Follow-ups/A.md"]])("folder %j gives %j", (folder, expected) => {
		expect(uniqueNotePath(folder, "A", () => false)).toBe(expected);
	});
});

describe("an article's address must be a web address", () => {
	it.each([
		["https://example.com/article", "https://example.com/article"],
		["  http://example.com  ", "http://example.com"],
		["HTTPS://Example.com/A?b=c#d", "HTTPS://Example.com/A?b=c#d"],
	])("%j is accepted as %j", (text, url) => {
		expect(checkArticleUrl(text)).toEqual({ ok: true, url });
	});

	it.each([
		["", "Enter the article's address"],
		["example.com/article", "is not a web address"],
		["javascript:alert(1)", 'found "javascript:"'],
		["file:///etc/passwd", 'found "file:"'],
		["ftp://example.com", 'found "ftp:"'],
		["https://exa mple.com", "contains a space"],
		["https://", "is not a web address"],
	])("%j is refused: %s", (text, message) => {
		const check = checkArticleUrl(text);
		expect(check.ok).toBe(false);
		if (!check.ok) {
			expect(check.message).toContain(message);
			expect(check.message).toContain("https://");
		}
	});
});
