import { BUILT_IN_TEMPLATES, fillDrafts, greetingName, LetterDraft, TemplateName } from "../../src/letters";
import { LetterStep } from "../../src/letters/stepTemplate";
import { ACME_FRONTMATTER, acmeContext } from "./fixtures";

// Pasted material never makes a broken sentence, and the frame never claims what the note does not say: each case is
// one note (frontmatter over the fixture's, and a body of its own), the draft a template makes of it, and what it must
// and must never say. These come from drafts read as the hiring managers receiving them would read them.

const ONE = { ...ACME_FRONTMATTER, interviewer: "Priya Raman", skills: null };

function draft(name: TemplateName, frontmatter: Record<string, unknown>, body = "", step: LetterStep = "letter"): LetterDraft {
	return fillDrafts(BUILT_IN_TEMPLATES[name], acmeContext({ frontmatter: { ...ONE, ...frontmatter }, body }), step, name)[0];
}

const PROPOSAL = "## Proposal\nreconcile the revenue definition with finance first, then rebuild the dashboards on it\n";

describe("what a draft says, and never says, for material of each form", () => {
	it.each<[string, TemplateName, Record<string, unknown>, string, readonly string[], readonly string[]]>([
		["an imperative proposal follows a lead-in that takes a verb", "recovery", { outcome: "poorly" }, PROPOSAL,
			["What I would propose is to reconcile the revenue definition with finance first, then rebuild the dashboards on it."], ["I would start with"]],
		["a proposal that is a noun phrase takes no 'to'", "recovery", { outcome: "poorly", proposal: "a two-week audit of the KPI definitions" }, "",
			["What I would propose is a two-week audit of the KPI definitions."], ["propose is to a"]],
		["a proposal list of imperatives reads as one plan", "recovery", { outcome: "poorly", proposal: ["audit the KPI definitions", "publish one dashboard"] }, "",
			["What I would propose is to audit the KPI definitions and publish one dashboard."], ["I would start with"]],
		["without a challenge in the note, recovery names no problem the reader described", "recovery", { outcome: "poorly" }, PROPOSAL,
			["I have also thought more about how I could help, and I would like to offer a short proposal."], ["the problem you described"]],
		["with one, it does", "recovery", { outcome: "poorly" }, `${PROPOSAL}## Their challenges\nYour dashboards disagree with finance every month-end.\n`,
			["I have also thought more about the problem you described, and"], []],
		["challenges listed as short phrases stand as bullets after a full sentence", "thank-you", {},
			"## Their challenges\n- clinic staff resist new screens\n- no test environment\n",
			["You were open with me about what your team is up against.\n\n- clinic staff resist new screens\n- no test environment\n"], ["The challenges you described,", "about clinic staff"]],
		["after a rejection, their challenges are not something the candidate 'enjoyed'", "after-rejection", { status: "rejected" },
			"## Their challenges\n- clinic staff resist new screens\n- no test environment\n",
			["I will follow with interest how your team takes on what you told me about.\n\n- clinic staff resist new screens"], ["enjoyed"]],
		["a challenge that is a question reads as a question discussed", "thank-you", { challenge: "why do suppliers miss the Friday cut-off?" }, "",
			["We also talked about a question I keep thinking about.\n\nWhy do suppliers miss the Friday cut-off?"], ["\nwhy do suppliers"]],
		["a lower-case sentence of phrases and a stop is a phrase list", "thank-you", { skills: "sourcing, supplier audits, negotiation." }, "",
			["I would bring sourcing, supplier audits and negotiation to the role."], ["\nsourcing, supplier audits, negotiation."]],
		["a fragment starting on a capital that may be a name is never lowered nor glued after 'that'", "thank-you", { learned: "Night shift loses an hour at handover" }, "",
			["what you told me has stayed with me.\n\n- Night shift loses an hour at handover"], ["that Night shift", "that night shift"]],
		["a lead-in never promises one thing before several", "thank-you", {}, "## What I learned\nYour team is six planners. You move to a new system next year.\n",
			["I learned a lot from listening to you, and what you told me has stayed with me."], ["one thing"]],
		["a learned phrase list that asks 'how' reads after 'about'", "meeting-thanks", { type: "coffee chat" }, "## What I learned\n- how your audit teams are staffed\n- busy season\n",
			["What you said about how your audit teams are staffed and busy season was new to me."], ["- how your audit teams"]],
		["each question with the answer the candidate would give now, when the counts match", "recovery", { outcome: "poorly" },
			"## Questions they asked\n- How would you explain a p-value?\n- Tell me about a time you were wrong.\n## Answers I would give now\n- A p-value says how surprising the result would be.\n- My forecast missed a pricing change; now I check the release calendar.\n",
			['You asked me, "How would you explain a p-value?" Now I would answer: A p-value says how surprising the result would be.\n\nYou asked me, "Tell me about a time you were wrong." Now I would answer: My forecast'], ["This is how I would answer now."]],
		["otherwise questions and answers keep a lead-in each", "recovery", { outcome: "poorly", questions: ["SQL window functions", "stakeholder conflict"], better_answers: "i would use ROW_NUMBER." }, "",
			["You asked me about SQL window functions and stakeholder conflict.", "This is how I would answer now.\n\nI would use ROW_NUMBER."], ["Now I would answer:"]],
		["a check-in after a rejection is interested in working together in the future, not in the role", "check-in", { status: "rejected", rejected_on: "2026-11-27" }, "",
			["I would be glad to work with your team in the future"], ["interested in the role"]],
		["a check-in with no challenge in the note does not say it kept one in mind", "check-in", {}, "", ["I have kept our conversation in mind"], ["your team's challenge"]],
	])("%s", (_rule, name, frontmatter, body, says, neverSays) => {
		const text = draft(name, frontmatter, body, name === "after-rejection" ? "rejection-reply" : name === "check-in" ? "check-in" : "letter").text;
		for (const line of says) expect(text).toContain(line);
		for (const line of neverSays) expect(text).not.toContain(line);
	});
});

