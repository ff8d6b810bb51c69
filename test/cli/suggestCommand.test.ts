import { runCli } from "./runCli";
import { makeTempVault, TempVault } from "./tempVault";

const MERCY_1 = "---\ndate: 2026-09-01\noutcome: well\ncompany: Mercy General\ninterviewer: Dana\nletter_sent: 2026-09-02\ncalled: 2026-09-08\n---\n# First round\n\n## Their challenges\nClinicians ignore the readmission risk scores the model produces.\n";
// The thread's latest note holds its check-in: last contact Oct 1, so it is overdue on Nov 27.
const MERCY_2 = "---\ndate: 2026-10-01\noutcome: well\ncompany: Mercy General\ninterviewer: Dana\nletter_sent: 2026-10-01\ncalled: 2026-10-01\n---\n# Second round\n";
const clipping = (title: string, source: string, body: string) =>
	`---\ntitle: "${title}"\nsource: "${source}"\nauthor:\n  - "[[Someone]]"\npublished: 2026-11-01\ncreated: 2026-11-20\ndescription: ""\ntags:\n  - "clippings"\n---\n${body}\n`;

let vault: TempVault;
beforeEach(() => {
	vault = makeTempVault({
		"Interviews/Mercy 1.md": MERCY_1,
		"Interviews/Mercy 2.md": MERCY_2,
		"Interviews/Offer.md": "---\ndate: 2026-10-01\noutcome: well\ncompany: Offer Co\nstatus: offer\n---\n",
		"Clippings/Scores.md": clipping("Why clinicians ignore readmission risk scores", "https://news.example/scores", "Alert fatigue keeps risk scores out of ward rounds."),
		"Clippings/Loans.md": clipping("Credit risk for small lenders", "https://news.example/loans", "Banks price loans by risk."),
		"Clippings/Bread.md": clipping("Sourdough at home", "https://news.example/bread", "Flour and water."),
		"Reading/Idea.md": "---\ntags: [share-idea]\ntitle: Readmission talk at HealthConf\nurl: https://conf.example/readmission\n---\nA talk on readmission.\n",
		"Reading/Interview tips.md": "---\ntitle: Interview tips\n---\nHow to prepare for an interview: readmission risk.\n",
		"Journal/Today.md": "Wrote about readmission risk scores today.\n",
	});
});
afterEach(() => vault.remove());

describe("suggest prints what to share at the thread's open check-in", () => {
	it("the article about the challenge first, each with its address, the words it matched and its note", () => {
		const run = runCli("suggest", vault.root, "Interviews/Mercy 2.md", "--today", "2026-11-27");
		expect(run.status).toBe(0);
		expect(run.stderr).toEqual([]);
		expect(run.stdout.split("\n").slice(0, 6)).toEqual([
			"Share something with Dana at Mercy General — 15 days overdue",
			"  Interviews/Mercy 2.md",
			"",
			"1. Why clinicians ignore readmission risk scores",
			"   https://news.example/scores",
			"   matches: clinicians, ignore, readmission, risk, scores · Clippings/Scores.md",
		]);
		expect(run.stdout).toContain("2. Readmission talk at HealthConf");
		expect(run.stdout).not.toContain("Sourdough");
		expect(run.stdout).not.toContain("Interview tips"); // neither tagged nor in the Clippings folder
	});

	it("NOTE may be any note of the thread", () => {
		const first = runCli("suggest", vault.root, "Interviews/Mercy 1.md", "--today", "2026-11-27", "--json");
		const latest = runCli("suggest", vault.root, "Interviews/Mercy 2", "--today", "2026-11-27", "--json");
		expect(first.stdout).toBe(latest.stdout);
	});

	it("--json prints SPEC's object, with paths relative to the vault", () => {
		const run = runCli("suggest", vault.root, "Interviews/Mercy 1.md", "--today", "2026-11-27", "--json", "--limit", "2");
		const json = JSON.parse(run.stdout) as { note: string; suggestions: { path: string; title: string; url: string; score: number; terms: string[] }[] };
		expect(json.note).toBe("Interviews/Mercy 2.md");
		expect(json.suggestions.map((s) => Object.keys(s))).toEqual([["path", "title", "url", "score", "terms"], ["path", "title", "url", "score", "terms"]]);
		expect(json.suggestions[0]).toEqual(expect.objectContaining({ path: "Clippings/Scores.md", url: "https://news.example/scores" }));
		expect(json.suggestions[0].score).toBeGreaterThan(json.suggestions[1].score);
	});

	it("the limit defaults to 5", () => {
		for (let i = 0; i < 7; i++) vault.write(`Clippings/Risk ${i}.md`, clipping(`Readmission risk, part ${i}`, `https://news.example/${i}`, "Risk."));
		const run = runCli("suggest", vault.root, "Interviews/Mercy 2.md", "--today", "2026-11-27", "--json");
		expect((JSON.parse(run.stdout) as { suggestions: unknown[] }).suggestions).toHaveLength(5);
	});

	it("what was shared with the thread comes last, and says so", () => {
		vault.write("Follow-ups/2026-10-20 Mercy General - scores.md", '---\ntype: article-share\ninterview: "[[Interviews/Mercy 1]]"\narticle_title: Why clinicians ignore readmission risk scores\narticle_url: https://news.example/scores\ndate: 2026-10-20\n---\nDear Dana,\n');
		const run = runCli("suggest", vault.root, "Interviews/Mercy 2.md", "--today", "2026-11-27");
		const lines = run.stdout.split("\n").filter((line) => /^\d+\. /.test(line));
		expect(lines[lines.length - 1]).toBe("3. Why clinicians ignore readmission risk scores (already shared with them)");
	});

	it("says so when nothing saved matches, with exit 0", () => {
		vault.write("Interviews/Quiet.md", "---\ndate: 2026-10-01\noutcome: well\ncompany: Quiet Co\nletter_sent: 2026-10-01\ncalled: 2026-10-01\n---\n");
		const run = runCli("suggest", vault.root, "Interviews/Quiet.md", "--today", "2026-11-27");
		expect(run.status).toBe(0);
		expect(run.stdout).toContain("None of the 4 saved articles match what the thread's notes say of them");
	});
});

describe("suggest refuses what has no check-in, with exit 2", () => {
	it.each([
		["a note that is not an interview note", ["Journal/Today.md"], /"Journal\/Today.md" is not an interview note/],
		["a clipping", ["Clippings/Scores.md"], /is not an interview note/],
		["a thread with an offer", ["Interviews/Offer.md"], /has no open check-in/],
		["a missing note", ["Interviews/Nobody.md"], /no note at "Interviews\/Nobody.md"/],
		["no NOTE", [], /missing NOTE/],
		["a bad limit", ["Interviews/Mercy 2.md", "--limit", "0"], /--limit "0" is not a number of suggestions/],
		["a bad date", ["Interviews/Mercy 2.md", "--today", "2026-13-01"], /--today: "2026-13-01" is not a date/],
	])("%s", (_case, args, message) => {
		const run = runCli("suggest", vault.root, ...args);
		expect(run.status).toBe(2);
		expect(run.stdout).toBe("");
		expect(run.stderr.join("\n")).toMatch(message);
	});

	it("is in --help", () => {
		expect(runCli("--help").stdout).toContain("suggest VAULT NOTE [--today YYYY-MM-DD] [--json] [--limit N]");
	});
});
