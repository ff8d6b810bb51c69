/** @jest-environment jsdom */
// Settings follow sync (SPEC section 8): data.json changed on another device reaches this one through
// `onExternalSettingsChange`, and a save here never writes stale values over newer ones.
import { App, Component, Setting } from "../mocks/obsidian";
import { FollowUpSettingTab } from "../../src/ui/settingsTab";
import { FollowUpIndex } from "../../src/obsidian/followUpIndex";
import { DEFAULT_SETTINGS } from "../../src/rules";
import { flush, Harness, loadPlugin, morningOf, note } from "./harness";

const TODAY = "2026-11-27";
// An overdue letter, in a folder the default settings do not read.
const FILES = { "Jobs/Acme.md": note("date: 2026-11-20\noutcome: well\ncompany: Acme\ninterviewer: Jane") };

afterEach(() => jest.useRealTimers());

type Data = Record<string, unknown>;
const dataOf = (harness: Harness): Data => (harness.plugin as unknown as { data: Data }).data;
const setDataOnDisk = (harness: Harness, data: Data) => ((harness.plugin as unknown as { data: Data }).data = data);
const fromSync = (harness: Harness, data: Data) => (harness.plugin as unknown as { changeDataExternally(data: Data): Promise<void> }).changeDataExternally(data);
const statusBar = (harness: Harness) => harness.app.statusBarEl.find(".ifu-status-bar");
const tabOf = (harness: Harness) => harness.app.settingTabs[0] as unknown as FollowUpSettingTab;

/** The value shown in the text field of the row named `name`. */
function fieldValue(el: HTMLElement, name: string): string {
	const row = el.findAll(".setting-item").find((item) => item.find(".setting-item-name")?.getText() === name);
	return (row?.find("input") as HTMLInputElement | undefined)?.value ?? "(no row)";
}

/** Renders definitions Obsidian 1.13 obtained earlier (it keeps them and renders them again later). */
function render(tab: FollowUpSettingTab, definitions: ReturnType<FollowUpSettingTab["getSettingDefinitions"]>): void {
	tab.containerEl.empty();
	for (const group of definitions) {
		if (!("type" in group) || group.type !== "group") continue;
		for (const item of group.items ?? []) {
			if (!("render" in item) || !item.render) continue;
			item.render(new Setting(tab.containerEl).setName(item.name) as never, null as never);
		}
	}
}

describe("settings changed on another device reach this one", () => {
	it("reloads them and reads the vault again with them: the count follows", async () => {
		const harness = await loadPlugin(FILES, morningOf(TODAY));
		await harness.plugin.index.ready;
		expect(statusBar(harness).hasClass("ifu-hidden")).toBe(true);
		await fromSync(harness, { interviewsFolder: "Jobs" });
		await flush();
		expect(harness.plugin.settings.interviewsFolder).toBe("Jobs");
		expect(statusBar(harness).getText()).toMatch(/^\d+ follow-ups? due$/);
	});

	it("a settings tab on screen shows the new values", async () => {
		const harness = await loadPlugin(FILES, morningOf(TODAY));
		const tab = tabOf(harness);
		(tab as { display(): void }).display(); // Obsidian < 1.13 renders a tab this way
		document.body.appendChild(tab.containerEl);
		expect(fieldValue(tab.containerEl, "Coming up")).toBe(String(DEFAULT_SETTINGS.horizonDays));
		await fromSync(harness, { horizonDays: 21 });
		expect(fieldValue(tab.containerEl, "Coming up")).toBe("21");
	});

	it("Obsidian 1.13's kept definitions read each value when rendered, not when they were made", async () => {
		const harness = await loadPlugin(FILES, morningOf(TODAY));
		const tab = tabOf(harness);
		const definitions = tab.getSettingDefinitions();
		await fromSync(harness, { horizonDays: 21, myName: "Sam Lee", showStatusBar: false });
		render(tab, definitions);
		expect(fieldValue(tab.containerEl, "Coming up")).toBe("21");
		expect(fieldValue(tab.containerEl, "Your name")).toBe("Sam Lee");
		expect(tab.containerEl.find(".checkbox-container")?.hasClass("is-enabled")).toBe(false);
	});
});

describe("a save never writes stale values over newer ones", () => {
	it("a value another device saved meanwhile is kept; only what changed here is written", async () => {
		const harness = await loadPlugin(FILES, morningOf(TODAY), { myName: "Alex" });
		// Sync has written data.json, and this device has not heard of it yet.
		setDataOnDisk(harness, { myName: "Sam Lee", interviewsFolder: "Jobs" });
		harness.plugin.settings = { ...harness.plugin.settings, horizonDays: 21 };
		await harness.plugin.saveSettings();
		expect(dataOf(harness)).toEqual(expect.objectContaining({ myName: "Sam Lee", interviewsFolder: "Jobs", horizonDays: 21 }));
		expect(harness.plugin.settings).toEqual(expect.objectContaining({ myName: "Sam Lee", interviewsFolder: "Jobs", horizonDays: 21 }));
	});

	it("a key this version does not know stays in data.json", async () => {
		const harness = await loadPlugin(FILES, morningOf(TODAY), { fromANewerVersion: true });
		harness.plugin.settings = { ...harness.plugin.settings, myName: "Sam" };
		await harness.plugin.saveSettings();
		expect(dataOf(harness)).toEqual(expect.objectContaining({ fromANewerVersion: true, myName: "Sam" }));
	});
});

describe("the index does not wait for a resolved that already happened", () => {
	it("a cache that finished reading between load and layout-ready (no resolved heard) gives a complete index at once", async () => {
		jest.useFakeTimers();
		const app = new App();
		app.vault.seed(FILES);
		app.metadataCache.initialized = false;
		const index = new FollowUpIndex(app as never, { ...DEFAULT_SETTINGS, interviewsFolder: "Jobs" });
		index.attach(new Component() as never);
		app.metadataCache.initialized = true; // read, without a `resolved` this plugin heard
		app.workspace.triggerLayoutReady();
		expect(index.isComplete()).toBe(true);
	});
});
