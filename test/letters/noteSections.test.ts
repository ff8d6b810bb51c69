import { fillLetter, headingKey, noteSections } from "../../src/letters";
import { ACME_FRONTMATTER, acmeContext } from "./fixtures";

// `{{learned}}` filled from a body alone: the note's frontmatter has no `learned` key.
function learnedFrom(body: string): string {
	return fillLetter("{{learned}}", acmeContext({ frontmatter: { ...ACME_FRONTMATTER }, body }));
}

describe("a body section fills its placeholder, whatever form its heading takes", () => {
	it.each([
		["level 2", "## What I learned\nYour team is small."],
		["level 1", "# What I learned\nYour team is small."],
		["level 6", "###### What I learned\nYour team is small."],
		["a trailing colon", "## What I learned:\nYour team is small."],
		["upper case", "## WHAT I LEARNED\nYour team is small."],
		["dashes", "## what-i-learned\nYour team is small."],
		["underscores", "## What_I_learned\nYour team is small."],
		["another heading of the table", "### Learned\nYour team is small."],
		["closing hashes", "## What I learned ##\nYour team is small."],
		["Windows line endings", "## What I learned\r\nYour team is small.\r\n"],
	])("%s", (_rule, body) => {
		expect(learnedFrom(body)).toBe("Your team is small.");
	});
});

describe("a section's text is everything up to the next heading of any level, without comments", () => {
	it.each([
		["stops at a heading of the same level", "## Learned\nA.\n## Proposal\nB.", "A."],
		["stops at a heading of a higher level", "### Learned\nA.\n## Proposal\nB.", "A."],
		["stops at a heading of a lower level: its own text only", "## Learned\nA.\n### Detail\nB.\n## Next\nC.", "A."],
		["stops at a level-4 heading, whose line never reaches the letter", "## What I learned\nA.\n#### At the plant\nB.", "A."],
		["without text of its own, takes its subsections' text, without their headings", "## Learned\n### At the plant\nA.\n#### On nights\nB.\n## Next\nC.", "A.\n\nB."],
		["without text of its own, takes only its own subsections", "## Learned\n%% prompt %%\n### Detail\nA.\n## Proposal\nB.\n### Detail\nC.", "A."],
		["runs to the end of the note", "# Note\n## Learned\nA.\n\nB.\n", "A.\n\nB."],
		["leaves a one-line comment out", "## Learned\n%% write it as you would say it %%\nA.", "A."],
		["leaves a comment at the end of a line out, and joins the paragraph's soft line breaks", "## Learned\nA. %% private %%\nB.", "A. B."],
		["leaves a comment over several lines out", "## Learned\n%%\nprompt\n%%\nA.\n%% end %%", "A."],
		["ignores a heading inside a code fence", "## Learned\nA.\n```\n## Proposal\n```\nB.", "A.\n```\n## Proposal\n```\nB."],
		["ignores a heading inside a tilde fence", "## Learned\n~~~\n# not a heading\n~~~", "~~~\n# not a heading\n~~~"],
	])("%s", (_rule, body, expected) => {
		expect(learnedFrom(body)).toBe(expected);
	});

	it.each([
		["an empty section", "## Learned\n\n## Proposal\nB."],
		["a section of only a prompt", "## Learned\n%% What you learned, as you would say it to them. %%\n"],
		["a heading inside a code fence is not a section", "```\n## Learned\nA.\n```"],
		["a heading without a space is not a heading", "##Learned\nA."],
	])("%s leaves the placeholder visible", (_rule, body) => {
		expect(learnedFrom(body)).toBe("{{learned}}");
	});

	it("the first section of a name with text wins", () => {
		expect(learnedFrom("## Learned\n\n## What I learned\nB.\n## Learned\nC.")).toBe("B.");
	});
});

describe("the frontmatter key wins over the section", () => {
	it.each([
		["a text", "Your team is small.", "Your team is small."],
		["a list", ["SQL", "dashboards"], "SQL and dashboards"],
		["an empty value gives way to the section", "", "From the body."],
		["no value gives way to the section", null, "From the body."],
	])("%s", (_rule, learned, expected) => {
		expect(fillLetter("{{learned}}", acmeContext({ frontmatter: { ...ACME_FRONTMATTER, learned }, body: "## Learned\nFrom the body.\n" }))).toBe(expected);
	});
});

describe("{{section:Any heading}} takes any section by its heading", () => {
	const body = "## What I will do next:\nI will write it up.\n## Notes\n%% only a prompt %%\n";
	it.each([
		["{{section:What I will do next}}", "I will write it up."],
		["{{section:what-i-will-do-next}}", "I will write it up."],
		["{{ section:WHAT I WILL DO NEXT: }}", "I will write it up."],
		["{{section:Notes}}", "{{section:Notes}}"],
		["{{section:Nowhere}}", "{{section:Nowhere}}"],
	])("%s → %j", (template, expected) => {
		expect(fillLetter(template, acmeContext({ body }))).toBe(expected);
	});
});

describe("headings compare without case, spaces, -, _ and a trailing colon", () => {
	it.each([["What I learned:"], ["what-i-learned"], ["WHAT_I_LEARNED"], ["  What  I learned  "]])("%j", (heading) => {
		expect(headingKey(heading)).toBe(headingKey("What I learned"));
	});

	it("noteSections gives each heading's level and the heading it is under", () => {
		expect(noteSections("# A\n## B\ntext\n### C\n## D").map(({ heading, level, parent }) => [heading, level, parent])).toEqual([
			["A", 1, null], ["B", 2, 0], ["C", 3, 1], ["D", 2, 0],
		]);
	});
});

describe("reading a note's sections costs work in proportion to the note, not to the square of its headings", () => {
	// Counts the array entries the code walks or copies (without timing anything): a body of twice the headings
	// must cost about twice the work. Reading each heading's end by scanning the headings after it would cost four times.
	const WALKING = ["slice", "find", "findIndex", "filter", "some", "every", "map", "forEach", "indexOf", "reduce"] as const;
	function work(body: string): number {
		let count = 0;
		const prototype = Array.prototype as unknown as Record<string, unknown>;
		const originals = WALKING.map((name) => [name, prototype[name]] as const);
		for (const [name, original] of originals) {
			prototype[name] = function (this: unknown[], ...args: unknown[]) {
				const result = (original as (...rest: unknown[]) => unknown).apply(this, args);
				// A slice costs what it copies; the others, at most the whole array.
				count += name === "slice" ? (result as unknown[]).length : this.length;
				return result;
			};
		}
		try {
			noteSections(body);
		} finally {
			for (const [name, original] of originals) prototype[name] = original;
		}
		return count;
	}
	const note = (headings: number) => Array.from({ length: headings }, (_, index) => `${"#".repeat(1 + (index % 4))} Heading ${index}\nText ${index}.`).join("\n");

	it("doubling the headings doubles the work", () => {
		const ratio = work(note(4000)) / work(note(2000));
		expect(ratio).toBeGreaterThan(1.5);
		expect(ratio).toBeLessThan(2.5);
	});

	it("40,000 headings are all read, each with its own text", () => {
		const sections = noteSections(note(40000));
		expect(sections).toHaveLength(40000);
		expect(sections[39999]).toMatchObject({ heading: "Heading 39999", text: "Text 39999." });
	});
});
