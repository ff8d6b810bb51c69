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

describe("questions become a bulleted list with room for the better answer", () => {
	it.each([
		[["Why us?", "Why now?"], '- You asked: "Why us?"\n  My better answer: …\n- You asked: "Why now?"\n  My better answer: …'],
		["Why us?", '- You asked: "Why us?"\n  My better answer: …'],
		[[], "{{questions}}"],
	])("%j", (questions, expected) => {
		expect(fillLetter("{{questions}}", acmeContext({ frontmatter: { questions } }))).toBe(expected);
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
		["a date", "2026-11-20", "November 20, 2026"],
		["a date-time in local time", "2026-11-20T23:30", "November 20, 2026"],
		["a YAML date", new Date(Date.UTC(2026, 10, 20)), "November 20, 2026"],
		["an unreadable date stays visible", "next Tuesday", "{{date}}"],
		["no date stays visible", undefined, "{{date}}"],
	])("{{date}} from %s", (_rule, date, expected) => {
		expect(fillLetter("{{date}}", acmeContext({ frontmatter: { date } }))).toBe(expected);
	});

	it("{{today}} is the day passed in, written out", () => {
		expect(fillLetter("{{today}}", acmeContext({ today: day("2027-01-04") }))).toBe("January 4, 2027");
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

	it("a note without frontmatter leaves its placeholders visible but still knows today and the user", () => {
		expect(letterValues(acmeContext({ frontmatter: null }))).toEqual({
			today: "November 27, 2026", my_name: "Alex Rivera", note: "[[Interviews/2026-11-20 Acme|2026-11-20 Acme]]",
		});
	});

	it("the fixture note fills every placeholder of SPEC.md but the article's", () => {
		const keys = ["company", "role", "interviewer", "introducer", "date", "today", "my_name", "skills", "learned", "questions", "challenge", "note"];
		const values = letterValues({ ...acmeContext(), frontmatter: ACME_FRONTMATTER });
		for (const key of keys) expect(values[key]).toBeTruthy();
	});
});

describe("values written into the middle of a sentence lose their own final full stop", () => {
	it.each([
		["challenge", "Checkout releases are blocked by flaky tests.", "Checkout releases are blocked by flaky tests"],
		["learned", "Their team is small.", "Their team is small"],
		["skills", ["Led a migration.", "Mentored juniors"], "Led a migration and Mentored juniors"],
		["challenge", "Growth…", "Growth…"],
		["challenge", "What next...", "What next..."],
		["company", "Acme Inc.", "Acme Inc."],
	])("%s %j → %j", (key, value, expected) => {
		expect(fillLetter(`{{${key}}}`, acmeContext({ frontmatter: { [key]: value } }))).toBe(expected);
	});
});
