import { BUILT_IN_TEMPLATES, fillDrafts, fillTemplate, greetingName, resolveBlocks, textMaterial, listMaterial, joinSoftBreaks } from "../../src/letters";
import { ACME_FRONTMATTER, acmeContext } from "./fixtures";

// A thank-you from the Acme note with other material: its text without the advice comment.
function thankYou(frontmatter: Record<string, unknown>, body = ""): string {
	const context = acmeContext({ frontmatter: { ...ACME_FRONTMATTER, interviewer: "Jane Doe", skills: null, ...frontmatter }, body });
	return fillDrafts(BUILT_IN_TEMPLATES["thank-you"], context, "letter", "thank-you")[0].text;
}

describe("material reads by its kind", () => {
	it.each([
		["a sentence", "Your team is small.", { kind: "text", text: "Your team is small." }],
		["a paragraph over hard-wrapped lines is one line", "Your team is small,\nand it ships weekly.", { kind: "text", text: "Your team is small, and it ships weekly." }],
		["two paragraphs stay two", "One.\n\nTwo.", { kind: "text", text: "One.\n\nTwo." }],
		["a fragment", "their night shift loses an hour at handover", { kind: "fragment", text: "their night shift loses an hour at handover" }],
		["a fragment starting with a capital common word goes into a sentence in lower case", "Their night shift loses an hour", { kind: "fragment", inline: "their night shift loses an hour" }],
		["a fragment starting with a name keeps it", "SAP upgrades slip every year", { kind: "fragment", inline: "SAP upgrades slip every year" }],
		["a list of phrases", "- shift planning\n- SAP PP\n- lean audits", { kind: "phrases", text: "shift planning, SAP PP and lean audits" }],
		["a list of sentences", "- I rebuilt the changeover checklist.\n- I trained two planners.", { kind: "sentences", text: "- I rebuilt the changeover checklist.\n- I trained two planners." }],
		["one long entry starting with a capital makes the list sentences", "- SQL\n- Inventory models in Python, SQL and Excel for three plants", { kind: "sentences" }],
		["a long entry in lower case without a stop is still a phrase", "- how their audit teams are staffed\n- busy season", { kind: "phrases", text: "how their audit teams are staffed and busy season" }],
		["one lower-case line of commas ending in a stop is a phrase list", "sourcing, supplier audits, negotiation.", { kind: "phrases", text: "sourcing, supplier audits and negotiation" }],
		["a paragraph starting in lower case gets its capital", "i would use ROW_NUMBER over a partition.", { kind: "text", text: "I would use ROW_NUMBER over a partition." }],
		["a word in mixed case keeps its case", "iOS builds take an hour. We ship weekly.", { kind: "text", text: "iOS builds take an hour. We ship weekly." }],
		["a fragment opening on a capital word that may be a name stands as a bullet", "Night shift loses an hour at handover", { kind: "sentences", text: "- Night shift loses an hour at handover" }],
		["so does one opening on a place", "Leeds plant loses an hour at handover", { kind: "sentences", text: "- Leeds plant loses an hour at handover" }],
	])("%s", (_rule, text, expected) => {
		expect(textMaterial(text)).toMatchObject(expected);
	});

	it("a frontmatter list of phrases is one sentence list", () => {
		expect(listMaterial(["budgeting", "forecasting", "vendor audits"])).toEqual({ kind: "phrases", text: "budgeting, forecasting and vendor audits", inline: "budgeting, forecasting and vendor audits", items: ["budgeting", "forecasting", "vendor audits"] });
	});

	it("a list item wrapped onto an indented line is one line", () => {
		expect(joinSoftBreaks("- Roadmap: score requests by revenue, so\n  sales can see why.\n- Launch: cut scope.")).toBe("- Roadmap: score requests by revenue, so sales can see why.\n- Launch: cut scope.");
	});

	it("lists, tables and quotes keep their lines; a Markdown hard break stays", () => {
		expect(joinSoftBreaks("A\nB\n- c\n- d\n> e\n> f\nG  \nH")).toBe("A B\n- c\n- d\n> e\n> f\nG  \nH");
	});
});

