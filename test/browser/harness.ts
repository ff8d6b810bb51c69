// The screenshots page, in Chromium: loads the real plugin (main.ts and src/ui, bundled by esbuild) into the
// in-memory Obsidian mock, over the vault and the date the page was written with, and opens the agenda in a
// right-sidebar-like column and the settings tab in a settings-like pane. The Node side (agendaPage.ts) waits
// for `window.ifuHarness.ready`, then clicks, tabs and takes screenshots like a user would.
import type { App as ObsidianApp } from "obsidian";
import InterviewFollowUpPlugin from "../../main";
import { App, MarkdownView, setIcon, usePlatform } from "../mocks/obsidian";
import { DayClock } from "../../src/obsidian/dayClock";
import { drawLucideIcons } from "./lucideIcons";
import manifest from "../../manifest.json";
import type { PageData } from "./pageData";

/** What the page offers the Node side, as `window.ifuHarness`. */
export interface HarnessApi {
	/** Settles once the agenda and the settings tab are rendered; rejects with the reason if loading failed. */
	ready: Promise<void>;
	/** A note's current text in the in-memory vault (after a Done click, for example). */
	readNote(path: string): string;
	/** Switches Obsidian's body class between `theme-light` and `theme-dark`. */
	setTheme(theme: "light" | "dark"): void;
	/** The path of the note open in the active leaf, if the active leaf shows a note. */
	openedNote(): string | null;
}

declare global {
	interface Window {
		ifuHarness: HarnessApi;
	}
}

/** 9 a.m. local time on `iso` (`YYYY-MM-DD`): the moment the plugin's day clock reads. */
function morningOf(iso: string): Date {
	const [year, month, day] = iso.split("-").map(Number);
	return new Date(year, month - 1, day, 9, 0, 0);
}

function readPageData(): PageData {
	const text = document.getElementById("ifu-page-data")?.textContent;
	if (!text) throw new Error("The page has no #ifu-page-data block.");
	return JSON.parse(text) as PageData;
}

function tabHeader(parent: HTMLElement, icon: string, title: string): void {
	const header = parent.createDiv({ cls: "harness-tab-header" });
	setIcon(header.createSpan({ cls: "harness-tab-icon" }), icon);
	header.createSpan({ cls: "harness-tab-title", text: title });
}

/**
 * The right sidebar (a tab header above the workspace's right split) and the main area (where the pipeline
 * opens, as a tab), side by side.
 */
function mountWorkspace(app: App): HTMLElement {
	const sidebar = document.body.createDiv({ cls: "harness-sidebar", attr: { "data-testid": "sidebar" } });
	tabHeader(sidebar, "calendar-check", "Follow-ups");
	sidebar.appendChild(app.workspace.rightSplit.containerEl);
	sidebar.appendChild(app.statusBarEl);
	const main = document.body.createDiv({ cls: "harness-main", attr: { "data-testid": "main" } });
	tabHeader(main, "kanban", "Job search pipeline");
	main.appendChild(app.workspace.rootSplit.containerEl);
	// The ribbon is not part of the shots.
	app.ribbonEl.addClass("harness-hidden");
	app.workspace.containerEl.addClass("harness-hidden");
	return sidebar;
}

/**
 * A base open in a tab of the main area, on its Follow-ups view: the tab header, a toolbar naming the view (as
 * Bases' own toolbar does), and below it the container Bases gives the view's factory.
 */
function mountBase(app: App, text: string): void {
	const pane = document.body.createDiv({ cls: "harness-base", attr: { "data-testid": "base" } });
	tabHeader(pane, "kanban", "Job search");
	const toolbar = pane.createDiv({ cls: "bases-toolbar" });
	setIcon(toolbar.createSpan({ cls: "bases-toolbar-icon" }), "calendar-check");
	toolbar.createSpan({ cls: "bases-toolbar-view-name", text: "Follow-ups" });
	const container = pane.createDiv({ cls: "bases-view" });
	app.bases.open(text, "Follow-ups", container);
}

/** The settings window: a tab list with the plugin selected, and its settings tab rendered beside it. */
function mountSettings(app: App): void {
	const tab = app.settingTabs[0];
	if (!tab) throw new Error("The plugin added no settings tab.");
	const modal = document.body.createDiv({ cls: "harness-settings modal mod-settings", attr: { "data-testid": "settings" } });
	const nav = modal.createDiv({ cls: "vertical-tab-header" });
	nav.createDiv({ cls: "vertical-tab-header-group-title", text: "Community plugins" });
	nav.createDiv({ cls: "vertical-tab-nav-item is-active", text: manifest.name });
	const content = modal.createDiv({ cls: "vertical-tab-content-container" });
	content.appendChild(tab.containerEl);
	tab.display();
}

async function start(): Promise<void> {
	const page = readPageData();

	document.body.addClass("theme-light", "harness");
	// As the phone app: Obsidian sets Platform.isMobile and the body class `is-mobile` before plugins load.
	usePlatform(page.mobile === true ? "mobile" : "desktop");
	document.body.toggleClass("is-mobile", page.mobile === true);
	const app = new App();
	loadedApp = app;
	app.vault.seed(page.files);
	const plugin = new InterviewFollowUpPlugin(app as unknown as ObsidianApp, manifest);
	// data.json as the vault has it; the mock's Plugin.loadData returns this field.
	(plugin as unknown as { data: unknown }).data = page.data;
	// The day clock's time source is the seam for a fixed date (see DayClock): the page's "today" at 9 a.m.
	plugin.clock = new DayClock(() => morningOf(page.today));
	const sidebar = mountWorkspace(app);
	drawLucideIcons(document.body);
	await plugin.onload();
	app.workspace.triggerLayoutReady();
	await plugin.index.ready;
	await plugin.openPipeline();
	await plugin.openAgenda();
	if (page.base !== undefined) mountBase(app, page.base);
	mountSettings(app);
	sidebar.setAttr("data-ready", "true");
}

let loadedApp: App | null = null;
let failure: Error | null = null;
const ready = start().catch((error: unknown) => {
	failure = error instanceof Error ? error : new Error(`The harness failed: ${JSON.stringify(error)}`);
	console.error(error);
	throw error;
});

window.ifuHarness = {
	ready,
	readNote(path: string): string {
		if (failure) throw failure;
		if (!loadedApp) throw new Error("The harness has not started.");
		return loadedApp.vault.readNow(path);
	},
	openedNote(): string | null {
		const view = loadedApp?.workspace.activeLeaf?.view;
		return view instanceof MarkdownView ? (view.file?.path ?? null) : null;
	},
	setTheme(theme: "light" | "dark"): void {
		document.body.toggleClass("theme-light", theme === "light");
		document.body.toggleClass("theme-dark", theme === "dark");
	},
};
