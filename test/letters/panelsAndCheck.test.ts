import { BUILT_IN_TEMPLATES, fillDrafts, LetterDraft, mailtoUrl, withCheck } from "../../src/letters";
import { day } from "../builders/calendarDays";
import { ACME_BODY, ACME_FRONTMATTER, acmeContext, expectApproved } from "./fixtures";

const PANEL = { ...ACME_FRONTMATTER, interviewer: ["[[People/Omar Haddad|Omar]]", "Lena Fischer", "Jürgen Müller"] };
const PANEL_OF_THREE_BODY = `${ACME_BODY}
## Omar
Your question about how I would explain a model to the sales team is one I have kept thinking about.

### With Lena Fischer
Thank you for showing me the hand-built steps of the churn report; seeing them made the problem concrete.

## For Jürgen
I enjoyed our talk about data quality at the source, and your story of the sensor that reported in Fahrenheit.
`;

function panelDrafts(body = PANEL_OF_THREE_BODY): LetterDraft[] {
	return fillDrafts(BUILT_IN_TEMPLATES["thank-you"], acmeContext({ frontmatter: PANEL, body, myPhone: "+1 555 0199" }), "letter", "thank-you");
}

describe("a panel gets one letter per person, each with what is for them alone", () => {
	const drafts = panelDrafts();
	const personal = ["explain a model to the sales team", "hand-built steps", "Fahrenheit"];

	it("greets each by first name", () => {
		expect(drafts.map((draft) => draft.text.match(/^Dear .*,$/m)?.[0])).toEqual(["Dear Omar,", "Dear Lena,", "Dear Jürgen,"]);
	});

	it.each([0, 1, 2])("draft %i holds its own section and nobody else's", (index) => {
		personal.forEach((line, other) => (other === index ? expect(drafts[index].text).toContain(line) : expect(drafts[index].text).not.toContain(line)));
	});

	it("the first contact's letter thanks the others by name; the others' letters name nobody else", () => {
		expect(drafts[0].text).toContain("Please pass my thanks on to Lena and Jürgen as well.");
		expect(drafts[1].text).not.toContain("Please pass my thanks");
		expect(drafts[2].text).not.toContain("Please pass my thanks");
	});

	it("no heading line of a personal section reaches any letter", () => {
		for (const draft of drafts) expect(draft.text).not.toMatch(/^#+ /m);
	});

	it("reads as the approved drafts, with nothing for the check to say", () => {
		expect(drafts.map((draft) => draft.check)).toEqual([[], [], []]);
		expectApproved("thank-you-panel-of-three.md", drafts.map((draft) => draft.text).join("\n---\n\n"));
	});

	it("drafts that differ only in the greeting are named by the check", () => {
		const same = panelDrafts(ACME_BODY);
		expect(same[1].check).toEqual([expect.stringContaining("differs from the one to Omar and Jürgen Müller only in the greeting")]);
		expect(same[1].check[0]).toContain('add a section "## Lena Fischer"');
	});
});

describe("the letter check names what to look at before sending, each item naming the place", () => {
	const check = (frontmatter: Record<string, unknown>, body = ACME_BODY, template = BUILT_IN_TEMPLATES["thank-you"]) =>
		fillDrafts(template, acmeContext({ frontmatter: { ...ACME_FRONTMATTER, interviewer: "Jane Doe", ...frontmatter }, body }), "letter", "thank-you")[0].check;

	it.each([
		["a blank left", { role: null }, ACME_BODY, ["blank left: {{role}}"]],
		["third person about the reader", { learned: "She hired two planners last year." }, ACME_BODY, [expect.stringMatching(/^"She hired two planners last year\." \(from \{\{learned\}\}\) speaks of Jane Doe in the third person/)]],
		["the plural third person", { challenge: "They are short of planners." }, ACME_BODY, [expect.stringContaining('"They are short of planners."')]],
		["the reader by name", { learned: "Jane rebuilt the schedule by hand." }, ACME_BODY, [expect.stringContaining("speaks of Jane Doe in the third person")]],
		["a point of the advice without material", { skills: null }, ACME_BODY, [expect.stringMatching(/^no material for what you said that ties your skills to the job: write it in the note under "## What I said", or fill in \{\{skills\}\}$/)]],
		["nothing, for a good draft", {}, ACME_BODY, []],
	])("%s", (_rule, frontmatter, body, expected) => {
		expect(check(frontmatter, body)).toEqual(expected);
	});

	it("a draft over 250 words is named, counting the subject and not the advice comment", () => {
		const long = Array.from({ length: 40 }, (_, index) => `I rebuilt schedule ${index} by hand.`).join(" ");
		expect(check({ skills: long })).toEqual([expect.stringMatching(/^\d+ words: a letter over 250 words is skimmed/)]);
		const template = `%% ${"advice ".repeat(300)}%%\nSubject: ${"word ".repeat(10)}\n\n${"word ".repeat(241)}`;
		expect(check({}, ACME_BODY, template)).toEqual([expect.stringMatching(/^251 words/)]);
	});

	it("in the note, the list heads the draft's comment; an empty list adds nothing", () => {
		expect(withCheck("%% Advice. %%\nDear Jane,", ["blank left: {{role}}"])).toBe("%% Before you send: (1) blank left: {{role}}.\n\nAdvice. %%\nDear Jane,");
		expect(withCheck("Dear Jane,", ["a", "b"])).toBe("%% Before you send: (1) a; (2) b. %%\nDear Jane,");
		expect(withCheck("%% Advice. %%\nDear Jane,", [])).toBe("%% Advice. %%\nDear Jane,");
	});
});

describe("the next step is named only when a call will follow", () => {
	const letter = (frontmatter: Record<string, unknown>) =>
		fillDrafts(BUILT_IN_TEMPLATES["thank-you"], acmeContext({ frontmatter: { ...ACME_FRONTMATTER, interviewer: "Jane", ...frontmatter }, today: day("2026-11-21") }), "letter", "thank-you")[0].text;

	it.each([
		["waiting: the call a week after the interview, with its weekday", {}, "If I have not heard from you by Friday, November 27, I will give you a call."],
		["snoozed past it: the snoozed day", { snoozed_until: "2026-12-01" }, "If I have not heard from you by Tuesday, December 1, I will give you a call."],
	])("%s", (_rule, frontmatter, expected) => {
		expect(letter(frontmatter)).toContain(expected);
	});

	it.each([["responded"], ["offer"]])("status %s: no call, and the sentence is left out cleanly", (status) => {
		const text = letter({ status });
		expect(text).not.toContain("give you a call");
		expect(text).toContain("work together later.\n\nKind regards,");
	});

	it("the call already made: no call to announce", () => {
		expect(letter({ called: "2026-11-20" })).not.toContain("give you a call");
	});
});

describe("sending keeps the note's words exactly", () => {
	it("a value holding %%, {{…}} and Markdown reaches the mailto: body whole", () => {
		const context = acmeContext({ frontmatter: { ...ACME_FRONTMATTER, interviewer: "Jane", learned: "Your 50%% margin target is {{ambitious}}, and **bold**." } });
		const [draft] = fillDrafts(BUILT_IN_TEMPLATES["thank-you"], context, "letter", "thank-you");
		const body = decodeURIComponent(mailtoUrl(draft.plain, "jane@acme.example").split("&body=")[1]);
		expect(body).toContain("Your 50%% margin target is {{ambitious}}, and **bold**.");
		expect(body).not.toContain("Thank-you letter —");
		expect(draft.plain.subject).toBe("Thank you — Data analyst interview");
	});

	it("a hard-wrapped paragraph of the note is one line in the e-mail", () => {
		const context = acmeContext({ frontmatter: { ...ACME_FRONTMATTER, interviewer: "Jane" }, body: "## What I learned\nYour churn report takes a week\nto build by hand.\n" });
		const [draft] = fillDrafts(BUILT_IN_TEMPLATES["thank-you"], context, "letter", "thank-you");
		expect(draft.plain.body).toContain("\nYour churn report takes a week to build by hand.\n");
	});
});
