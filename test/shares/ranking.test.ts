import { DEFAULT_SETTINGS } from "../../src/rules";
import { noteMaterial, ShareRanking, SharedArticle, shareCandidateOf, sharedArticleOf, suggestForThread, ThreadNoteMaterial } from "../../src/shares";

interface Clip {
	title: string;
	description?: string;
	text?: string;
	url?: string;
}

function rankingOf(clips: Clip[]): ShareRanking {
	const ranking = new ShareRanking();
	for (const clip of clips) {
		const frontmatter = { title: clip.title, description: clip.description, source: clip.url ?? `https://news.example/${encodeURIComponent(clip.title)}`, tags: ["clippings"] };
		const candidate = shareCandidateOf({ path: `Clippings/${clip.title}.md`, frontmatter }, clip.text ?? "", DEFAULT_SETTINGS);
		if (candidate) ranking.set(candidate);
	}
	return ranking;
}

function meeting(frontmatter: Record<string, unknown>, body = "", path = "Interviews/Meeting.md"): ThreadNoteMaterial {
	return { path, material: noteMaterial(frontmatter, body) };
}

const titles = (ranking: ShareRanking, thread: ThreadNoteMaterial[], shares: SharedArticle[] = []) =>
	suggestForThread(ranking, thread, shares).map((suggestion) => suggestion.title);

// A hospital's problem, and articles that each share a word or two with it without being about it.
const HOSPITAL = meeting({ company: "Mercy General", role: "Clinical data analyst", challenge: "Clinicians ignore the readmission risk scores the model produces." });
const HOSPITAL_CLIPS: Clip[] = [
	{ title: "Why clinicians ignore readmission risk scores", description: "Alert fatigue and opaque models keep risk scores out of ward rounds.", text: "Hospitals built readmission models, but clinicians rarely act on the scores." },
	{ title: "Credit risk scores for small businesses", description: "How lenders score risk.", text: "Banks use risk scores to price loans." },
	{ title: "Clinicians and burnout", description: "Night shifts take their toll.", text: "Clinicians report long hours." },
	{ title: "The model train show returns", description: "Miniature railways in the town hall.", text: "A model of the old station." },
	{ title: "Ten ways to ignore your inbox", text: "Ignore email before noon." },
];

describe("ranking puts the article a person would pick first", () => {
	it("the article about their challenge beats near misses that share one or two of its words", () => {
		expect(titles(rankingOf(HOSPITAL_CLIPS), [HOSPITAL])[0]).toBe("Why clinicians ignore readmission risk scores");
	});

	it("each suggestion says which of the notes' words it matched, as the notes wrote them", () => {
		const [best] = suggestForThread(rankingOf(HOSPITAL_CLIPS), [HOSPITAL], []);
		expect(best.terms).toEqual(expect.arrayContaining(["clinicians", "ignore", "readmission", "risk", "scores"]));
		expect(best.url).toBe(`https://news.example/${encodeURIComponent("Why clinicians ignore readmission risk scores")}`);
		expect(best.shared).toBe(false);
	});

	it("reads the challenge from a body section as well as from the frontmatter", () => {
		const thread = [meeting({ company: "Acme" }, "# Acme\n\n## Their challenges\nFlaky end-to-end tests block checkout releases.\n")];
		const ranking = rankingOf([
			{ title: "Taming flaky end-to-end tests", text: "Quarantine flaky tests, give each an owner, and releases stop being blocked." },
			{ title: "Checkout design patterns for shops", text: "Make the checkout page short." },
			{ title: "End of the year sale" },
		]);
		expect(titles(ranking, thread)[0]).toBe("Taming flaky end-to-end tests");
	});

	it("takes what was learned and advised, and the company, from every note of the thread", () => {
		const thread = [
			meeting({ company: "Initech", learned: "Weekly reports are stitched together by hand from spreadsheets." }, "", "Interviews/Initech 1.md"),
			meeting({ company: "Initech" }, "## Advice I got\nAutomate the reporting pipeline before anything else.\n", "Interviews/Initech 2.md"),
		];
		const ranking = rankingOf([
			{ title: "Stop stitching weekly reports by hand", description: "Automating spreadsheet reporting with one pipeline." },
			{ title: "Weekly meal planning" },
			{ title: "Initech announces a new office", text: "Initech opens in Austin." },
		]);
		expect(titles(ranking, thread)).toEqual(["Stop stitching weekly reports by hand", "Initech announces a new office", "Weekly meal planning"]);
	});

	it("a title that names the challenge outweighs a long text that mentions it in passing", () => {
		const thread = [meeting({ challenge: "Onboarding new engineers takes two months." })];
		const filler = "Among many other things, teams discuss hiring, budgets, offices, tools and travel. ".repeat(20);
		const ranking = rankingOf([
			{ title: "A year in review", text: `${filler} Onboarding came up once.` },
			{ title: "Onboarding engineers in two weeks, not two months" },
		]);
		expect(titles(ranking, thread)[0]).toBe("Onboarding engineers in two weeks, not two months");
	});
});

