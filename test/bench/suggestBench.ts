// `npm run bench:suggest`: what the share suggestions (SPEC.md section 9) cost on a vault of 10,000 notes with
// 1,000 clippings — ranking every due check-in in the plugin, keeping the candidates current after one clipping
// changes, and `suggest` against `agenda` on the command line. Prints numbers; it asserts nothing.
import "./jsdomGlobals"; // first: the Obsidian mock needs a DOM when it loads
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import type { App as ObsidianApp, TFile } from "obsidian";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { App } from "../mocks/obsidian";
import { FollowUpIndex } from "../../src/obsidian/followUpIndex";
import { checkInSuggestions } from "../../src/obsidian/shareSuggestions";
import { buildAgenda, dayFromParts, DEFAULT_SETTINGS } from "../../src/rules";
import { makeSyntheticVault, SyntheticVault, writeSyntheticVault } from "./syntheticVault";

const TODAY = dayFromParts(2026, 11, 27) as number;
const NOTES = 10_000;
const CLIPPINGS = 1_000;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

function timeMedian(work: () => void, runs: number, warmUps = 3): number {
	for (let i = 0; i < warmUps; i++) work();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		work();
		times.push(performance.now() - start);
	}
	return median(times);
}

function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

// Words of the fields a job search meets, and everyday ones: clippings and challenges are made of both.
const TOPIC_WORDS = (
	"readmission risk scores clinicians hospital patients flaky tests releases checkout pipeline streaming kafka batches " +
	"spreadsheets reports weekly analytics dashboards churn customers enterprise sales roadmap features warehouse pickers " +
	"slotting logistics customs shipments telemetry satellite uploads queues latency on-call incidents onboarding hiring " +
	"engineers schema formats instruments lab research compliance audits budgets forecasting pricing contracts vendors"
).split(" ");
const EVERYDAY_WORDS = (
	"team plan week year people work time change better small large first simple clear early often together market city " +
	"travel garden kitchen music film school family weather morning evening story history future money office"
).split(" ");

function sentence(random: () => number, words: number): string {
	const out: string[] = [];
	for (let i = 0; i < words; i++) out.push(random() < 0.35 ? TOPIC_WORDS[Math.floor(random() * TOPIC_WORDS.length)] : EVERYDAY_WORDS[Math.floor(random() * EVERYDAY_WORDS.length)]);
	return `${out.join(" ")}.`;
}

/** A clipping as Web Clipper's default template writes it, with a body of a few paragraphs. */
function clipping(random: () => number, i: number): { path: string; text: string } {
	const title = sentence(random, 6).slice(0, -1);
	const paragraphs = Array.from({ length: 3 + Math.floor(random() * 5) }, () => Array.from({ length: 4 }, () => sentence(random, 12)).join(" "));
	const text = `---\ntitle: "${title}"\nsource: "https://news.example.com/${i}"\nauthor:\n  - "[[Author ${i % 97}]]"\npublished: 2026-10-${String(1 + (i % 28)).padStart(2, "0")}\ncreated: 2026-11-20\ndescription: "${sentence(random, 18)}"\ntags:\n  - "clippings"\n---\n${paragraphs.join("\n\n")}\n`;
	return { path: `Clippings/${Math.floor(i / 250)}/Clipping ${i}.md`, text };
}

/** 9,000 notes of the generator's mix (its meetings each given a "Their challenges" section), and 1,000 clippings. */
function vaultWithClippings(): SyntheticVault {
	const random = seeded(9);
	const vault = makeSyntheticVault(NOTES - CLIPPINGS);
	for (const file of vault.files) if (file.path.startsWith("Interviews/")) file.text = `${file.text}\n## Their challenges\n${sentence(random, 14)}\n`;
	for (let i = 0; i < CLIPPINGS; i++) vault.files.push(clipping(random, i));
	return vault;
}

interface ProcessCost {
	wallMs: number;
	cpuMs: number;
}

const USAGE_REPORTER = `process.on("exit", () => {
	const usage = process.resourceUsage();
	require("fs").writeSync(3, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});`;

function processCost(reporter: string, args: string[], runs: number): ProcessCost {
	const costs: ProcessCost[] = [];
	for (let i = 0; i <= runs; i++) {
		const start = performance.now();
		const run = spawnSync(process.execPath, ["--require", reporter, ...args], { stdio: ["ignore", "ignore", "pipe", "pipe"], maxBuffer: 1 << 30 });
		const wallMs = performance.now() - start;
		if (run.status !== 0) throw new Error(`${args.join(" ")} failed: ${String(run.stderr)}`);
		if (i > 0) costs.push({ wallMs, ...(JSON.parse(String(run.output[3])) as { cpuMs: number }) });
	}
	return { wallMs: median(costs.map((c) => c.wallMs)), cpuMs: median(costs.map((c) => c.cpuMs)) };
}

