import { readFileSync, writeFileSync, existsSync } from "fs";
import { join } from "path";
import YAML from "yaml";
import { LetterContext } from "../../src/letters";
import { day } from "../builders/calendarDays";

/**
 * An interview note's frontmatter as Obsidian's metadata cache gives it: links, lists, dates as text. The
 * skills are a list of short phrases; the rest of the letter material is in the body (`ACME_BODY`).
 */
export const ACME_FRONTMATTER: Record<string, unknown> = {
	type: "interview",
	date: "2026-11-20",
	outcome: "well",
	status: "waiting",
	company: "[[Companies/Acme|Acme]]",
	role: "Data analyst",
	interviewer: ["[[People/Jane Doe|Jane]]", "Bill Lumbergh"],
	introducer: "[[People/Marge Simpson]]",
	email: "jane.doe@acme.example",
	phone: "+1 555 0100",
	skills: ["SQL", "dashboards", "stakeholder interviews"],
	tags: ["interview"],
};

/** The fixture note's body: the letter material as the candidate writes it, under the headings of SPEC.md section 6. */
export const ACME_BODY = `# Acme: Data analyst

## What I learned
%% What you learned by listening, as you would say it to them. %%
Your churn report takes a week to build by hand, and the team rebuilds it every month.

## Their challenges
Customers leave in their first 90 days, and nobody sees it coming.

## Questions they asked
- How would you size the market for our product?
- Tell me about a project that failed.

## Answers I would give now
I would start from the accounts you already have: count the teams like them, and price what they pay today.

The project that failed was a forecasting tool nobody asked for; now I talk to its users before I build anything.

## Proposal
A weekly churn dashboard, built from the data you already collect, that flags accounts whose usage drops
in their first month. I could have a first version running in two weeks.

## Advice I got
Your advice to show one finished analysis rather than a list of tools was the most useful thing I heard this month.

## What I will do next
I will write up the churn analysis I did last year as a two-page case study and send it to you.
`;

/** The fixture's body with a section for each member of the panel, each theirs alone. */
export const PANEL_BODY = `${ACME_BODY}
## Jane
Thank you for walking me through the churn report line by line; seeing the hand-built steps made the problem concrete.

## With Bill Lumbergh
Your question about how I would explain a model to the sales team is one I have kept thinking about.
`;

/** The fixture note's letter context: en-US dates, today 2026-11-27, signed by Alex Rivera. */
export function acmeContext(overrides: Partial<LetterContext> = {}): LetterContext {
	return {
		path: "Interviews/2026-11-20 Acme.md",
		frontmatter: ACME_FRONTMATTER,
		body: ACME_BODY,
		myName: "Alex Rivera",
		today: day("2026-11-27"),
		locale: "en-US",
		...overrides,
	};
}

/** A note's whole text, frontmatter written as YAML, for the command line that reads notes from files. */
export function noteText(frontmatter: Record<string, unknown>, body: string): string {
	return `---\n${YAML.stringify(frontmatter)}---\n${body}`;
}

/**
 * Compares a text with its approved copy in `test/letters/approved/<name>`. A missing copy is written
 * and the test fails, so a new approved text is always looked at before it counts.
 */
export function expectApproved(name: string, text: string): void {
	const path = join(__dirname, "approved", name);
	if (!existsSync(path)) {
		writeFileSync(path, text);
		throw new Error(`No approved text yet: wrote ${path}; read it, and run the test again if it is right.`);
	}
	expect(text).toBe(readFileSync(path, "utf8"));
}
