// `npm run bench`: how long the follow-up engine and the command line take on generated vaults.
// Prints numbers; it asserts nothing (speed is shown here, never by timed unit tests).
import "./jsdomGlobals"; // first: the Obsidian mock needs a DOM when it loads
import { spawnSync } from "child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from "fs";
import { load, CORE_SCHEMA } from "js-yaml";
import { cpus, tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import YAML from "yaml";
import { buildAgenda, dayFromParts, DEFAULT_SETTINGS } from "../../src/rules";
import { makeSyntheticVault, VaultMix, writeSyntheticVault } from "./syntheticVault";
import { benchIndex, benchViews } from "./indexBench";

/** The vaults of the main table: the light mix at two sizes and the heavy mix (see `makeSyntheticVault`). */
const VAULTS: { mix: VaultMix; size: number }[] = [
	{ mix: "light", size: 10_000 },
	{ mix: "light", size: 50_000 },
	{ mix: "heavy", size: 10_000 },
];
/** Where `ics` is held to `agenda`'s cost (light mix). */
const ICS_SIZES = [20_000, 100_000];
const TODAY = dayFromParts(2026, 11, 27) as number;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/** `global.gc` when node runs with --expose-gc (as `npm run bench` does). */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

/**
 * Median milliseconds of `runs` calls of `work`, after `warmUps` unmeasured calls. With `fromCollectedHeap`
 * (and node exposing gc), each measured call starts from a collected heap, as a build at start-up does: it is
 * charged for its own garbage, not for the garbage that the runs before it left behind.
 */
export function timeMedian(work: () => void, runs: number, warmUps = 3, fromCollectedHeap = false): number {
	for (let i = 0; i < warmUps; i++) work();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		if (fromCollectedHeap) collectGarbage?.();
		const start = performance.now();
		work();
		times.push(performance.now() - start);
	}
	return median(times);
}

/**
 * The floor: a bare node process that walks the folder and reads every Markdown file, nothing else. It runs
 * as inline code (not this bundle, which loads jsdom) so that only node's start-up and the reading count.
 */
const FLOOR_SCRIPT = `
const { readdirSync, readFileSync } = require("fs");
const { join } = require("path");
let bytes = 0;
const walk = (folder) => {
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		if (entry.name === ".obsidian" || entry.name === ".trash") continue;
		const path = join(folder, entry.name);
		if (entry.isDirectory()) walk(path);
		else if (entry.name.endsWith(".md")) bytes += readFileSync(path, "utf8").length;
	}
};
walk(process.argv[1]);
`;

// Loaded into each measured process with --require: on exit it writes the process's CPU time and peak memory
// (resident set, the kernel's high-water mark) to file descriptor 3, which the bench reads back.
const USAGE_REPORTER = `process.on("exit", () => {
	const usage = process.resourceUsage();
	require("fs").writeSync(3, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakMB: usage.maxRSS / 1024 }));
});`;

interface ProcessCost {
	wallMs: number;
	cpuMs: number;
	peakMB: number;
}

/** Medians of `runs` runs of node with `args` (after one unmeasured run that warms the file cache). */
function processCost(reporter: string, args: string[], runs: number): ProcessCost {
	const costs: ProcessCost[] = [];
	for (let i = 0; i <= runs; i++) {
		const start = performance.now();
		// Output to /dev/null opened write-only, as a shell's `> /dev/null` does ("ignore" would be taken as closed).
		const devNull = openSync("/dev/null", "w");
		const run = spawnSync(process.execPath, ["--require", reporter, ...args], { stdio: ["ignore", devNull, "pipe", "pipe"], maxBuffer: 1 << 30 });
		closeSync(devNull);
		const wallMs = performance.now() - start;
		if (run.status !== 0) throw new Error(`${args.join(" ")} failed: ${String(run.stderr)}`);
		const usage = JSON.parse(String(run.output[3])) as { cpuMs: number; peakMB: number };
		if (i > 0) costs.push({ wallMs, ...usage });
	}
	return { wallMs: median(costs.map((c) => c.wallMs)), cpuMs: median(costs.map((c) => c.cpuMs)), peakMB: Math.max(...costs.map((c) => c.peakMB)) };
}

