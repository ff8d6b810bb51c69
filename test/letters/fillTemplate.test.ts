import YAML from "yaml";
import { fillNoteTemplate, fillTemplate, frontmatterBlock, templateText, withoutFrontmatter, yamlScalar, BUILT_IN_TEMPLATES } from "../../src/letters";

describe("a placeholder with a value is replaced by it", () => {
	it.each([
		["Dear {{interviewer}},", { interviewer: "Jane" }, "Dear Jane,"],
		["{{company}} and {{company}}", { company: "Acme" }, "Acme and Acme"],
		["Dear {{ interviewer }},", { interviewer: "Jane" }, "Dear Jane,"],
		["{{my_name}} / {{article-title}}", { my_name: "Alex", "article-title": "T" }, "Alex / T"],
	])("%j with %j gives %j", (template, values, expected) => {
		expect(fillTemplate(template, values)).toBe(expected);
	});
});

describe("a placeholder without a value stays visible as written", () => {
	it.each([
		["Dear {{interviewer}},", {}, "Dear {{interviewer}},"],
		["Dear {{interviewer}},", { interviewer: "" }, "Dear {{interviewer}},"],
		["{{ role }} at {{company}}", { company: "Acme" }, "{{ role }} at Acme"],
		["{{constructor}} {{toString}}", {}, "{{constructor}} {{toString}}"],
		["{{not a placeholder}} {single}", { single: "x" }, "{{not a placeholder}} {single}"],
	])("%j with %j gives %j", (template, values, expected) => {
		expect(fillTemplate(template, values)).toBe(expected);
	});
});

describe("a value is inserted once, as plain text", () => {
	it.each([
		["a value holding a placeholder is not filled again", "{{company}}", { company: "{{my_name}}", my_name: "Alex" }, "{{my_name}}"],
		["a value holding its own placeholder does not loop", "{{company}}", { company: "x {{company}} y" }, "x {{company}} y"],
		["replacement patterns in a value are kept", "{{company}}", { company: "$& $1 $$ $`" }, "$& $1 $$ $`"],
		["markup in a value is kept as text", "{{company}}", { company: "<img src=x onerror=alert(1)>" }, "<img src=x onerror=alert(1)>"],
	])("%s", (_rule, template, values, expected) => {
		expect(fillTemplate(template, values)).toBe(expected);
	});
});

describe("a new note's frontmatter stays valid YAML whatever the values", () => {
	const template = [
		"---", "company: {{company}}", "role: {{role}}", 'double: "about {{company}}"', "single: 'about {{company}}'",
		"plain: about {{company}}", "list:", "  - {{company}}", "---", "# {{company}} {{role}}", "",
	].join("\n");

	it.each(["Acme", "Acme: Labs", "#1 Corp", "[[Companies/Acme]]", "true", "2026", "- dash", "'quoted'", 'say "hi"', " padded "])(
		"%j reads back as written", (company) => {
			const text = fillNoteTemplate(template, { company, role: "Analyst" });
			const data = YAML.parse(text.split("---\n")[1]) as Record<string, unknown>;
			expect(data).toMatchObject({ company, list: [company] });
			// Inside the template's own quotes the value is kept whole; a plain value is trimmed, as YAML reads it.
			expect(data).toMatchObject({ double: `about ${company}`, single: `about ${company}`, plain: `about ${company}`.trim() });
		},
	);

	it("a whole-value placeholder without a value leaves the key empty", () => {
		const text = fillNoteTemplate(template, { company: "Acme" });
		expect(text).toContain("\nrole:\n");
		expect((YAML.parse(text.split("---\n")[1]) as Record<string, unknown>).role).toBeNull();
	});

	it("in the body, a placeholder without a value stays visible", () => {
		expect(fillNoteTemplate(template, { company: "Acme" })).toContain("# Acme {{role}}\n");
	});

	it("a template without frontmatter is filled as a letter", () => {
		expect(fillNoteTemplate("Hi {{x}} {{y}}", { x: "1" })).toBe("Hi 1 {{y}}");
	});
});

describe("yamlScalar writes plain words plainly and quotes the rest", () => {
	it.each([
		["Acme", "Acme"],
		["Data analyst", "Data analyst"],
		["2026-11-20", "2026-11-20"],
		["yes", '"yes"'],
		["12", '"12"'],
		["a: b", '"a: b"'],
		["[[x]]", '"[[x]]"'],
	])("%j → %s", (text, expected) => {
		expect(yamlScalar(text)).toBe(expected);
		expect(YAML.parse(`k: ${yamlScalar(text)}`)).toEqual({ k: text === "2026-11-20" ? "2026-11-20" : text });
	});

	it("an empty value leaves the key empty in a frontmatter block", () => {
		expect(frontmatterBlock([["a", ""], ["b", "x"]])).toBe("---\na:\nb: x\n---\n");
	});
});

describe("a template file in the templates folder overrides the built-in text", () => {
	it.each([
		["no file: the built-in text", "thank-you", null, BUILT_IN_TEMPLATES["thank-you"]],
		["a file: its text", "thank-you", "Hi {{interviewer}}", "Hi {{interviewer}}"],
		["an empty file: its (empty) text", "call", "", ""],
		["a letter's own properties are left out", "recovery", "---\ntags: template\n---\nHi {{interviewer}}", "Hi {{interviewer}}"],
		["the interview note keeps its frontmatter", "interview", "---\ntype: interview\n---\n# {{company}}", "---\ntype: interview\n---\n# {{company}}"],
	] as const)("%s", (_rule, name, override, expected) => {
		expect(templateText(name, override)).toBe(expected);
	});

	it("withoutFrontmatter keeps a note that only opens with a rule", () => {
		expect(withoutFrontmatter("---\nno closing line")).toBe("---\nno closing line");
	});
});
