import { DEFAULT_SETTINGS } from "../../src/rules";
import { noteMaterial, ShareRanking, shareCandidateOf, suggestForThread } from "../../src/shares";

/**
 * A vault made here, not by hand for one case: ten threads, each with its challenge written in its meeting
 * note, the one article a person would pick for it, and a dozen near misses per thread — articles from other
 * walks of life that share one or two of the challenge's words — plus unrelated clippings. Every thread's
 * target is a near miss for the others too.
 */
interface Topic {
	company: string;
	role: string;
	challenge: string;
	learned: string;
	target: { title: string; description: string; text: string };
	/** Words of the challenge the near misses borrow. */
	borrowed: string[];
}

const TOPICS: Topic[] = [
	{
		company: "Mercy General", role: "Clinical data analyst",
		challenge: "Clinicians ignore the readmission risk scores our model produces.",
		learned: "Alerts fire so often that nurses click through them without reading.",
		target: { title: "Why clinicians ignore readmission risk scores", description: "Alert fatigue and opaque models keep risk scores out of ward rounds.", text: "Hospitals built readmission models, yet clinicians rarely act on the scores. Fewer alerts, shown at the right moment, changed that." },
		borrowed: ["risk", "scores", "model", "ignore", "clinicians", "readmission"],
	},
	{
		company: "Acme", role: "Senior engineer",
		challenge: "Checkout releases are blocked twice a week by flaky end-to-end tests.",
		learned: "Nobody owns the quarantined tests, so they stay broken.",
		target: { title: "Taming flaky end-to-end tests without blocking releases", description: "Give each quarantined test an owner and a deadline.", text: "Flaky tests erode trust in the pipeline. Teams that track quarantine as a release metric cut flaky failures by 80%." },
		borrowed: ["releases", "tests", "checkout", "blocked", "week", "flaky"],
	},
	{
		company: "Initech", role: "Data analyst",
		challenge: "Weekly reports are assembled by hand from three spreadsheets.",
		learned: "Joanna wants a single source of truth for the numbers.",
		target: { title: "Retiring the Monday spreadsheet", description: "One source of truth for weekly reports, built where the data lives.", text: "Reports stitched together by hand from spreadsheets cost a day a week. A reporting table refreshed overnight replaced them." },
		borrowed: ["weekly", "reports", "hand", "spreadsheets", "assembled", "truth"],
	},
	{
		company: "Globex", role: "Product manager",
		challenge: "Sales promises features to enterprise customers before product has sized them.",
		learned: "Customers churn when the promised dates slip.",
		target: { title: "When sales promises outrun the roadmap", description: "A promise register keeps sales and product honest about enterprise features.", text: "Enterprise customers churn over a missed date. Sizing before promising lets sales quote a range." },
		borrowed: ["sales", "features", "customers", "enterprise", "promises", "product"],
	},
	{
		company: "Massive Dynamic", role: "Data engineer",
		challenge: "Pipelines are moving from nightly batches to streaming with Kafka.",
		learned: "They want people who have run Kafka in production.",
		target: { title: "Running Kafka in production", description: "Lessons from moving nightly batch pipelines to streaming.", text: "Partition for the consumers, alert on consumer lag, and keep the batch job as a replay while streaming settles." },
		borrowed: ["nightly", "streaming", "pipelines", "production", "batches", "moving"],
	},
	{
		company: "Pied Piper", role: "Backend engineer",
		challenge: "The upload path falls over when a large customer uploads at the top of the hour.",
		learned: "The on-call load lands on two people of a five-person team.",
		target: { title: "Surviving upload spikes: queueing large uploads at the top of the hour", description: "Back-pressure, queues and rate limits for an upload path under bursty load.", text: "When large customers upload at once, queue the uploads, apply back-pressure, and page fewer people on call." },
		borrowed: ["upload", "hour", "large", "customer", "path", "load"],
	},
	{
		company: "Umbrella Corporation", role: "Research analyst",
		challenge: "Their lab data lives in a dozen incompatible formats.",
		learned: "Every instrument writes its own files.",
		target: { title: "One schema, many instruments", description: "How research labs untangle incompatible data formats.", text: "Converters at the edge turn each instrument's files into the lab's common schema; a data steward owns the schema." },
		borrowed: ["lab", "data", "formats", "dozen", "instrument", "files"],
	},
	{
		company: "Soylent", role: "Operations manager",
		challenge: "Warehouse pickers walk miles a day because the slotting was never revisited.",
		learned: "Seasonal items sit at the back of the warehouse all year.",
		target: { title: "Re-slotting a warehouse to cut picker walking", description: "Move fast movers near the dock; revisit slotting every season.", text: "Pickers walked eleven miles a shift until the warehouse was re-slotted by pick frequency, season by season." },
		borrowed: ["warehouse", "walk", "miles", "seasonal", "items", "back"],
	},
	{
		company: "Müller Logistik", role: "Supply chain planner",
		challenge: "Die Lieferkette nach Zürich ist zu langsam, weil der Zoll jede Sendung prüft.",
		learned: "Vorab angemeldete Sendungen gehen schneller durch den Zoll.",
		target: { title: "Schneller durch den Zoll: Sendungen vorab anmelden", description: "Wie Spediteure die Lieferkette in die Schweiz beschleunigen.", text: "Wer Sendungen vorab anmeldet, verkürzt die Prüfung am Zoll; die Lieferkette nach Zürich wird planbar." },
		borrowed: ["zürich", "sendung", "lieferkette", "langsam", "prüft", "zoll"],
	},
	{
		company: "Stark Industries", role: "Solutions architect",
		challenge: "Field engineers cannot reach the suit telemetry when the satellite link drops.",
		learned: "They buffer telemetry on the device but lose it on reboot.",
		target: { title: "Store and forward: keeping telemetry when the satellite link drops", description: "Durable on-device buffers for field telemetry over flaky links.", text: "Write telemetry to durable storage on the device and forward it when the satellite link returns, even across a reboot." },
		borrowed: ["telemetry", "satellite", "link", "field", "engineers", "drops"],
	},
];

