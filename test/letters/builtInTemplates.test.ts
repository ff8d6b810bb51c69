import YAML from "yaml";
import {
	BUILT_IN_TEMPLATES, fillLetter, fillNoteTemplate, newInterviewValues, TEMPLATE_NAMES, TemplateName,
} from "../../src/letters";
import { DEFAULT_SETTINGS, isInterviewNote, parseInterviewNote } from "../../src/rules";
import { day } from "../builders/calendarDays";
import { acmeContext, expectApproved } from "./fixtures";

const ARTICLE = {
	title: "Why customers leave in their first 90 days",
	url: "https://example.com/churn-90-days",
	why: "It compares three onboarding changes that halved early churn, close to what you described.",
};

describe("each built-in letter, filled from an interview note, reads as the approved draft", () => {
	it.each(["thank-you", "recovery", "introducer-thanks", "call"] as const)("%s", (name) => {
		expectApproved(`${name}.md`, fillLetter(BUILT_IN_TEMPLATES[name], acmeContext()));
	});

	it("check-in, with the article being shared", () => {
		expectApproved("check-in.md", fillLetter(BUILT_IN_TEMPLATES["check-in"], acmeContext({ article: ARTICLE })));
	});
});

describe("each built-in template carries the advice of its step", () => {
	// The placeholders and phrases that make each draft do what its step of the five asks.
	const advice: [TemplateName, string[]][] = [
		["thank-you", ["Thank you for taking the time", "{{skills}}", "{{learned}}", "{{challenge}}", "if not now, then in the future", "If the timing is not right now"]],
		["recovery", ["Thank you for meeting me", "{{questions}}", "proposal", "customers' satisfaction", "remain very interested"]],
		["introducer-thanks", ["Thank you for introducing me", "{{interviewer}}", "how it went", "opportunity"]],
		["call", ["**Ask for:**", "remain very interested", "timeline", "next steps", "**On voicemail:**"]],
		["check-in", ["{{article_title}}", "{{article_url}}", "{{why}}", "{{challenge}}", "remain very interested"]],
	];
	it.each(advice)("%s", (name, phrases) => {
		for (const phrase of phrases) expect(BUILT_IN_TEMPLATES[name]).toContain(phrase);
	});

	it.each(["thank-you", "recovery", "introducer-thanks", "call", "check-in"] as const)("%s is signed or spoken by {{my_name}}", (name) => {
		expect(BUILT_IN_TEMPLATES[name]).toContain("{{my_name}}");
	});

	it("there is one built-in text for every template file of SPEC.md", () => {
		expect([...TEMPLATE_NAMES].sort()).toEqual(Object.keys(BUILT_IN_TEMPLATES).sort());
	});
});

describe("the new interview note template", () => {
	const fields = { company: "Acme: Labs #2", role: "Data analyst", interviewer: "[[People/Jane Doe|Jane]]", introducer: "", date: day("2026-11-20") };
	const text = fillNoteTemplate(BUILT_IN_TEMPLATES.interview, newInterviewValues(fields, day("2026-11-27"), "Alex Rivera"));
	const frontmatter = YAML.parse(text.split("---\n")[1]) as Record<string, unknown>;

	it("reads as the approved note", () => {
		expectApproved("interview.md", text);
	});

	it("has every frontmatter key of SPEC.md, empty where unknown", () => {
		expect(Object.keys(frontmatter).sort()).toEqual([
			"called", "challenge", "check_ins", "company", "date", "email", "interviewer", "introducer", "introducer_thanked",
			"learned", "letter_sent", "outcome", "phone", "questions", "role", "skills", "snoozed_until", "status", "type",
		]);
		expect(frontmatter).toMatchObject({ introducer: null, outcome: null, status: "waiting", skills: [], questions: [], check_ins: [] });
	});

	it("keeps typed values exactly, even with YAML's special characters", () => {
		expect(frontmatter).toMatchObject({ company: "Acme: Labs #2", interviewer: "[[People/Jane Doe|Jane]]", date: "2026-11-20" });
	});

	it("is an interview note the rules schedule from its date", () => {
		const note = { path: "Notes/2026-11-20 Acme Labs 2.md", frontmatter };
		expect(isInterviewNote(note, DEFAULT_SETTINGS)).toBe(true);
		expect(parseInterviewNote(note).interview).toMatchObject({ date: day("2026-11-20"), company: "Acme: Labs #2", interviewer: "Jane" });
	});

	it("has the body sections to fill in after the interview", () => {
		for (const heading of ["## Questions asked", "## What you learned", "## Their challenges", "## Follow-up notes"]) expect(text).toContain(`\n${heading}\n`);
	});
});
