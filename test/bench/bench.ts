// `npm run bench`: how long the follow-up engine and the command line take on generated vaults.
// Prints numbers; it asserts nothing (speed is shown here, never by timed unit tests).
import "./jsdomGlobals"; // first: the Obsidian mock needs a DOM when it loads
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { buildAgenda, dayFromParts, DEFAULT_SETTINGS } from "../../src/rules";
import { makeSyntheticVault, writeSyntheticVault } from "./syntheticVault";
import { benchIndex, benchViews } from "./indexBench";

const SIZES = [1_000, 10_000, 50_000];
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

function wallTime(args: string[]): number {
	const times: number[] = [];
	for (let i = 0; i < 4; i++) {
		const start = performance.now();
		const run = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 30 });
		const elapsed = performance.now() - start;
		if (run.status !== 0) throw new Error(`${args.join(" ")} failed: ${String(run.stderr)}`);
		if (i > 0) times.push(elapsed); // the first run warms the file cache
	}
	return median(times);
}

function pad(text: string | number, width: number): string {
	return String(text).padStart(width);
}

async function main(): Promise<void> {
	const cli = join(process.cwd(), "build", "cli.cjs");
	console.log(`Interview follow-up benchmark — node ${process.version}, ${process.platform}/${process.arch}`);
	console.log("Medians. Engine: in-memory frontmatter → sorted agenda. CLI: `agenda --json` wall time; floor: a node process that only reads the same files.");
	console.log(collectGarbage ? "Index builds start each run from a collected heap (--expose-gc).\n" : "Run with node --expose-gc to start each index build from a collected heap.\n");
	console.log(`${pad("notes", 7)} ${pad("interviews", 10)} ${pad("engine ms", 10)} ${pad("µs/interview", 13)} ${pad("floor ms", 9)} ${pad("cli ms", 8)} ${pad("cli/floor", 10)}`);
	const sizes = process.argv.includes("--plugin-only") ? [] : SIZES;
	for (const size of sizes) {
		const vault = makeSyntheticVault(size);
		const engine = timeMedian(() => buildAgenda(vault.notes, TODAY, DEFAULT_SETTINGS), size >= 50_000 ? 5 : 15);
		const root = mkdtempSync(join(tmpdir(), "ifu-bench-"));
		try {
			writeSyntheticVault(root, vault);
			const floor = wallTime(["-e", FLOOR_SCRIPT, root]);
			const cliTime = wallTime([cli, "agenda", root, "--json", "--today", "2026-11-27"]);
			console.log(
				`${pad(size, 7)} ${pad(vault.interviewCount, 10)} ${pad(engine.toFixed(1), 10)} ${pad(((engine * 1000) / vault.interviewCount).toFixed(2), 13)} ${pad(floor.toFixed(0), 9)} ${pad(cliTime.toFixed(0), 8)} ${pad((cliTime / floor).toFixed(2) + "×", 10)}`,
			);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	}
	if (sizes.length > 0) {
		// The engine on the 10,000 interview notes of the largest vault alone, without the 40,000 other notes.
		const interviews = makeSyntheticVault(50_000).notes.filter((note) => note.path.startsWith("Interviews/"));
		const alone = timeMedian(() => buildAgenda(interviews, TODAY, DEFAULT_SETTINGS), 15);
		console.log(`\nEngine on those ${interviews.length.toLocaleString("en")} interview notes alone: ${alone.toFixed(1)} ms`);
	}
	await benchIndex(timeMedian);
	collectGarbage?.();
	await benchViews(timeMedian);
}

// The plugin's interval timers would keep the process alive.
void main().then(() => process.exit(0));
