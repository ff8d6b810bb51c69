import type { App as ObsidianApp, CachedMetadata, PluginManifest, TFile } from "obsidian";
import InterviewFollowUpPlugin from "../../main";
import { App } from "../mocks/obsidian";
import { DayClock } from "../../src/obsidian/dayClock";
import { FollowUpIndex } from "../../src/obsidian/followUpIndex";
import { AgendaView, VIEW_TYPE_AGENDA } from "../../src/ui/agendaView";
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

async function openedView(files: Record<string, string>): Promise<{ view: AgendaView; plugin: InterviewFollowUpPlugin }> {
	const app = new App();
	app.vault.seed(files);
	const plugin = new InterviewFollowUpPlugin(app as unknown as ObsidianApp, { id: "interview-follow-up" } as PluginManifest);
	plugin.clock = new DayClock(() => new Date(2026, 10, 27, 9, 0, 0));
	await plugin.onload();
	app.workspace.triggerLayoutReady();
	await plugin.openAgenda();
	const view = app.workspace.getLeavesOfType(VIEW_TYPE_AGENDA)[0]?.view;
	if (!(view instanceof AgendaView)) throw new Error("the agenda view did not open");
	return { view, plugin };
}

/**
 * The plugin side: the live index from cached frontmatter (10,000 interview notes), one changed note, and
 * rendering the view in jsdom.
 */
export async function benchIndexAndView(
	timeMedian: (work: () => void, runs: number, warmUps?: number, fromCollectedHeap?: boolean) => number,
): Promise<void> {
	const app = new App();
	app.vault.seed(vaultFiles(50_000)); // 10,000 interview notes among 50,000
	// A fresh index each run, as at start-up.
	const freshIndex = (of: App) => new FollowUpIndex(of as unknown as ObsidianApp, DEFAULT_SETTINGS);
	let index = freshIndex(app);
	const build = timeMedian(() => {
		index = freshIndex(app);
		index.rebuild();
	}, 9, 3, true);
	const interviews = index.interviews().length;
	const onlyInterviews = new App();
	onlyInterviews.vault.seed(vaultFiles(50_000, true)); // the same 10,000 interview notes, nothing else
	const buildInterviewsOnly = timeMedian(() => freshIndex(onlyInterviews).rebuild(), 9, 3, true);

	const files = app.vault.getMarkdownFiles().filter((file) => index.isInterview(file.path));
	let turn = 0;
	const change = timeMedian(() => {
		const file = files[(turn * 7919) % files.length];
		const cache = app.metadataCache.getFileCache(file) as unknown as CachedMetadata;
		const frontmatter = { ...(cache?.frontmatter ?? {}), date: `2026-11-${String(1 + (turn++ % 27)).padStart(2, "0")}` };
		index.noteChanged(file as unknown as TFile, { ...cache, frontmatter });
		index.agenda(TODAY);
	}, 101);

	const { view, plugin } = await openedView(vaultFiles(2_500)); // 500 interview notes: about 500 agenda items
	const items = index.agenda(TODAY).items.length;
	const shown = plugin.index.agenda(TODAY).items.length;
	const render = timeMedian(() => view.render(), 15);
	// Everything open: Later and Problems expanded, and every section's "Show N more" clicked.
	for (const details of Array.from(view.contentEl.querySelectorAll("details"))) {
		details.open = true;
		details.dispatchEvent(new Event("toggle"));
	}
	for (const more of Array.from(view.contentEl.querySelectorAll<HTMLButtonElement>(".ifu-show-more"))) more.click();
	const renderAll = timeMedian(() => view.render(), 9);
	const built = view.contentEl.querySelectorAll(".ifu-item").length;

	console.log("\nPlugin side (medians):");
	console.log(`  index build from cached frontmatter, ${interviews.toLocaleString("en")} interview notes (${items.toLocaleString("en")} steps): ${build.toFixed(1)} ms`);
	console.log(`  index build, a vault of only those interview notes: ${buildInterviewsOnly.toFixed(1)} ms`);
	console.log(`  one note changed → agenda updated: ${change.toFixed(2)} ms`);
	console.log(`  render of the agenda view, ${shown} items, as it opens (25 a section, Later and Problems folded; jsdom): ${render.toFixed(1)} ms`);
	console.log(`  render of the same view with everything unfolded (${built} items built; jsdom): ${renderAll.toFixed(1)} ms`);
}
