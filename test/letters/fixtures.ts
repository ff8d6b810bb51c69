import { readFileSync, writeFileSync, existsSync } from "fs";
import { join } from "path";
import { LetterContext } from "../../src/letters";
import { day } from "../builders/calendarDays";

/** An interview note's frontmatter as Obsidian's metadata cache gives it: links, lists, dates as text. */
export const ACME_FRONTMATTER: Record<string, unknown> = {
	type: "interview",
	date: "2026-11-20",
	outcome: "well",
	status: "waiting",
	company: "[[Companies/Acme|Acme]]",
	role: "Data analyst",
	interviewer: ["[[People/Jane Doe|Jane]]", "Bill Lumbergh"],
	introducer: "[[People/Marge Simpson]]",
	phone: "+1 555 0100",
	skills: ["SQL", "dashboards", "stakeholder interviews"],
	learned: "their churn report takes a week to build by hand",
	questions: ["How would you size the market for our product?", "Tell me about a project that failed."],
	challenge: "customer churn in the first 90 days",
	tags: ["interview"],
};

/** The fixture note's letter context: en-US dates, today 2026-11-27, signed by Alex Rivera. */
export function acmeContext(overrides: Partial<LetterContext> = {}): LetterContext {
	return {
		path: "Interviews/2026-11-20 Acme.md",
		frontmatter: ACME_FRONTMATTER,
		myName: "Alex Rivera",
		today: day("2026-11-27"),
		locale: "en-US",
		...overrides,
	};
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
