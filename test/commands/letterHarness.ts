// The letters' commands and dialogs over the in-memory Obsidian: a small plugin that is a `LetterHost` (the
// real plugin is one too), with a live index and a fixed today, so tests never read the clock.
import type { App as ObsidianApp } from "obsidian";
import { App, Editor, MarkdownView, Notice, Plugin, TFile } from "../mocks/obsidian";
import { registerLetterCommands } from "../../src/commands/registerLetterCommands";
import { LetterHost } from "../../src/obsidian/letterHost";
import { FollowUpIndex } from "../../src/obsidian/followUpIndex";
import { CalendarDay, DEFAULT_SETTINGS, FollowUpSettings } from "../../src/rules";
import { day } from "../builders/calendarDays";

/** The day every test runs on. */
export const TODAY = "2026-11-27";

class LetterTestPlugin extends Plugin {
	settings: FollowUpSettings = { ...DEFAULT_SETTINGS, myName: "Alex Rivera" };
	index!: FollowUpIndex;

	today(): CalendarDay {
		return day(TODAY);
	}
}

/** A loaded test plugin with the letter commands, over `files`. */
export interface LetterHarness {
	app: App;
	host: LetterHost & Plugin;
	/** Opens note `path` in the main area, as the active view. */
	open: (path: string) => Promise<MarkdownView>;
	/** A note's text now. */
	text: (path: string) => string;
}

/** Loads the commands over `files`, with the layout ready and the index built. */
export async function loadLetters(files: Record<string, string>, settings: Partial<FollowUpSettings> = {}): Promise<LetterHarness> {
	document.body.empty();
	Notice.shown = [];
	const app = new App();
	app.vault.seed(files);
	const plugin = new LetterTestPlugin(app);
	plugin.settings = { ...plugin.settings, ...settings };
	plugin.index = new FollowUpIndex(app as unknown as ObsidianApp, plugin.settings);
	plugin.load();
	plugin.index.attach(plugin as never);
	registerLetterCommands(plugin as unknown as Parameters<typeof registerLetterCommands>[0]);
	app.workspace.triggerLayoutReady();
	await settle();
	return {
		app,
		host: plugin as unknown as LetterHost & Plugin,
		open: async (path) => {
			const file = app.vault.getFileByPath(path);
			if (!file) throw new Error(`no note ${path}`);
			await app.workspace.getLeaf(false).openFile(file);
			return app.workspace.getActiveViewOfType(MarkdownView) as MarkdownView;
		},
		text: (path) => app.vault.readNow(path),
	};
}

/** Lets pending promises (template reads, writes, notes opening) settle. */
export async function settle(): Promise<void> {
	for (let i = 0; i < 20; i++) await new Promise((resolve) => window.setTimeout(resolve, 0));
}

/** Runs an editor command as the palette would: `checking` first asks whether it is offered. */
export function editorCommand(app: App, id: string): (checking: boolean, editor: Editor, view: MarkdownView) => boolean | void {
	const command = app.commands.get(`interview-follow-up:${id}`);
	if (!command?.editorCheckCallback) throw new Error(`no editor command ${id}`);
	return command.editorCheckCallback as unknown as (checking: boolean, editor: Editor, view: MarkdownView) => boolean | void;
}

/** Asks a (non-editor) command whether it is offered now: its checkCallback's answer, or `true` for a plain one. */
export function isOffered(app: App, id: string): boolean {
	const command = app.commands.get(`interview-follow-up:${id}`);
	if (!command) throw new Error(`no command ${id}`);
	return command.checkCallback ? command.checkCallback(true) === true : true;
}

/** The dialog shown last (its `.modal` element), or `null`. */
export function lastModal(): HTMLElement | null {
	const all = document.body.querySelectorAll(".modal-container");
	return all[all.length - 1]?.querySelector<HTMLElement>(".modal") ?? null;
}

/** The text box of the setting row named `name` in `modal`. */
export function field(modal: HTMLElement, name: string): HTMLInputElement {
	const row = Array.from(modal.querySelectorAll(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	const input = row?.querySelector("input");
	if (!input) throw new Error(`no field "${name}"`);
	return input;
}

/** Clicks the button titled `text` in `el`. */
export function clickButton(el: HTMLElement, text: string): void {
	const button = Array.from(el.querySelectorAll("button")).find((candidate) => candidate.textContent === text);
	if (!button) throw new Error(`no button "${text}" (found ${Array.from(el.querySelectorAll("button")).map((b) => b.textContent).join(", ")})`);
	button.click();
}

/** The texts of the suggestions in the dialog shown last. */
export function suggestions(): string[] {
	return Array.from(lastModal()?.querySelectorAll(".suggestion-item") ?? []).map((el) => el.textContent ?? "");
}

/** The first line of each suggestion in the dialog shown last (the suggestion without its note). */
export function suggestionTitles(): string[] {
	return Array.from(lastModal()?.querySelectorAll(".suggestion-item") ?? []).map((el) => el.firstElementChild?.textContent ?? "");
}

/** The small note under each suggestion in the dialog shown last. */
export function suggestionNotes(): string[] {
	return Array.from(lastModal()?.querySelectorAll(".suggestion-item") ?? []).map((el) => el.querySelector("small")?.textContent ?? "");
}

/** Clicks the suggestion whose text contains `text` in the dialog shown last. */
export function chooseSuggestion(text: string): void {
	const item = Array.from(lastModal()?.querySelectorAll(".suggestion-item") ?? []).find((el) => el.textContent?.includes(text));
	if (!(item instanceof HTMLElement)) throw new Error(`no suggestion "${text}" (shown: ${suggestions().join(" | ")})`);
	item.click();
}

/** The file `path`, which must exist. */
export function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	return file;
}