// Other walks of life, to put a borrowed word or two into: a near miss reads like a real article elsewhere.
const ELSEWHERE = [
	["Gardening", "Tomatoes, compost and the {a} of a good season", "A gardener's notes on soil, {a} and {b} in a small plot."],
	["Travel", "Ten {a} tips for a week in Lisbon", "Trams, tiles and {b}: planning a city break."],
	["Cooking", "The {a} behind a perfect sourdough", "Flour, water, {b} and patience in the kitchen."],
	["Finance", "Credit {a} for small lenders", "How banks price loans, and the {b} they watch."],
	["Sport", "Marathon training: {a} and rest days", "Long runs, intervals and {b} for first-time runners."],
	["Music", "How a {a} changed the sound of jazz", "Records, studios and {b} in the fifties."],
	["Housing", "Renting your first flat: {a} to check", "Leases, deposits and {b} for new tenants."],
	["Parenting", "School mornings without the {a}", "Lunchboxes, lists and {b} for busy families."],
	["Fashion", "The {a} of slow fashion", "Mending, second-hand shops and {b} in your wardrobe."],
	["History", "A {a} of the Roman roads", "Milestones, legions and {b} across the empire."],
	["Pets", "Your dog and the {a} of a new home", "Walks, crates and {b} for a rescue dog."],
	["Film", "Why the {a} still matters in cinema", "Directors, festivals and {b} on the big screen."],
] as const;

function seeded(seed: number): () => number {
	let state = seed;
	return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function buildVault(): { ranking: ShareRanking; targets: Map<string, string> } {
	const random = seeded(14);
	const ranking = new ShareRanking();
	const targets = new Map<string, string>();
	const add = (path: string, title: string, description: string, text: string) => {
		const candidate = shareCandidateOf({ path, frontmatter: { title, description, source: `https://example.org/${encodeURIComponent(path)}`, tags: ["clippings"] } }, text, DEFAULT_SETTINGS);
		if (candidate) ranking.set(candidate);
	};
	for (const topic of TOPICS) {
		const path = `Clippings/${topic.target.title}.md`;
		targets.set(topic.company, path);
		add(path, topic.target.title, topic.target.description, topic.target.text);
		ELSEWHERE.forEach(([field, title, text], index) => {
			// One or two borrowed words each, as a real near miss has: "Credit risk scores for small lenders".
			const a = topic.borrowed[Math.floor(random() * topic.borrowed.length)];
			const b = random() < 0.5 ? topic.borrowed[Math.floor(random() * topic.borrowed.length)] : "weather";
			add(`Clippings/${field}/${topic.company} ${index}.md`, title.replace("{a}", a), "", `${text.replace("{a}", a).replace("{b}", b)} ${text.replace("{a}", "").replace("{b}", "")}`);
		});
	}
	for (let i = 0; i < 30; i++) add(`Clippings/Unrelated ${i}.md`, `Weekend reading ${i}`, "Books and films for a rainy day.", "Novels, documentaries and a board game.");
	return { ranking, targets };
}

describe("on a vault with a dozen near misses per check-in, the article a person would pick ranks first", () => {
	const { ranking, targets } = buildVault();
	const places = TOPICS.map((topic) => {
		const thread = [{ path: `Interviews/${topic.company}.md`, material: noteMaterial({ company: topic.company, role: topic.role, challenge: topic.challenge, learned: topic.learned }, "") }];
		const ranked = suggestForThread(ranking, thread, []).map((suggestion) => suggestion.path);
		return { company: topic.company, place: ranked.indexOf(targets.get(topic.company) as string) + 1, ranked: ranked.length };
	});

	it("holds 10 threads, each with its article and 12 near misses, and 30 unrelated clippings", () => {
		expect(ranking.size).toBe(TOPICS.length * (1 + ELSEWHERE.length) + 30);
		expect(places.every(({ ranked }) => ranked > 10)).toBe(true); // the near misses do match: they are in the list
	});

	it("is first for nearly every thread (at least 9 of 10)", () => {
		expect(places.filter(({ place }) => place === 1).length).toBeGreaterThanOrEqual(9);
	});

	it.each(TOPICS.map((topic) => topic.company))("is always in the top three: %s", (company) => {
		const place = places.find((entry) => entry.company === company)?.place ?? 0;
		expect(place).toBeGreaterThanOrEqual(1);
		expect(place).toBeLessThanOrEqual(3);
	});
});
