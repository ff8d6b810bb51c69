import { fillLetter, formatLongDate, letterValues, naturalList, noteLink } from "../../src/letters";
import { day } from "../builders/calendarDays";
import { ACME_FRONTMATTER, acmeContext } from "./fixtures";

describe("lists read naturally", () => {
	it.each([
		[[], ""],
		[["SQL"], "SQL"],
		[["SQL", "dashboards"], "SQL and dashboards"],
		[["SQL", "dashboards", "stakeholder interviews"], "SQL, dashboards and stakeholder interviews"],
	])("%j → %j", (items, expected) => {
		expect(naturalList(items)).toBe(expected);
	});

	it.each([
		[["SQL", "dashboards"], "SQL and dashboards"],
		["SQL", "SQL"],
		[["[[Skills/SQL|SQL]]", "", null, "[[Skills/Tableau]]"], "SQL and Tableau"],
	])("skills %j fill {{skills}} as %j", (skills, expected) => {
		expect(fillLetter("{{skills}}", acmeContext({ frontmatter: { skills } }))).toBe(expected);
	});
});

describe("a list of short phrases reads as one sentence, a list with a sentence in it as bullets", () => {
	it.each([
		["short phrases", ["SQL", "dashboards", "stakeholder interviews"], "SQL, dashboards and stakeholder interviews"],
		["questions are sentences", ["Why us?", "Why now?"], "- Why us?\n- Why now?"],
		["one sentence among phrases", ["SQL", "Led the move of a monolith to services."], "- SQL\n- Led the move of a monolith to services."],
		["a long entry without a full stop is a sentence", ["SQL", "Led the move of a monolith to event-driven services"], "- SQL\n- Led the move of a monolith to event-driven services"],
		["one text stays as written", "Why us?", "Why us?"],
		["an empty list stays visible", [], "{{questions}}"],
	])("%s", (_rule, questions, expected) => {
		expect(fillLetter("{{questions}}", acmeContext({ frontmatter: { questions }, body: "" }))).toBe(expected);
	});

	it.each([
		["a section of one-line list items is a list", "## Skills\n- SQL\n- dashboards\n", "SQL and dashboards"],
		["a section of sentences as items is bulleted", "## Skills\n* I led a migration.\n* I mentored juniors.\n", "- I led a migration.\n- I mentored juniors."],
		["a section of paragraphs stays as written", "## Skills\nI led a migration.\n\nI mentored juniors.\n", "I led a migration.\n\nI mentored juniors."],
	])("%s", (_rule, body, expected) => {
		expect(fillLetter("{{skills}}", acmeContext({ frontmatter: {}, body }))).toBe(expected);
	});
});

describe("dates are written out in the user's locale", () => {
	it.each([
		["en-US", "November 20, 2026"],
		["en-GB", "20 November 2026"],
		["de", "20. November 2026"],
		["fr", "20 novembre 2026"],
	])("%s: %s", (locale, expected) => {
		expect(formatLongDate(day("2026-11-20"), locale)).toBe(expected);
	});

	it.each([
		["a date this year, without the year", "2026-11-20", "November 20"],
		["a date-time in local time", "2026-11-20T23:30", "November 20"],
		["a YAML date", new Date(Date.UTC(2026, 10, 20)), "November 20"],
		["a date of last year, with its year", "2025-12-30", "December 30, 2025"],
		["an unreadable date stays visible", "next Tuesday", "{{date}}"],
		["no date stays visible", undefined, "{{date}}"],
	])("{{date}} from %s", (_rule, date, expected) => {
		expect(fillLetter("{{date}}", acmeContext({ frontmatter: { date } }))).toBe(expected);
	});

	it("{{today}} is the day passed in, written out", () => {
		expect(fillLetter("{{today}} {{date}}", acmeContext({ today: day("2027-01-04") }))).toBe("January 4 November 20, 2026");
	});

	it.each([
		["en-US", "November 20"],
		["de", "20. November"],
	])("the letter-locale setting %s writes the date of this year as %s", (locale, expected) => {
		expect(formatLongDate(day("2026-11-20"), locale, day("2026-11-27"))).toBe(expected);
	});
});