describe("a panel member's own section always follows a lead-in, and fragments in it are bullets the check names", () => {
	const panel = { interviewer: ["Noor Abbas", "Ben Ortiz"] };
	it.each([
		["fragments", "## Noor\n- showed me the graph\n- tea\n", "- showed me the graph\n- tea", true],
		["sentence-long fragments in lower case", "## Noor\n- walked me round the cross-dock floor\n- showed the handover board\n", "- walked me round the cross-dock floor\n- showed the handover board", true],
		["one fragment", "## Noor\nshowed me the graph\n", "- showed me the graph", true],
		["sentences", "## Noor\nYour tour of the floor made the problem concrete.\n", "Your tour of the floor made the problem concrete.", false],
	])("%s", (_kind, body, material, named) => {
		const noor = draft("thank-you", panel, body);
		expect(noor.text).toContain(`Please pass my thanks on to Ben as well.\n\nI would also like to say something to you in particular.\n\n${material}\n`);
		expect(noor.text).not.toContain("I especially appreciated");
		expect(noor.check.some((item) => item.startsWith("your notes for Noor Abbas stand as bullets"))).toBe(named);
	});
});

describe("the introducer hears how it went, and nothing the note does not say", () => {
	it.each([
		["a job interview that went well", { outcome: "well" }, "The interview went well, and I will let you know how things go from here."],
		["one whose outcome was poor", { outcome: "poorly" }, "I am grateful for the chance to be considered, and I will let you know how things go from here."],
		["one that led to an offer", { outcome: "well", status: "offer" }, "The interview went well, and I am glad to say it has led to an offer. I will let you know what I decide."],
		["one that ended in a no", { outcome: "well", status: "rejected" }, "The interview did not lead to an offer this time, but I am grateful for the chance to be considered. I will keep you posted on my search."],
		["a coffee chat", { type: "coffee chat" }, "I am grateful for the conversation, and I will let you know how things go from here."],
	])("%s", (_case, frontmatter, line) => {
		const text = draft("introducer-thanks", frontmatter, "", "introducer-thanks").text;
		expect(text).toContain(`\n\n${line}\n\n`);
		expect(text).not.toMatch(/good conversation|generous|good advice|the team and its work/);
		// Thanked once, at the start: the rest says whom they met and how it went.
		expect(text.replace(/%%[\s\S]*?%%/g, "").match(/\bthank/gi)).toHaveLength(2); // the subject line and the first sentence
	});
});

describe("the introducer of a coffee chat or an informational interview introduced you to a person", () => {
	it("thanks them for the person met, at the company, and says when you spoke", () => {
		const text = draft("introducer-thanks", { type: "informational", interviewer: null, contact: "[[People/Rahul Mehta|Rahul]]" }, "", "introducer-thanks").text;
		expect(text).toContain("Subject: Thank you for the introduction to Rahul\n");
		expect(text).toContain("Thank you for introducing me to Rahul at Acme. We spoke on November 20.\n");
		expect(text).not.toContain("I met");
	});

	it("leaves the company out when the note names none", () => {
		const text = draft("introducer-thanks", { type: "coffee chat", company: null, interviewer: "Rahul" }, "", "introducer-thanks").text;
		expect(text).toContain("Thank you for introducing me to Rahul. We spoke on November 20.\n");
	});
});

describe("an introducer letter whose outcome the note does not give", () => {
	it("keeps the blank, and the check says what to write there", () => {
		const letter = draft("introducer-thanks", { outcome: null }, "", "introducer-thanks");
		expect(letter.text).toContain("\n\n{{how_it_went}}\n\n");
		expect(letter.check).toContainEqual(expect.stringMatching(/^blank left: \{\{how_it_went\}\} \(a line on how the meeting went and what comes next/));
	});
});

describe("the letter check", () => {
	it("does not point at material that only the advice comment shows", () => {
		const checkIn = draft("check-in", { challenge: "She said the spare-parts store is never stocked." }, "", "check-in");
		expect(checkIn.text).toContain("She said the spare-parts store");
		expect(checkIn.check.filter((item) => item.includes("third person"))).toEqual([]);
	});

	it.each([
		["their, opening a bullet", "## What I learned\n- their dashboards disagree every month-end\n- busy season\n"],
		["their, after how", "## What I learned\n- how their audit teams are staffed\n- busy season\n"],
	])("names the third person: %s", (_case, body) => {
		expect(draft("thank-you", {}, body).check.some((item) => item.includes("in the third person"))).toBe(true);
	});

	it("asks to read a sentence that a fragment is set into, quoting it", () => {
		expect(draft("recovery", { outcome: "poorly" }, PROPOSAL).check).toContain(
			'your words from {{proposal}} are set into a sentence; check that this reads as a sentence: "What I would propose is to reconcile the revenue definition with finance first, then rebuild the dashboards on it."',
		);
	});
});

describe("greetings from names written last name first", () => {
	it.each([
		["Okoye, Amara", "Amara"],
		["Okoye, Dr. Amara", "Dr. Okoye"],
	])("%s → %s", (entry, expected) => {
		expect(greetingName(entry)).toBe(expected);
		expect(draft("thank-you", { interviewer: entry }).text).toContain(`Dear ${expected},\n`);
	});
});