/**
 * The YAML engines on the vault's frontmatter blocks, in this process (warm): why gray-matter is given
 * js-yaml 4's core schema. Both read YAML 1.2's core schema (dates as text); the property test in
 * test/cli/frontmatterAgreement.test.ts holds them to the same values.
 */
function compareYamlEngines(texts: readonly string[]): string {
	const blocks = texts.flatMap((text) => {
		const match = /^\ufeff?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
		return match ? [match[1]] : [];
	});
	const time = (parse: (block: string) => unknown) =>
		timeMedian(() => {
			for (const block of blocks) {
				try {
					parse(block);
				} catch {
					// Counted in the time all the same: a broken block costs what it costs.
				}
			}
		}, 5, 1);
	const yamlMs = time((block) => YAML.parse(block, { logLevel: "error" }));
	const jsYamlMs = time((block) => load(block, { schema: CORE_SCHEMA }));
	return `YAML engines on its ${blocks.length.toLocaleString("en")} frontmatter blocks (warm, in-process): yaml package ${yamlMs.toFixed(0)} ms, js-yaml 4 core schema ${jsYamlMs.toFixed(0)} ms (${(yamlMs / jsYamlMs).toFixed(1)}× faster)`;
}

function pad(text: string | number, width: number): string {
	return String(text).padStart(width);
}

function ratio(value: number, base: number): string {
	return `${(value / base).toFixed(2)}×`;
}

/** A vault with one meeting note of `headings` headings, each with a line of text: `letter`'s worst case. */
function writeHeadingsVault(root: string, headings: number): string {
	const sections = Array.from({ length: headings }, (_, i) => `## Heading ${i}\nWhat was said under heading ${i}.`).join("\n");
	const path = "Interviews/Long.md";
	writeSyntheticVault(root, {
		files: [{ path, text: `---\ndate: 2026-11-20\noutcome: well\ncompany: Acme\ninterviewer: Jane\n---\n## What I learned\nHow the team works.\n${sections}\n` }],
		notes: [],
		interviewCount: 1,
	});
	return path;
}