async function pluginSide(vault: SyntheticVault): Promise<void> {
	const app = new App();
	app.vault.seed(Object.fromEntries(vault.files.map((file) => [file.path, file.text])));
	const index = new FollowUpIndex(app as unknown as ObsidianApp, DEFAULT_SETTINGS);
	const start = performance.now();
	void index.rebuild(); // at once: no pacing given
	await index.shares.rebuild(DEFAULT_SETTINGS); // the reads of the first build, timed with a build of its own
	const build = performance.now() - start;
	const due = index.agenda(TODAY).items.filter((item) => item.step === "check-in" && (item.bucket === "due" || item.bucket === "overdue"));

	// One clipping edited: the index takes its new text from `changed`, as Obsidian hands it over.
	const file = app.vault.getFileByPath(vault.files[vault.files.length - 1].path);
	if (!file) throw new Error("the last clipping is missing");
	const original = app.vault.readNow(file);
	let edits = 0;
	const changeOne = () => {
		const text = `${original}\nEdit ${edits++}: readmission risk scores.\n`;
		index.shares.noteChanged(file as unknown as TFile, text, app.metadataCache.getFileCache(file) as never);
	};
	const change = timeMedian(changeOne, 201, 20);
	let matched = 0;
	const rankAll = timeMedian(() => {
		changeOne(); // every ranking is made afresh, as after an edit
		matched = 0;
		for (const item of due) if (checkInSuggestions(index, item.note).length > 0) matched++;
	}, 15);
	const perRow = timeMedian(() => {
		changeOne();
		checkInSuggestions(index, due[0].note);
	}, 101, 10);

	console.log(`Plugin side, ${NOTES.toLocaleString("en")} notes with ${index.shares.candidateCount.toLocaleString("en")} share candidates (medians):`);
	console.log(`  build of the index with the candidates read and indexed: ${build.toFixed(0)} ms`);
	console.log(`  one clipping changed → candidates current: ${change.toFixed(3)} ms`);
	console.log(`  ranking one check-in's suggestions: ${perRow.toFixed(2)} ms`);
	console.log(`  ranking every due check-in (${due.length.toLocaleString("en")}, ${matched.toLocaleString("en")} with a suggestion): ${rankAll.toFixed(0)} ms`);
}

function commandLine(vault: SyntheticVault, runs: number): void {
	const cli = join(process.cwd(), "build", "cli.cjs");
	const work = mkdtempSync(join(tmpdir(), "ifu-suggest-bench-"));
	try {
		const reporter = join(work, "usage.cjs");
		writeFileSync(reporter, USAGE_REPORTER);
		const root = join(work, "vault");
		writeSyntheticVault(root, vault);
		const checkIn = buildAgenda(vault.notes, TODAY, DEFAULT_SETTINGS).items.find((item) => item.step === "check-in" && item.bucket !== "later");
		if (!checkIn) throw new Error("the vault has no due check-in");
		const agenda = processCost(reporter, [cli, "agenda", root, "--json", "--today", "2026-11-27"], runs);
		const suggest = processCost(reporter, [cli, "suggest", root, checkIn.note, "--json", "--today", "2026-11-27"], runs);
		console.log(`\nCommand line on that vault (medians of ${runs} runs, after one warm-up):`);
		console.log(`  agenda --json: ${agenda.wallMs.toFixed(0)} ms wall, ${agenda.cpuMs.toFixed(0)} ms CPU`);
		console.log(`  suggest --json: ${suggest.wallMs.toFixed(0)} ms wall, ${suggest.cpuMs.toFixed(0)} ms CPU (${(suggest.wallMs / agenda.wallMs).toFixed(2)}× agenda's wall time, ${(suggest.cpuMs / agenda.cpuMs).toFixed(2)}× its CPU)`);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

async function main(): Promise<void> {
	const runs = Number(/--runs=(\d+)/.exec(process.argv.join(" "))?.[1] ?? 5);
	console.log(`Share suggestions benchmark — node ${process.version}`);
	const vault = vaultWithClippings();
	await pluginSide(vault);
	if (!process.argv.includes("--plugin-only")) commandLine(vault, runs);
}

// The plugin's interval timers would keep the process alive.
void main().then(() => process.exit(0));
