import YAML from "yaml";
import { appendDraft, articleShareNote, BUILT_IN_TEMPLATES, templateForStep } from "../../src/letters";
import { day } from "../builders/calendarDays";
import { ACME_BODY, ACME_FRONTMATTER } from "./fixtures";

const ARTICLE = { title: "Churn: the first 90 days [part 1]", url: "https://example.com/churn", why: "It is about your onboarding question." };

function share(frontmatter: Record<string, unknown> | null = ACME_FRONTMATTER) {
	return articleShareNote({
		interviewPath: "Interviews/2026-11-20 Acme.md",
		interviewFrontmatter: frontmatter,
		interviewBody: ACME_BODY,
		article: ARTICLE,
		date: day("2026-12-20"),
		template: BUILT_IN_TEMPLATES["check-in"],
		myName: "Alex Rivera",
		today: day("2026-12-21"),
		locale: "en-US",
	});
}

function frontmatterOf(content: string): Record<string, unknown> {
	return YAML.parse(content.split("---\n")[1]) as Record<string, unknown>;
}

describe("an article share is a note of its own with SPEC.md's frontmatter", () => {
	it("has type, interview link, contact, article title and address, and date", () => {
		expect(frontmatterOf(share().content)).toEqual({
			type: "article-share",
			interview: "[[Interviews/2026-11-20 Acme|2026-11-20 Acme]]",
			contact: "Jane",
			article_title: "Churn: the first 90 days [part 1]",
			article_url: "https://example.com/churn",
			date: "2026-12-20",
		});
	});

	it("its body is the filled check-in letter", () => {
		const body = share().content.split("---\n").slice(2).join("---\n");
		expect(body).toContain("Dear Jane,");
		expect(body).toContain("\n\nChurn: the first 90 days [part 1]\nhttps://example.com/churn\n\nIt is about your onboarding question.\n\n");
		// The challenge is in the advice comment for the candidate, never glued into the letter.
		expect(body).toMatch(/^%%[^\n]*Their challenge, from your note: Customers leave in their first 90 days, and nobody sees it coming\. %%\n/);
		expect(body.trimEnd().endsWith("Alex Rivera")).toBe(true);
	});

	it.each([
		["with a company", ACME_FRONTMATTER, "2026-12-20 Acme - Churn the first 90 days part 1"],
		["without a company", { date: "2026-11-20" }, "2026-12-20 Churn the first 90 days part 1"],
	])("is named <date> <company> - <title>, safely (%s)", (_rule, frontmatter, name) => {
		expect(share(frontmatter).name).toBe(name);
	});

	it("an unknown contact leaves the key empty and the letter's greeting visible", () => {
		const note = share({ company: "Acme" });
		expect(frontmatterOf(note.content).contact).toBeNull();
		expect(note.content).toContain("Dear {{first_name}},");
	});
});

describe("each step has its template; the letter's follows the outcome", () => {
	it.each([
		["letter", "thank-you", "thank-you"],
		["letter", "recovery", "recovery"],
		["letter", null, null],
		["introducer-thanks", null, "introducer-thanks"],
		["call", null, "call"],
		["check-in", null, "check-in"],
	] as const)("%s (%s) → %s", (step, variant, template) => {
		expect(templateForStep(step, variant)).toBe(template);
	});
});

describe("a draft from the agenda goes under ## Follow-up drafts", () => {
	it.each([
		[
			"the heading is created at the end of the note",
			"---\ndate: 2026-11-20\n---\n# Acme\n\nNotes.\n\n",
			"---\ndate: 2026-11-20\n---\n# Acme\n\nNotes.\n\n## Follow-up drafts\n\n### Letter\n\nDear Jane,\n",
			9,
		],
		[
			"an existing section gets the draft after its earlier drafts",
			"# Acme\n## Follow-up drafts\n\n### Old\n\nOld text\n\n## Later section\nkept\n",
			"# Acme\n## Follow-up drafts\n\n### Old\n\nOld text\n\n### Letter\n\nDear Jane,\n\n## Later section\nkept\n",
			7,
		],
		[
			"an existing section at the end",
			"# Acme\n## Follow-up drafts\n### Old\nOld text",
			"# Acme\n## Follow-up drafts\n### Old\nOld text\n\n### Letter\n\nDear Jane,\n",
			5,
		],
		["an empty note", "", "## Follow-up drafts\n\n### Letter\n\nDear Jane,\n", 2],
	])("%s", (_rule, note, expected, line) => {
		const result = appendDraft(note, "Letter", "Dear Jane,\n\n");
		expect(result.text).toBe(expected);
		expect(result.text.split("\n")[result.line]).toBe("### Letter");
		expect(result.line).toBe(line);
	});
});

describe("a draft's own headings stay inside its ### title, so the drafts section holds together", () => {
	const callScript = "%% advice %%\n## Call script: Acme\n\n**Ask for:** Jane\n\n### On voicemail\nHello Jane";

	it("a ## heading in a draft is moved below the draft's ### title, keeping the levels under it", () => {
		const result = appendDraft("# Acme\n", "Call script", callScript);
		expect(result.text).toBe(
			"# Acme\n\n## Follow-up drafts\n\n### Call script\n\n%% advice %%\n#### Call script: Acme\n\n**Ask for:** Jane\n\n##### On voicemail\nHello Jane\n",
		);
	});

	it("the next draft goes after the whole call script, not into the middle of it", () => {
		const first = appendDraft("# Acme\n## Follow-up drafts\n\n## Later section\nkept\n", "Call script", callScript).text;
		const second = appendDraft(first, "Letter", "Dear Jane,").text;
		expect(second).toBe(
			"# Acme\n## Follow-up drafts\n\n### Call script\n\n%% advice %%\n#### Call script: Acme\n\n**Ask for:** Jane\n\n##### On voicemail\nHello Jane\n\n" +
				"### Letter\n\nDear Jane,\n\n## Later section\nkept\n",
		);
	});

	it("lines inside a code block are not headings: they neither move nor end the section", () => {
		const draft = "```\n# not a heading\n```\nText";
		const first = appendDraft("", "Code", draft).text;
		expect(first).toBe("## Follow-up drafts\n\n### Code\n\n```\n# not a heading\n```\nText\n");
		expect(appendDraft(first, "Letter", "Dear Jane,").text).toBe(`${first}\n### Letter\n\nDear Jane,\n`);
	});
});
