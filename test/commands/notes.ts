// The interview notes the command tests run over, as files in the vault.

/** A note's text: the frontmatter lines as given, then a body. */
export function note(frontmatter: string, body = "# Notes\n\nShe asked about onboarding.\n"): string {
	return `---\n${frontmatter.trim()}\n---\n${body}`;
}

export const ACME_PATH = "Interviews/2026-11-20 Acme.md";
export const GLOBEX_PATH = "Interviews/Globex.md";
export const INITECH_PATH = "Interviews/Initech.md";

/** Three interviews (went well, went poorly, outcome unknown), a plain note and a template. */
export const VAULT: Record<string, string> = {
	[ACME_PATH]: note(`
date: 2026-11-20
outcome: well
company: "[[Companies/Acme|Acme]]"
role: Data analyst
interviewer: "[[People/Jane Doe|Jane]]"
introducer: "[[People/Marge Simpson]]"
skills:
  - SQL
  - dashboards
learned: their churn report takes a week
challenge: customer churn
`),
	[GLOBEX_PATH]: note(`
date: 2026-10-01
outcome: bombed
company: Globex
interviewer: Hank
questions:
  - Why Globex?
letter_sent: 2026-10-02
called: 2026-10-08
`),
	[INITECH_PATH]: note("date: 2026-11-25\ncompany: Initech\ninterviewer: Bill\nrole: Analyst"),
	"Notes/Groceries.md": note("type: list"),
	"Templates/Interview follow-up/Example.md": note("type: interview\ndate: 2026-11-20"),
};