describe("links and people read as their display text", () => {
	it.each([
		["company", "[[Companies/Acme|Acme Corp]]", "Acme Corp"],
		["company", "[[Companies/Acme]]", "Acme"],
		["interviewer", ["[[People/Jane Doe|Jane]]", "Bill"], "Jane"],
		["interviewer", ["", "Bill"], "Bill"],
		["introducer", "[[People/Marge Simpson]]", "Marge Simpson"],
		["role", "  Data analyst ", "Data analyst"],
	])("%s: %j → %j", (key, value, expected) => {
		expect(fillLetter(`{{${key}}}`, acmeContext({ frontmatter: { [key]: value } }))).toBe(expected);
	});
});

describe("any other text-valued frontmatter key fills a placeholder of its name", () => {
	it.each([
		["a text", "Growth team", "Growth team"],
		["a number", 3, "3"],
		["a list of texts", ["Berlin", "remote"], "Berlin and remote"],
		["a link", "[[Teams/Growth]]", "Growth"],
		["a YAML date", new Date(Date.UTC(2026, 11, 1)), "2026-12-01"],
		["true is not text", true, "{{department}}"],
		["a nested object is not text", { a: 1 }, "{{department}}"],
		["an empty text stays visible", " ", "{{department}}"],
	])("%s", (_rule, value, expected) => {
		expect(fillLetter("{{department}}", acmeContext({ frontmatter: { department: value } }))).toBe(expected);
	});
});

describe("the note, the user and the article", () => {
	it.each([
		["Interviews/2026-11-20 Acme.md", "[[Interviews/2026-11-20 Acme|2026-11-20 Acme]]"],
		["Acme.md", "[[Acme]]"],
	])("{{note}} of %s is %s", (path, expected) => {
		expect(noteLink(path)).toBe(expected);
		expect(fillLetter("{{note}}", acmeContext({ path }))).toBe(expected);
	});

	it.each([
		["Alex Rivera", "Alex Rivera"],
		["", "{{my_name}}"],
	])("{{my_name}} from the setting %j is %j", (myName, expected) => {
		expect(fillLetter("{{my_name}}", acmeContext({ myName }))).toBe(expected);
	});

	it("the article's title, address and why fill their placeholders; without one they stay visible", () => {
		const template = "{{article_title}} {{article_url}} {{why}}";
		expect(fillLetter(template, acmeContext({ article: { title: "T", url: "https://e.com", why: "W" } }))).toBe("T https://e.com W");
		expect(fillLetter(template, acmeContext())).toBe(template);
	});

	it("a note without frontmatter (nor body) leaves its placeholders visible but still knows today and the user", () => {
		expect(letterValues(acmeContext({ frontmatter: null, body: undefined }))).toEqual({
			today: "November 27", my_name: "Alex Rivera", note: "[[Interviews/2026-11-20 Acme|2026-11-20 Acme]]", is_interview: "yes",
		});
	});

	it("the fixture note fills every placeholder of SPEC.md but the article's, the material from its frontmatter and body", () => {
		const keys = [
			"company", "role", "interviewer", "introducer", "date", "today", "my_name", "note",
			"skills", "learned", "questions", "challenge", "better_answers", "proposal", "advice",
		];
		const values = letterValues(acmeContext());
		for (const key of keys) expect(values[key]).toBeTruthy();
	});
});

describe("a value is inserted as written, once, never run", () => {
	it.each([
		["a full stop stays", "challenge", "Checkout releases are blocked by flaky tests.", "Checkout releases are blocked by flaky tests."],
		["a placeholder inside a value is not expanded", "learned", "You said {{company}} pays {{salary}}.", "You said {{company}} pays {{salary}}."],
		["Markdown stays as typed", "learned", "**Bold** and [[Link]]", "**Bold** and [[Link]]"],
		["a section placeholder inside a value is not expanded", "proposal", "{{section:Proposal}}", "{{section:Proposal}}"],
	])("%s", (_rule, key, value, expected) => {
		expect(fillLetter(`{{${key}}}`, acmeContext({ frontmatter: { ...ACME_FRONTMATTER, [key]: value } }))).toBe(expected);
	});

	it("a body section holding {{…}} is not expanded either", () => {
		expect(fillLetter("{{learned}}", acmeContext({ frontmatter: {}, body: "## Learned\nYour {{role}} team.\n" }))).toBe("Your {{role}} team.");
	});

	it.each(["skills", "learned", "better_answers", "proposal", "advice", "section:What I will do next", "phone"])("a missing {{%s}} stays visible", (key) => {
		expect(fillLetter(`Before {{${key}}} after`, acmeContext({ frontmatter: {}, body: "" }))).toBe(`Before {{${key}}} after`);
	});
});
