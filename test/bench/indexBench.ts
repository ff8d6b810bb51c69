import type { App as ObsidianApp, CachedMetadata, PluginManifest, TFile } from "obsidian";
import InterviewFollowUpPlugin from "../../main";
import { App } from "../mocks/obsidian";
import { DayClock } from "../../src/obsidian/dayClock";
import { FollowUpIndex } from "../../src/obsidian/followUpIndex";
import { appPacing } from "../../src/obsidian/slicedWork";
import { AgendaView, VIEW_TYPE_AGENDA } from "../../src/ui/agendaView";
import { PipelineView, VIEW_TYPE_PIPELINE } from "../../src/ui/pipelineView";
import { FollowUpHost } from "../../src/ui/followUpHost";
import { dayFromParts, DEFAULT_SETTINGS } from "../../src/rules";
import { makeSyntheticVault } from "./syntheticVault";

const TODAY = dayFromParts(2026, 11, 27) as number;

/** The notes of a synthetic vault as file texts, for the in-memory Obsidian. */
function vaultFiles(totalNotes: number, onlyInterviews = false): Record<string, string> {
	const files: Record<string, string> = {};
	for (const { path, text } of makeSyntheticVault(totalNotes, { short: true }).files) {
		if (onlyInterviews && path.startsWith("Notes/")) continue;
		files[path] = text;
	}
	return files;
}

async function openedViews(files: Record<string, string>): Promise<{ view: AgendaView; pipeline: PipelineView; plugin: InterviewFollowUpPlugin; app: App }> {
	const app = new App();
	app.vault.seed(files);
	const plugin = new InterviewFollowUpPlugin(app as unknown as ObsidianApp, { id: "interview-follow-up" } as PluginManifest);
	plugin.clock = new DayClock(() => new Date(2026, 10, 27, 9, 0, 0));
	await plugin.onload();
	app.workspace.triggerLayoutReady();
	await plugin.index.ready;
	await plugin.openAgenda();
	await plugin.openPipeline();
	const view = app.workspace.getLeavesOfType(VIEW_TYPE_AGENDA)[0]?.view;
	const pipeline = app.workspace.getLeavesOfType(VIEW_TYPE_PIPELINE)[0]?.view;
	if (!(view instanceof AgendaView) || !(pipeline instanceof PipelineView)) throw new Error("the views did not open");
	return { view, pipeline, plugin, app };
}

/** One build in the plugin's slices: the longest slice (the app held at a time), all slices together, and the wall time. */
interface SlicedBuild {
	longestMs: number;
	workMs: number;
	wallMs: number;
	slices: number;
}

/**
 * A fresh index built as the plugin builds one: the walk in the plugin's slices of about 10 ms, a timer between
 * two (the plugin registers the timer; here it is a plain one). Each slice is timed from its start to its pause.
 */
