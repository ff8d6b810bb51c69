import { rmSync } from "fs";
import { join } from "path";
import { runLetterCommand } from "../../cli/letterCommand";
import { day } from "../builders/calendarDays";
import { makeTempVault, note, TempVault } from "../cli/tempVault";
import { expectApproved } from "./fixtures";

const ACME = note(`
date: 2026-11-20
outcome: well
company: "[[Companies/Acme|Acme]]"
role: Data analyst
interviewer:
  - "[[People/Jane Doe|Jane]]"
  - Bill Lumbergh
introducer: "[[People/Marge Simpson]]"
phone: +1 555 0100
skills: [SQL, dashboards, stakeholder interviews]
learned: their churn report takes a week to build by hand
questions:
  - How would you size the market for our product?
  - Tell me about a project that failed.
challenge: customer churn in the first 90 days
`);

let vault: TempVault;
beforeAll(() => {
	vault = makeTempVault({
		"Interviews/2026-11-20 Acme.md": ACME,
		"Interviews/Globex.md": note("date: 2026-11-18\noutcome: bombed\ncompany: Globex\ninterviewer: Hank"),
		"Interviews/Initech.md": note("date: 2026-11-18\ncompany: Initech\ninterviewer: Bill"),
		"Interviews/Broken.md": "---\ndate: [2026\n---\n",
		"Notes/Groceries.md": note("type: list"),
		"Notes/Tagged.md": note("tags: [interview]\ndate: 2026-11-02\ncompany: Umbrella\ninterviewer: Ada"),
		".obsidian/plugins/interview-follow-up/data.json": JSON.stringify({ myName: "Alex Rivera" }),
	});
});
afterAll(() => vault.remove());

function run(...args: string[]) {
	let stdout = "";
	const stderr: string[] = [];
	const status = runLetterCommand(
		args.map((arg) => arg.replace(/^VAULT/, vault.root)),
		{ out: (text) => (stdout += text), err: (line) => stderr.push(line), today: day("2026-11-27"), locale: "en-US" },
	);
	return { status, stdout, stderr };
}

describe("letter prints the filled draft of a step, as the plugin would write it", () => {
	it.each([
		["letter", "thank-you.md"],
		["introducer-thanks", "introducer-thanks.md"],
		["call", "call.md"],
	])("--step %s", (step, approved) => {
		const result = run("VAULT", "Interviews/2026-11-20 Acme.md", "--step", step);
		expect(result).toMatchObject({ status: 0, stderr: [] });
		expectApproved(approved, result.stdout);
	});

	it("the step defaults to the letter, chosen by the outcome (bombed → recovery)", () => {
		const result = run("VAULT", "Interviews/Globex.md");
		expect(result.status).toBe(0);
		expect(result.stdout).toContain("Subject: Thank you — and a better answer");
		expect(result.stdout).toContain("Dear Hank,");
	});

	it("without an outcome, it prints the thank-you letter and says why on standard error", () => {
		const result = run("VAULT", "Interviews/Initech.md");
		expect(result.status).toBe(0);
		expect(result.stdout).toContain("Subject: Thank you — {{role}} interview on November 18, 2026");
		expect(result.stderr).toEqual([expect.stringContaining("has no outcome")]);
	});

	it("a check-in without an article leaves the article's placeholders visible", () => {
		const result = run("VAULT", "Interviews/2026-11-20 Acme.md", "--step=check-in");
		expect(result.stdout).toContain("**{{article_title}}**\n{{article_url}}\n\n{{why}}");
	});

	it("--today sets {{today}}", () => {
		vault.write("Templates/Interview follow-up/call.md", "Today is {{today}}; calling {{interviewer}}.");
		try {
			expect(run("VAULT", "Interviews/2026-11-20 Acme.md", "--step", "call", "--today", "2027-01-04").stdout).toBe(
				"Today is January 4, 2027; calling Jane.\n",
			);
		} finally {
			rmSync(join(vault.root, "Templates/Interview follow-up/call.md"));
		}
	});

	it("a note found by its tag, outside the interviews folder, is an interview note too", () => {
		expect(run("VAULT", "Notes/Tagged.md", "--step", "call").stdout).toContain("Hello Ada, this is Alex Rivera.");
	});

	it("a note whose frontmatter cannot be read still prints, with a warning", () => {
		const result = run("VAULT", "Interviews/Broken.md", "--step", "call");
		expect(result.status).toBe(0);
		expect(result.stdout).toContain("Hello {{interviewer}}, this is Alex Rivera.");
		expect(result.stderr).toEqual([expect.stringContaining("could not be read")]);
	});
});

describe("letter uses the vault's template file when there is one", () => {
	afterEach(() => rmSync(join(vault.root, "Templates/Interview follow-up/thank-you.md")));

	it.each([
		["its own text", "Thanks, {{interviewer}}! {{skills}}.\n{{unknown}}", "Thanks, Jane! SQL, dashboards and stakeholder interviews.\n{{unknown}}\n"],
		["without its properties", "---\ntags: [template]\n---\nHi {{interviewer}}\n", "Hi Jane\n"],
	])("%s", (_rule, template, expected) => {
		vault.write("Templates/Interview follow-up/thank-you.md", template);
		expect(run("VAULT", "Interviews/2026-11-20 Acme.md").stdout).toBe(expected);
	});
});

describe("letter stops with exit status 2 and one line on standard error", () => {
	it.each([
		["no vault", [], /missing VAULT/],
		["no note", ["VAULT"], /missing NOTE/],
		["a vault that does not exist", ["/no/such/vault", "A.md"], /No vault folder at "\/no\/such\/vault"/],
		["a note that does not exist", ["VAULT", "Interviews/Nope.md"], /no note at "Interviews\/Nope.md"/],
		["a folder for a note", ["VAULT", "Interviews"], /"Interviews" is a folder/],
		["a note outside the vault", ["VAULT", "../secret.md"], /NOTE must be a path inside the vault/],
		["a note that is not an interview note", ["VAULT", "Notes/Groceries.md"], /"Notes\/Groceries.md" is not an interview note/],
		["an unknown step", ["VAULT", "Interviews/Globex.md", "--step", "email"], /--step "email" is not a step; expected letter, introducer-thanks, call, check-in/],
		["a bad date", ["VAULT", "Interviews/Globex.md", "--today", "2026-02-30"], /--today: "2026-02-30" is not a date/],
		["an unknown flag", ["VAULT", "Interviews/Globex.md", "--json"], /unknown option --json/],
		["a third word", ["VAULT", "Interviews/Globex.md", "extra"], /found also "extra"/],
	])("%s", (_rule, args, message) => {
		const result = run(...args);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).toHaveLength(1);
		expect(result.stderr[0]).toMatch(message);
	});
});
