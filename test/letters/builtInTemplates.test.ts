import YAML from "yaml";
import {
	BUILT_IN_TEMPLATES, countWords, fillDrafts, withCheck, fillNoteTemplate, LetterStep, letterValues, MATERIAL_HEADINGS, newInterviewValues, noteSections, TEMPLATE_NAMES, TemplateName,
} from "../../src/letters";
import { DEFAULT_SETTINGS, isInterviewNote, parseInterviewNote } from "../../src/rules";
import { day } from "../builders/calendarDays";
import { ACME_BODY, ACME_FRONTMATTER, acmeContext, expectApproved, PANEL_BODY } from "./fixtures";

const ARTICLE = {
	title: "Why customers leave in their first 90 days",
	url: "https://example.com/churn-90-days",
	why: "It compares three onboarding changes that halved early churn, close to what you described.",
};

// After an advice meeting the candidate writes the advice, what they learned and what they will do with it.
const ADVICE_BODY = `## Advice I got
Your advice to aim for senior roles at companies where the staff path is written down, and to ask about it in every interview, was exactly what I needed to hear.

## What I learned:
Hearing how you were promoted by leading the migration nobody else wanted to own changed how I think about the next step.

## What I will do next
I will ask every company how many staff engineers they have and what the last promotion looked like.
`;

// One note per case: the Acme fixture with the frontmatter that picks the letter and addresses it.
const CASES: [string, TemplateName, LetterStep, Record<string, unknown>, string?][] = [
	["thank-you", "thank-you", "letter", { outcome: "well" }],
	["recovery", "recovery", "letter", { outcome: "poorly" }],
	["after-rejection", "after-rejection", "rejection-reply", { status: "rejected", rejected_on: "2026-11-26" }],
	["meeting-thanks-informational", "meeting-thanks", "letter", { type: "coffee chat", role: null, outcome: null, interviewer: null, contact: "[[People/Monica Hall|Monica]]" }],
	["meeting-thanks-advice", "meeting-thanks", "letter", { type: "career advice", company: null, role: null, outcome: null, interviewer: "[[People/Sam Lee|Sam]]" }, ADVICE_BODY],
	["introducer-thanks", "introducer-thanks", "introducer-thanks", {}],
	["call", "call", "call", {}],
];

const SETTINGS = { myEmail: "alex.rivera@example.com", myPhone: "+1 555 0199" };

describe("each built-in draft, filled from an interview note, reads as the approved draft", () => {
	it.each(CASES)("%s", (approved, name, step, frontmatter, body = ACME_BODY) => {
		const context = acmeContext({ frontmatter: { ...ACME_FRONTMATTER, interviewer: "[[People/Jane Doe|Jane]]", ...frontmatter }, body, ...SETTINGS });
		const drafts = fillDrafts(BUILT_IN_TEMPLATES[name], context, step, name);
		expect(drafts).toHaveLength(1);
		expect(drafts[0].unfilled).toEqual([]);
		expect(drafts[0].check).toEqual([]);
		expectApproved(`${approved}.md`, drafts[0].text);
	});

	it.each([
		["check-in.md", { outcome: "well" }, ACME_BODY],
		["check-in-advice.md", { type: "career advice", company: null, role: null, interviewer: "[[People/Sam Lee|Sam]]", advice: "show one finished analysis rather than a list of tools", update: "I wrote up last year's churn analysis as a two-page case study, and two hiring managers asked for it." }, ADVICE_BODY],
	])("%s, with the article being shared", (approved, frontmatter, body) => {
		const context = acmeContext({ frontmatter: { ...ACME_FRONTMATTER, interviewer: "[[People/Jane Doe|Jane]]", ...frontmatter }, body, article: ARTICLE, ...SETTINGS });
		const [draft] = fillDrafts(BUILT_IN_TEMPLATES["check-in"], context, "check-in", "check-in");
		// A fragment set into a sentence (the advice, the challenge) asks to read that sentence; nothing else is to look at.
		expect(draft.check.filter((item) => !item.includes("check that this reads as a sentence"))).toEqual([]);
		expectApproved(approved, draft.text);
	});

	it("a panel's thank-you is one letter per person, each addressed to them, the first thanking the others", () => {
		const drafts = fillDrafts(BUILT_IN_TEMPLATES["thank-you"], acmeContext({ body: PANEL_BODY, ...SETTINGS }), "letter", "thank-you");
		expect(drafts.map((draft) => draft.contact)).toEqual(["Jane", "Bill Lumbergh"]);
		expect(drafts.map((draft) => draft.check)).toEqual([[], []]);
		expectApproved("thank-you-panel.md", drafts.map((draft) => draft.text).join("\n---\n\n"));
	});

	it("the thank-you from a rich note is 150 to 250 words as it is sent", () => {
		const [draft] = fillDrafts(BUILT_IN_TEMPLATES["thank-you"], acmeContext({ frontmatter: { ...ACME_FRONTMATTER, interviewer: "Jane" }, ...SETTINGS }), "letter", "thank-you");
		const words = countWords(`${draft.plain.subject} ${draft.plain.body}`);
		expect(words).toBeGreaterThanOrEqual(150);
		expect(words).toBeLessThanOrEqual(250);
	});
});