async function slicedBuild(app: App): Promise<SlicedBuild> {
	const holds: number[] = [];
	let sliceStart = 0;
	const pacing = appPacing((next) => {
		holds.push(performance.now() - sliceStart);
		window.setTimeout(() => {
			sliceStart = performance.now();
			next();
		}, 0);
	});
	const index = new FollowUpIndex(app as unknown as ObsidianApp, DEFAULT_SETTINGS, pacing);
	const start = (sliceStart = performance.now());
	await index.rebuild();
	const end = performance.now();
	holds.push(end - sliceStart); // the last slice, which puts the new index in place
	return { longestMs: Math.max(...holds), workMs: holds.reduce((sum, ms) => sum + ms, 0), wallMs: end - start, slices: holds.length };
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

let dayShift = 0;

/** The plugin as a view sees it, on a day after `TODAY` that no view asked for yet (one more each call). */
function onAnotherDay(plugin: InterviewFollowUpPlugin): FollowUpHost {
	const today = TODAY + ++dayShift;
	return { app: plugin.app, index: plugin.index, settings: plugin.settings, clock: { today: () => today } as unknown as DayClock };
}

/** Changes one interview note's date in the metadata cache (turn by turn, a different note), as an edit does. */
function noteChanger(app: App, index: FollowUpIndex): () => void {
	const files = app.vault.getMarkdownFiles().filter((file) => index.isInterview(file.path));
	let turn = 0;
	return () => {
		const file = files[(turn * 7919) % files.length];
		const cache = app.metadataCache.getFileCache(file) as unknown as CachedMetadata;
		const frontmatter = { ...(cache?.frontmatter ?? {}), date: `2026-11-${String(1 + (turn++ % 27)).padStart(2, "0")}` };
		index.noteChanged(file as unknown as TFile, { ...cache, frontmatter });
	};
}

/**
 * The plugin side: the live index from cached frontmatter (10,000 interview notes) and one changed note.
 */
export async function benchIndex(
	timeMedian: (work: () => void, runs: number, warmUps?: number, fromCollectedHeap?: boolean) => number,
	collectGarbage: (() => void) | null,
): Promise<void> {
	const app = new App();
	app.vault.seed(vaultFiles(50_000)); // 10,000 interview notes among 50,000
	// A fresh index each run, as at start-up.
	const freshIndex = (of: App) => new FollowUpIndex(of as unknown as ObsidianApp, DEFAULT_SETTINGS);
	let index = freshIndex(app);
	const build = timeMedian(() => {
		index = freshIndex(app);
		void index.rebuild(); // at once: no pacing given
	}, 9, 3, true);
	const interviews = index.interviews().length;
	const sliced: SlicedBuild[] = [];
	for (let run = 0; run < 12; run++) {
		collectGarbage?.();
		const build = await slicedBuild(app);
		if (run >= 3) sliced.push(build); // three warm-ups, as for the other measures
	}
	const longest = median(sliced.map((build) => build.longestMs));
	const onlyInterviews = new App();
	onlyInterviews.vault.seed(vaultFiles(50_000, true)); // the same 10,000 interview notes, nothing else
	const buildInterviewsOnly = timeMedian(() => void freshIndex(onlyInterviews).rebuild(), 9, 3, true);

	// The share index's own build (a walk, then the candidates' texts read and ranked): inside the index build
	// it shares the walk, and its reads come after, without holding up the agenda.
	const shareBuilds: number[] = [];
	for (let run = 0; run < 5; run++) {
		const start = performance.now();
		await freshIndex(app).shares.rebuild(DEFAULT_SETTINGS);
		shareBuilds.push(performance.now() - start);
	}
	const shareBuild = shareBuilds.sort((a, b) => a - b)[2];

	const changeOne = noteChanger(app, index);
	const change = timeMedian(() => {
		changeOne();
		index.agenda(TODAY);
	}, 101);
	const items = index.agenda(TODAY).items.length;

	console.log("\nPlugin side (medians):");
	console.log(`  index build from cached frontmatter, ${interviews.toLocaleString("en")} interview notes (${items.toLocaleString("en")} steps) among 50,000 notes, in the plugin's slices:`);
	console.log(`    the longest the build holds the app at a time: ${longest.toFixed(1)} ms  [target ≤ 50 ms]`);
	console.log(`    all its ${median(sliced.map((b) => b.slices))} slices together: ${median(sliced.map((b) => b.workMs)).toFixed(1)} ms; start to end, with the app's turns between: ${median(sliced.map((b) => b.wallMs)).toFixed(1)} ms`);
	console.log(`  the same build at once, in one piece (as a test builds it): ${build.toFixed(1)} ms`);
	console.log(`  index build, a vault of only those interview notes: ${buildInterviewsOnly.toFixed(1)} ms`);
	console.log(`  the share index alone, its own walk and its candidates' texts read (after the agenda shows): ${shareBuild.toFixed(1)} ms`);
	console.log(`  one note changed → agenda updated: ${change.toFixed(2)} ms`);
}

/**
 * The views in jsdom: the agenda with about 500 items and the pipeline with 1,000 company threads, as they
 * open, and both brought up to date after one note changed. Run after `benchIndex` has let its 50,000 notes go,
 * so the collector is not busy with them.
 */
export async function benchViews(timeMedian: (work: () => void, runs: number, warmUps?: number, fromCollectedHeap?: boolean) => number): Promise<void> {
	const { view, plugin } = await openedViews(vaultFiles(2_500)); // 500 interview notes: about 500 agenda items
	const shown = plugin.index.agenda(TODAY).items.length;
	// As it opens: a new view each time, so no row of an earlier render is reused, on a day the index has not
	// computed yet (its agenda and pipeline are cached per day), so that is measured too.
	const wiring = { runMainAction: async () => {}, openPipeline: () => {} };
	const render = timeMedian(() => new AgendaView(view.leaf, onAnotherDay(plugin), wiring).render(), 15);
	// Everything open: Later and Problems expanded, and every section's "Show N more" clicked.
	for (const header of Array.from(view.contentEl.querySelectorAll<HTMLElement>(".ifu-section.is-collapsed .ifu-section-header"))) header.click();
	for (const more of Array.from(view.contentEl.querySelectorAll<HTMLElement>(".ifu-show-more"))) more.click();
	const renderAll = timeMedian(() => {
		void view.onClose(); // forgets every row, as a view opened anew
		view.render();
	}, 9);
	const built = view.contentEl.querySelectorAll(".ifu-item").length;

	// The pipeline of a long search: 15,000 notes, 3,000 interview notes, 1,000 company threads.
	const big = await openedViews(vaultFiles(15_000));
	const threads = big.pipeline.contentEl.querySelectorAll(".ifu-section-count");
	const threadCount = Array.from(threads).reduce((sum, el) => sum + Number(el.textContent), 0);
	const renderPipeline = timeMedian(() => new PipelineView(big.pipeline.leaf, onAnotherDay(big.plugin)).render(), 15);
	// One note changed with both views open: the index update, then each view's render (the debounce skipped).
	const changeBig = noteChanger(big.app, big.plugin.index);
	const bothUpdated = timeMedian(() => {
		changeBig();
		big.view.render();
		big.pipeline.render();
	}, 101);
	const bigItems = big.plugin.index.agenda(TODAY).items.length;

	console.log(`  render of the agenda view, ${shown} items, as it opens (25 a section, Later and Problems folded; jsdom): ${render.toFixed(1)} ms  [target ≤ 50 ms]`);
	console.log(`  render of the same view with everything unfolded (${built} items built; jsdom): ${renderAll.toFixed(1)} ms`);
	console.log(`  render of the pipeline view, ${threadCount.toLocaleString("en")} company threads, as it opens (25 a status, Closed folded; jsdom): ${renderPipeline.toFixed(1)} ms  [target ≤ 50 ms]`);
	console.log(`  one note changed → index, agenda view (${bigItems.toLocaleString("en")} items) and pipeline view updated (jsdom): ${bothUpdated.toFixed(2)} ms  [target ≤ 2 ms]`);
}
