// Loads the real plugin into the in-memory Obsidian, with the clock at a chosen local time (jest fake timers).
import type { App as ObsidianApp, PluginManifest } from "obsidian";
import InterviewFollowUpPlugin from "../../main";
import { App, type AppOptions, Menu, Notice } from "../mocks/obsidian";
import { buildAgenda, CalendarDay, dayFromParts, FollowUpSettings, localToday } from "../../src/rules";
import { noteSourceOfCache } from "../../src/obsidian/noteSourceOfCache";

/** A loaded plugin and its in-memory app. */
export interface Harness {
	app: App;
	plugin: InterviewFollowUpPlugin;
	today(): CalendarDay;
}

/** 9 a.m. local time on a date given as `YYYY-MM-DD`. */
export function morningOf(iso: string): Date {
	const [year, month, day] = iso.split("-").map(Number);
	return new Date(year, month - 1, day, 9, 0, 0);
}

/** The calendar day of a `YYYY-MM-DD` text. */
export function day(iso: string): CalendarDay {
	const [year, month, dayOfMonth] = iso.split("-").map(Number);
	return dayFromParts(year, month, dayOfMonth)!;
}

/** An interview note's text: frontmatter lines as given (canonical YAML), then a body. */
export function note(frontmatter: string, body = "# Notes\n\nShe asked about **onboarding**.  \nTrailing spaces kept.\n"): string {
	return `---\n${frontmatter.trim()}\n---\n${body}`;
}

/**
 * Loads the plugin over `files` at `now` (fake timers), then makes the layout ready, as Obsidian does on start-up.
 * `data` is the plugin's `data.json`, if any. With `{ coldStart: true }` the metadata cache is still empty then,
 * and reads the files afterwards: `await app.metadataCache.settled()` waits until it has read them all.
 */
export async function loadPlugin(files: Record<string, string>, now: Date, data: unknown = null, options: AppOptions = {}): Promise<Harness> {
	jest.useFakeTimers({ now, doNotFake: ["queueMicrotask", "nextTick"] });
	document.body.empty();
	Notice.shown = [];
	// A menu left open by the last test would still take the keyboard, as an open menu does in Obsidian.
	Menu.lastShown?.hide();
	const app = new App(options);
	app.vault.seed(files);
	const plugin = new InterviewFollowUpPlugin(app as unknown as ObsidianApp, { id: "interview-follow-up" } as PluginManifest);
	(plugin as unknown as { data: unknown }).data = data;
	await plugin.onload();
	app.workspace.triggerLayoutReady();
	await flush();
	return { app, plugin, today: () => localToday(new Date()) };
}

/** Lets pending promises (writes, view opening) settle. */
export async function flush(): Promise<void> {
	for (let i = 0; i < 10; i++) await Promise.resolve();
}

/**
 * What a view asked of the share index is read, and the views have rendered again (their render is debounced):
 * a thread's meeting notes are read the first time its suggestions are asked for, and show once read.
 */
export async function afterReads(): Promise<void> {
	await flush();
	jest.advanceTimersByTime(1_000);
	await flush();
}

/** The agenda the rules compute from scratch over the vault's cached frontmatter: the index must agree. */
export function agendaFromScratch(app: App, today: CalendarDay, settings: FollowUpSettings) {
	const notes = app.vault.getMarkdownFiles().map((file) => noteSourceOfCache(file.path, app.metadataCache.getFileCache(file) as never));
	return buildAgenda(notes, today, settings);
}