describe("each built-in template carries the advice of its step", () => {
	// The placeholders and phrases that make each draft do what its step of the five asks.
	const advice: [TemplateName, string[]][] = [
		["thank-you", ["Thank you for your time", "{{skills_text}}", "{{learned_text}}", "{{challenge_text}}", "if the timing is not right now", "{{call_date}}", "{{others}}", "{{personal_text}}"]],
		["recovery", ["Thank you for meeting me", "{{questions_text}}", "{{better_answers_text}}", "{{proposal_text}}", "remain very interested", "{{call_date}}"]],
		["after-rejection", ["Thank you for letting me know", "{{date}}", "{{learned_text}}", "{{challenge_text}}", "understand your decision", "in the future", "stay in touch", "a word on"]],
		["meeting-thanks", ["Thank you for taking the time", "{{learned_text}}", "{{advice_text}}", "your advice to {{advice_fragment}}", "{{next_text}}", "keep you posted"]],
		["introducer-thanks", ["Thank you for introducing me", "{{contacts}}", "{{how_it_went}}", "opportunity"]],
		["call", ["**Ask for:**", "remain very interested", "Timeline", "next steps", "On voicemail", "{{my_phone}}"]],
		["check-in", ["{{article_title}}", "{{article_url}}", "{{why}}", "{{challenge}}", "remain very interested", "what I did with your advice"]],
	];
	it.each(advice)("%s", (name, phrases) => {
		for (const phrase of phrases) expect(BUILT_IN_TEMPLATES[name]).toContain(phrase);
	});

	it.each(TEMPLATE_NAMES.filter((name) => name !== "interview"))("%s is signed or spoken by {{my_name}}, and greets by {{first_name}}", (name) => {
		expect(BUILT_IN_TEMPLATES[name]).toContain("{{my_name}}");
		expect(BUILT_IN_TEMPLATES[name]).toContain("{{first_name}}");
	});

	it.each(TEMPLATE_NAMES.filter((name) => name !== "interview"))("%s keeps the note's sentences on lines of their own, never after a colon", (name) => {
		const glued = BUILT_IN_TEMPLATES[name].split("\n").filter((line) => /\{\{(skills|learned|challenge|questions|better_answers|proposal|advice|next|personal|how_it_went|why|section:[^}]*)(_text)?\}\}/.test(line) && !/^\{\{[^}]+\}\}$/.test(line.trim()));
		// The check-in's advice comment names the challenge for the user; it never leaves the note.
		expect(glued.filter((line) => !line.startsWith("%%"))).toEqual([]);
		const lines = BUILT_IN_TEMPLATES[name].split("\n").filter((line) => !line.startsWith("%%") && !line.startsWith("Subject:") && !line.startsWith("**"));
		expect(lines.filter((line) => /:\s*\{\{(?![#^/])/.test(line))).toEqual([]);
	});

	it.each(TEMPLATE_NAMES.filter((name) => name !== "interview"))("%s makes no claim the note does not make", (name) => {
		for (const claim of ["kind of problem I have worked on", "I have worked on", "my experience", "I have done this before"]) expect(BUILT_IN_TEMPLATES[name]).not.toContain(claim);
	});

	it("the reply after a rejection says \"future\" once", () => {
		expect(BUILT_IN_TEMPLATES["after-rejection"].split("%%")[2].match(/future/g)).toHaveLength(1);
	});

	it("the introducer's thanks says whom you met and how it went, and nothing of the company's problems", () => {
		const [draft] = fillDrafts(BUILT_IN_TEMPLATES["introducer-thanks"], acmeContext(), "introducer-thanks", "introducer-thanks");
		expect(draft.text).toContain("Dear Marge,");
		expect(draft.text).toContain("Thank you for introducing me to Acme. I met Jane and Bill Lumbergh on November 20.");
		for (const secret of ["churn", "Customers leave", "dashboard"]) expect(draft.text).not.toContain(secret);
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
			"called", "check_ins", "company", "date", "email", "interviewer", "introducer", "introducer_thanked",
			"letter_sent", "outcome", "phone", "role", "snoozed_until", "status", "type",
		]);
		expect(frontmatter).toMatchObject({ type: "interview", introducer: null, outcome: null, status: "waiting", check_ins: [] });
	});

	it("keeps typed values exactly, even with YAML's special characters", () => {
		expect(frontmatter).toMatchObject({ company: "Acme: Labs #2", interviewer: "[[People/Jane Doe|Jane]]", date: "2026-11-20" });
	});

	it("is an interview note the rules schedule from its date", () => {
		const note = { path: "Notes/2026-11-20 Acme Labs 2.md", frontmatter };
		expect(isInterviewNote(note, DEFAULT_SETTINGS)).toBe(true);
		expect(parseInterviewNote(note).interview).toMatchObject({ date: day("2026-11-20"), company: "Acme: Labs #2", interviewer: "Jane" });
	});

	it("has a body section for each letter's material, each with a one-line prompt to write it as you would say it to them", () => {
		const sections = noteSections(text.split("---\n").slice(2).join("---\n"));
		for (const headings of Object.values(MATERIAL_HEADINGS)) expect(sections.some((section) => headings.includes(section.heading))).toBe(true);
		const prompts = text.split("\n").filter((line, index, lines) => lines[index - 1]?.startsWith("## ") && line.startsWith("%%"));
		expect(prompts.filter((prompt) => /as you would (say it to them|thank them)/.test(prompt)).length).toBeGreaterThanOrEqual(6);
	});

	it("leaves no prompt in a letter: the prompts are comments, and an unfilled section stays an unfilled placeholder", () => {
		const values = letterValues(acmeContext({ frontmatter: { ...ACME_FRONTMATTER, skills: null }, body: text.split("---\n").slice(2).join("---\n") }));
		for (const key of Object.keys(MATERIAL_HEADINGS)) expect(values[key]).toBeUndefined();
	});
});

describe("drafts from thinner notes keep a visible blank only where nothing covers the point, and the check names it", () => {
	it.each<[string, TemplateName, LetterStep, Record<string, unknown>, string]>([
		["after-rejection-after-thank-you.md", "after-rejection", "rejection-reply",
			{ status: "rejected", rejected_on: "2026-11-26", letter_sent: "2026-11-21", interviewer: "Dr. Amara Okoye", challenge: "onboarding that loses a third of new accounts" }, ""],
		["check-in-mentoring-update.md", "check-in", "check-in",
			{ type: "mentoring", company: null, role: null, interviewer: "Jürgen Müller", advice: "talk to the plant managers before you apply" },
			"## Follow-up notes\nI called three plant managers; two of them invited me to see their lines next month.\n"],
		["recovery-sparse.md", "recovery", "letter", { outcome: "poorly", interviewer: "Zoë", skills: null }, "## Questions they asked\n- Why planning?\n"],
		["meeting-thanks-fragments.md", "meeting-thanks", "letter",
			{ type: "informational", role: null, interviewer: "[[People/Lena Fischer|Lena]]", advice: "ask every plant how it measures changeovers", learned: "most of their planners came from the shop floor" }, ""],
	])("%s", (approved, name, step, frontmatter, body) => {
		const context = acmeContext({ frontmatter: { ...ACME_FRONTMATTER, ...frontmatter }, body, ...SETTINGS, article: name === "check-in" ? ARTICLE : undefined });
		const drafts = fillDrafts(BUILT_IN_TEMPLATES[name], context, step, name);
		expect(drafts).toHaveLength(1);
		expectApproved(approved, withCheck(drafts[0].text, drafts[0].check));
	});
});