describe("what was already shared with the thread ranks last", () => {
	const clips: Clip[] = [
		{ title: "Why clinicians ignore readmission risk scores", url: "https://news.example/ignored-scores", text: "Readmission risk scores and clinicians." },
		{ title: "Readmission penalties explained", url: "https://news.example/penalties", text: "Readmission rates." },
	];
	const share = (fm: Record<string, unknown>) => sharedArticleOf({ path: "Follow-ups/2026-10-12 Mercy - scores.md", frontmatter: { type: "article-share", ...fm } }) as SharedArticle;

	it.each([
		["its address is in a share that links the thread's note", { interview: "[[Interviews/Meeting]]", article_url: "https://news.example/ignored-scores" }],
		["the link may be short, with an alias", { interview: "[[Meeting|Jane]]", article_url: "https://news.example/ignored-scores/" }],
		["a Markdown link", { interview: "[Meeting](Interviews/Meeting.md)", article_url: "https://news.example/ignored-scores" }],
		["its title, when the address differs", { interview: "[[Interviews/Meeting]]", article_title: "Why clinicians ignore readmission risk scores", article_url: "https://other.example/copy" }],
	])("%s", (_case, fm) => {
		const suggestions = suggestForThread(rankingOf(clips), [HOSPITAL], [share(fm)]);
		expect(suggestions.map((s) => [s.title, s.shared])).toEqual([
			["Readmission penalties explained", false],
			["Why clinicians ignore readmission risk scores", true],
		]);
	});

	it("a share with another thread changes nothing", () => {
		const other = share({ interview: "[[Interviews/Other company]]", article_url: "https://news.example/ignored-scores" });
		expect(titles(rankingOf(clips), [HOSPITAL], [other])[0]).toBe("Why clinicians ignore readmission risk scores");
	});
});

describe("a candidate with no matching word is not suggested", () => {
	it("none match: no suggestion at all", () => {
		expect(titles(rankingOf([{ title: "Sourdough at home", text: "Flour, water, salt." }]), [HOSPITAL])).toEqual([]);
	});

	it("a thread whose notes say nothing of the other side gets none", () => {
		expect(titles(rankingOf(HOSPITAL_CLIPS), [meeting({})])).toEqual([]);
	});

	it("stop words never make a match", () => {
		const thread = [meeting({ challenge: "They have it all and more of it than they would want." })];
		expect(titles(rankingOf([{ title: "All of them", text: "They would have more." }]), thread)).toEqual([]);
	});

	it("a vault without candidates gets none", () => {
		expect(titles(new ShareRanking(), [HOSPITAL])).toEqual([]);
	});
});

describe("text in other languages and odd candidates", () => {
	it("matches words with letters outside English, case folded", () => {
		const thread = [meeting({ company: "Müller Logistik", challenge: "Die Lieferkette in Zürich ist zu langsam." })];
		const ranking = rankingOf([{ title: "MÜLLER LOGISTIK baut die Lieferkette um" }, { title: "Zugfahrt nach Basel" }]);
		const [best, ...rest] = suggestForThread(ranking, thread, []);
		expect(best.title).toBe("MÜLLER LOGISTIK baut die Lieferkette um");
		expect(best.terms).toEqual(expect.arrayContaining(["lieferkette", "müller", "logistik"]));
		expect(rest).toEqual([]);
	});

	it("a clipping with no body ranks by its title and description", () => {
		const ranking = rankingOf([{ title: "Readmission risk, explained", description: "What clinicians need from a score." }, { title: "Gardening" }]);
		expect(titles(ranking, [HOSPITAL])).toEqual(["Readmission risk, explained"]);
	});
});

describe("the candidates stay current one at a time", () => {
	it("a changed candidate is ranked by its new words, a removed one no more", () => {
		const ranking = rankingOf(HOSPITAL_CLIPS);
		const path = "Clippings/Why clinicians ignore readmission risk scores.md";
		ranking.set({ path, title: "Gardening in spring", url: null, description: "", text: "Seeds." });
		expect(titles(ranking, [HOSPITAL])).not.toContain("Gardening in spring");
		ranking.remove("Clippings/Credit risk scores for small businesses.md");
		expect(titles(ranking, [HOSPITAL])).not.toContain("Credit risk scores for small businesses");
		expect(ranking.size).toBe(HOSPITAL_CLIPS.length - 1);
	});
});

describe("keeping the index current one candidate at a time ranks as a fresh build would", () => {
	it("adding, changing and removing candidates leaves the same scores as building from the final set", () => {
		const live = rankingOf(HOSPITAL_CLIPS);
		live.set({ path: "Clippings/Extra.md", title: "Readmission dashboards", url: null, description: "", text: "Risk scores on a wall." });
		live.set({ path: "Clippings/Extra.md", title: "Readmission dashboards nobody reads", url: null, description: "", text: "Clinicians walk past." });
		live.remove("Clippings/Clinicians and burnout.md");
		const fresh = rankingOf(HOSPITAL_CLIPS.filter((clip) => clip.title !== "Clinicians and burnout"));
		fresh.set({ path: "Clippings/Extra.md", title: "Readmission dashboards nobody reads", url: null, description: "", text: "Clinicians walk past." });
		expect(suggestForThread(live, [HOSPITAL], [])).toEqual(suggestForThread(fresh, [HOSPITAL], []));
	});
});
