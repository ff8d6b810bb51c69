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
import { makeSyntheticVault, writeSyntheticVault } from "./syntheticVault";
import { benchIndex, benchViews } from "./indexBench";

const SIZES = [10_000, 50_000];
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

async function main(): Promise<void> {
	const cli = join(process.cwd(), "build", "cli.cjs");
	const runs = Number(/--runs=(\d+)/.exec(process.argv.join(" "))?.[1] ?? 5);
	console.log(`Interview follow-up benchmark — node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} cores`);
	console.log("Vaults: the generator's real-world mix (test/bench/syntheticVault.ts). Engine: parsed notes → sorted agenda, in-process.");
	console.log(`CLI: \`node build/cli.cjs agenda VAULT --json\` as a child process; floor: a node process that only reads the same files. Medians of ${runs} runs; peak = highest resident memory.`);
	console.log(collectGarbage ? "Index builds start each run from a collected heap (--expose-gc).\n" : "Run with node --expose-gc to start each index build from a collected heap.\n");
	console.log(
		`${pad("notes", 7)} ${pad("meetings", 9)} ${pad("engine ms", 10)} ${pad("floor ms", 9)} ${pad("cli ms", 7)} ${pad("cli/floor", 10)} ${pad("floor cpu", 10)} ${pad("cli cpu", 8)} ${pad("cpu ratio", 10)} ${pad("floor MB", 9)} ${pad("cli MB", 7)}`,
	);
	const sizes = process.argv.includes("--plugin-only") ? [] : SIZES;
	const work = mkdtempSync(join(tmpdir(), "ifu-bench-"));
	const reporter = join(work, "usage.cjs");
	writeFileSync(reporter, USAGE_REPORTER);
	let engines = "";
	try {
		for (const size of sizes) {
			const vault = makeSyntheticVault(size);
			const engine = timeMedian(() => buildAgenda(vault.notes, TODAY, DEFAULT_SETTINGS), size >= 50_000 ? 5 : 15);
			const root = join(work, `vault-${size}`);
			writeSyntheticVault(root, vault);
			const floor = processCost(reporter, ["-e", FLOOR_SCRIPT, root], runs);
			const run = processCost(reporter, [cli, "agenda", root, "--json", "--today", "2026-11-27"], runs);
			console.log(
				`${pad(size, 7)} ${pad(vault.interviewCount, 9)} ${pad(engine.toFixed(1), 10)} ${pad(floor.wallMs.toFixed(0), 9)} ${pad(run.wallMs.toFixed(0), 7)} ${pad((run.wallMs / floor.wallMs).toFixed(2) + "×", 10)} ${pad(floor.cpuMs.toFixed(0), 10)} ${pad(run.cpuMs.toFixed(0), 8)} ${pad((run.cpuMs / floor.cpuMs).toFixed(2) + "×", 10)} ${pad(floor.peakMB.toFixed(0), 9)} ${pad(run.peakMB.toFixed(0), 7)}`,
			);
			rmSync(root, { recursive: true, force: true });
			if (size === 10_000) engines = compareYamlEngines(vault.files.map((file) => file.text));
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	if (engines) console.log(`\nThe 10,000-note vault: ${engines}`);
	if (sizes.length > 0) {
		// The engine on the meetings of the largest vault alone, without the 40,000 other notes.
		const interviews = makeSyntheticVault(50_000).notes.filter((note) => !note.path.startsWith("Notes/"));
		const alone = timeMedian(() => buildAgenda(interviews, TODAY, DEFAULT_SETTINGS), 15);
		console.log(`Engine on the 50,000-note vault's ${interviews.length.toLocaleString("en")} meeting notes alone: ${alone.toFixed(1)} ms`);
	}
	await benchIndex(timeMedian);
	collectGarbage?.();
	await benchViews(timeMedian);
}

// The plugin's interval timers would keep the process alive.
void main().then(() => process.exit(0));