async function main(): Promise<void> {
	const cli = join(process.cwd(), "build", "cli.cjs");
	const runs = Number(/--runs=(\d+)/.exec(process.argv.join(" "))?.[1] ?? 5);
	console.log(`Interview follow-up benchmark — node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} cores`);
	console.log("Vaults: the generator's mixes (test/bench/syntheticVault.ts): light — a fifth meetings, bodies of a few lines; heavy — a third meetings,");
	console.log("bodies of 2–8 KB, Web Clipper clippings and daily notes. Engine: parsed notes → sorted agenda, in-process.");
	console.log(`CLI: \`node build/cli.cjs agenda VAULT --json\` as a child process; floor: a node process that only reads the same files. Medians of ${runs} runs; peak = highest resident memory.`);
	console.log(collectGarbage ? "Index builds start each run from a collected heap (--expose-gc).\n" : "Run with node --expose-gc to start each index build from a collected heap.\n");
	console.log(
		`${"mix".padEnd(5)} ${pad("notes", 7)} ${pad("meetings", 9)} ${pad("MB", 4)} ${pad("engine ms", 10)} ${pad("floor ms", 9)} ${pad("cli ms", 7)} ${pad("cli/floor", 10)} ${pad("floor cpu", 10)} ${pad("cli cpu", 8)} ${pad("cpu ratio", 10)} ${pad("floor MB", 9)} ${pad("cli MB", 7)}`,
	);
	const pluginOnly = process.argv.includes("--plugin-only");
	const work = mkdtempSync(join(tmpdir(), "ifu-bench-"));
	const reporter = join(work, "usage.cjs");
	writeFileSync(reporter, USAGE_REPORTER);
	let engines = "";
	const worst: Record<VaultMix, number> = { light: 0, heavy: 0 };
	try {
		for (const { mix, size } of pluginOnly ? [] : VAULTS) {
			const vault = makeSyntheticVault(size, { mix });
			const megabytes = vault.files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0) / 1e6;
			const engine = timeMedian(() => buildAgenda(vault.notes, TODAY, DEFAULT_SETTINGS), size >= 50_000 ? 5 : 15);
			const root = join(work, `vault-${mix}-${size}`);
			writeSyntheticVault(root, vault);
			const floor = processCost(reporter, ["-e", FLOOR_SCRIPT, root], runs);
			const run = processCost(reporter, [cli, "agenda", root, "--json", "--today", "2026-11-27"], runs);
			worst[mix] = Math.max(worst[mix], run.wallMs / floor.wallMs);
			console.log(
				`${mix.padEnd(5)} ${pad(size, 7)} ${pad(vault.interviewCount, 9)} ${pad(megabytes.toFixed(0), 4)} ${pad(engine.toFixed(1), 10)} ${pad(floor.wallMs.toFixed(0), 9)} ${pad(run.wallMs.toFixed(0), 7)} ${pad(ratio(run.wallMs, floor.wallMs), 10)} ${pad(floor.cpuMs.toFixed(0), 10)} ${pad(run.cpuMs.toFixed(0), 8)} ${pad(ratio(run.cpuMs, floor.cpuMs), 10)} ${pad(floor.peakMB.toFixed(0), 9)} ${pad(run.peakMB.toFixed(0), 7)}`,
			);
			rmSync(root, { recursive: true, force: true });
			if (mix === "light" && size === 10_000) engines = compareYamlEngines(vault.files.map((file) => file.text));
		}
		if (!pluginOnly) {
			console.log(`Target: the CLI within 2× the floor, wall time, on both mixes — light ${worst.light.toFixed(2)}×, heavy ${worst.heavy.toFixed(2)}× [target ≤ 2×]`);

			console.log("\n`ics` against `agenda` on the same vault (light mix; wall time, peak memory):");
			for (const size of ICS_SIZES) {
				const root = join(work, `vault-ics-${size}`);
				writeSyntheticVault(root, makeSyntheticVault(size));
				const args = [root, "--today", "2026-11-27"];
				const agenda = processCost(reporter, [cli, "agenda", ...args, "--json"], runs);
				const ics = processCost(reporter, [cli, "ics", ...args], runs);
				console.log(
					`  ${pad(size.toLocaleString("en"), 7)} notes: agenda ${agenda.wallMs.toFixed(0)} ms ${agenda.peakMB.toFixed(0)} MB, ics ${ics.wallMs.toFixed(0)} ms ${ics.peakMB.toFixed(0)} MB: ${ratio(ics.wallMs, agenda.wallMs)} the time, ${ratio(ics.peakMB, agenda.peakMB)} the memory [target ≤ 1.3×]`,
				);
				rmSync(root, { recursive: true, force: true });
			}

			const root = join(work, "vault-headings");
			const note = writeHeadingsVault(root, 40_000);
			const letter = processCost(reporter, [cli, "letter", root, note, "--today", "2026-11-27"], Math.min(runs, 3));
			console.log(`\n\`letter\` on a note of 40,000 headings: ${letter.wallMs.toFixed(0)} ms, ${letter.peakMB.toFixed(0)} MB [target: well under 3 s]`);
			rmSync(root, { recursive: true, force: true });
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	if (engines) console.log(`\nThe light 10,000-note vault: ${engines}`);
	if (!pluginOnly) {
		// The engine on the meetings of the largest vault alone, without the 40,000 other notes.
		const interviews = makeSyntheticVault(50_000).notes.filter((note) => !note.path.startsWith("Notes/"));
		const alone = timeMedian(() => buildAgenda(interviews, TODAY, DEFAULT_SETTINGS), 15);
		console.log(`Engine on the light 50,000-note vault's ${interviews.length.toLocaleString("en")} meeting notes alone: ${alone.toFixed(1)} ms`);
	}
	await benchIndex(timeMedian, collectGarbage ?? null);
	collectGarbage?.();
	await benchViews(timeMedian);
}

// The plugin's interval timers would keep the process alive.
void main().then(() => process.exit(0));