describe("in the thank-you, each kind is led into by a sentence that says whose it is, and never follows a colon", () => {
	it.each([
		["a fragment is set into a sentence", { learned: "their night shift loses an hour at handover" }, "I learned a lot from listening to you, in particular that their night shift loses an hour at handover."],
		["a phrase list is one sentence", { skills: ["budgeting", "forecasting", "vendor audits"] }, "As I said when we met, I would bring budgeting, forecasting and vendor audits to the role."],
		["a sentence list is bullets after a lead-in", { skills: ["I rebuilt the changeover checklist.", "I trained two planners."] }, "When we spoke, I told you about the work I would bring to the role.\n\n- I rebuilt the changeover checklist.\n- I trained two planners."],
		["a sentence stands whole after a lead-in", { learned: "Your line stops most often for allergen cleaning." }, "what you told me has stayed with me.\n\nYour line stops most often for allergen cleaning.\n"],
		["the challenge is named as the note names it", { challenge: "handover losses on nights" }, "The challenge you described — handover losses on nights — is the problem I would most like to help you solve."],
	])("%s", (_rule, frontmatter, expected) => {
		expect(thankYou(frontmatter)).toContain(expected);
	});

	it("a fragment never stands as a lowercase paragraph of its own", () => {
		expect(thankYou({ learned: "their night shift loses an hour" })).not.toMatch(/\n\ntheir night shift/);
	});

	it("a level-4 heading under What I learned ends the section, and its line never reaches the letter", () => {
		const text = thankYou({}, "## What I learned\nYour plant runs three shifts.\n#### Private\nAsk about the salary band.\n");
		expect(text).toContain("Your plant runs three shifts.");
		expect(text).not.toContain("####");
		expect(text).not.toContain("salary band");
	});

	it("a section with only subsections takes their text, without their headings", () => {
		const text = thankYou({}, "## What I learned\n### On the floor\nYour plant runs three shifts.\n### In planning\nYour schedule is rebuilt by hand.\n");
		expect(text).toContain("Your plant runs three shifts.\n\nYour schedule is rebuilt by hand.");
		expect(text).not.toContain("On the floor");
	});
});

describe("{{first_name}} greets the reader as people sign e-mails", () => {
	it.each([
		["Jane Doe", "Jane"],
		["[[People/Jane Doe|Janey]]", "Janey"],
		["[[People/Jürgen Müller]]", "Jürgen"],
		["Zoë", "Zoë"],
		["Dr. Amara Okoye", "Dr. Okoye"],
		["Prof Ines Brandt", "Prof. Brandt"],
		["Ms. Lena Fischer", "Ms. Fischer"],
		["Mrs. Ada King", "Mrs. King"],
		["Mr. Omar Haddad", "Mr. Haddad"],
	])("%s → %s", (entry, expected) => {
		expect(greetingName(entry)).toBe(expected);
	});

	it("the Greeting setting at full name greets by the name as displayed", () => {
		expect(greetingName("Jürgen Müller", "full-name")).toBe("Jürgen Müller");
		const text = fillDrafts("Dear {{first_name}},", acmeContext({ frontmatter: { ...ACME_FRONTMATTER, interviewer: "Dr. Amara Okoye" }, greeting: "full-name" }), "letter")[0].text;
		expect(text).toBe("Dear Dr. Amara Okoye,");
	});
});

describe("{{#key}}…{{/key}} and {{^key}}…{{/key}} keep or drop their text, in any template", () => {
	const has = (...keys: string[]) => (key: string) => keys.includes(key);
	it.each([
		["kept inline", "A{{#x}} and x{{/x}}.", has("x"), "A and x."],
		["dropped inline", "A{{#x}} and x{{/x}}.", has(), "A."],
		["inverted", "{{^x}}none{{/x}}", has(), "none"],
		["a dropped paragraph leaves no blank lines", "A.\n\n{{#x}}\nX.\n{{/x}}\n\nB.", has(), "A.\n\nB."],
		["a kept paragraph keeps its blank lines", "A.\n\n{{#x}}\nX.\n{{/x}}\n\nB.", has("x"), "A.\n\nX.\n\nB."],
		["a block spans paragraphs", "A.\n\n{{#x}}\nX.\n\nY.\n{{/x}}\n\nB.", has(), "A.\n\nB."],
		["blocks nest", "{{#x}}x{{^y}} without y{{/y}}{{/x}}", has("x"), "x without y"],
		["a dropped block at the start leaves nothing", "{{#x}}\nX.\n{{/x}}\n\nB.", has(), "B."],
		["an inline block alone on its line takes the line", "A.\n{{#x}}X.{{/x}}\nB.", has(), "A.\nB."],
		["a block left open stays visible", "A {{#x}} B", has(), "A {{#x}} B"],
		["a closing tag alone stays visible", "A {{/x}} B", has(), "A {{/x}} B"],
	])("%s", (_rule, template, keys, expected) => {
		expect(resolveBlocks(template, keys)).toBe(expected);
	});

	it("works in a user's template, by section too, and a value holding {{#…}} is never run", () => {
		const values = { learned: "{{#x}}kept as written{{/x}}", "section:whatiwilldonext": "I will call." };
		expect(fillTemplate("{{#learned}}L: {{learned}}{{/learned}}{{#section:What I will do next}} N: {{section:What I will do next}}{{/section:What I will do next}}{{^proposal}} no proposal{{/proposal}}", values)).toBe(
			"L: {{#x}}kept as written{{/x}} N: I will call. no proposal",
		);
	});
});

describe("dropped blocks between kept ones leave one blank line", () => {
	it.each([
		["several dropped groups between two paragraphs", "X.\n{{#a}}\nA.\n{{/a}}\n\n{{#b}}\nB.\n{{/b}}\n{{#c}}\nC.\n{{/c}}\n\nY.", "X.\n\nY."],
		["a kept group, then dropped ones", "{{#k}}\nK.\n{{/k}}\n{{#a}}\nA.\n{{/a}}\n\n{{#b}}\nB.\n{{/b}}\n\nY.", "K.\n\nY."],
	])("%s", (_rule, template, expected) => {
		expect(resolveBlocks(template, (key) => key === "k")).toBe(expected);
	});
});
