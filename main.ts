import { Platform, Plugin } from "obsidian";
import { AgendaItem, CalendarDay, DEFAULT_SETTINGS, FollowUpSettings, readSettings } from "./src/rules";
import { DayClock } from "./src/obsidian/dayClock";
import { FollowUpIndex } from "./src/obsidian/followUpIndex";
import { mergeSettings } from "./src/obsidian/settingsMerge";
import { registerLetterCommands } from "./src/commands/registerLetterCommands";
import { registerExportCalendarCommand } from "./src/commands/exportCalendarCommand";
import { registerCreateJobSearchBaseCommand } from "./src/commands/createJobSearchBaseCommand";
import { registerFollowUpsBasesView } from "./src/obsidian/basesView";
import { registerCliHandlers } from "./src/obsidian/cliHandlers";
import { AgendaView, VIEW_TYPE_AGENDA } from "./src/ui/agendaView";
import { runMainAction, shareSuggestion } from "./src/ui/followUpActions";
import { callContact, copyDraft, emailDraft } from "./src/ui/draftActions";
import { PipelineView, VIEW_TYPE_PIPELINE } from "./src/ui/pipelineView";
import { revealAgendaView } from "./src/ui/revealAgendaView";
import { revealPipelineView } from "./src/ui/revealPipelineView";
import { FollowUpSettingTab } from "./src/ui/settingsTab";
import { showStartupNotice } from "./src/ui/startupNotice";
import { FollowUpStatusBar } from "./src/ui/statusBar";

/** How often the day clock looks for midnight (and for a laptop waking up the next day). */
const DAY_CHECK_MS = 60_000;

/** Interview follow-up: wiring only. The rules live in src/rules, the Obsidian side in src/obsidian and src/ui. */
export default class InterviewFollowUpPlugin extends Plugin {
	settings: FollowUpSettings = { ...DEFAULT_SETTINGS };
	/** Today in the local zone; triggers `"day-changed"` at midnight. */
	clock = new DayClock(() => new Date());
	/** The live index of interview notes; triggers `"changed"` after every update. */
	index!: FollowUpIndex;
	private statusBar: FollowUpStatusBar | null = null;
	private settingTab: FollowUpSettingTab | null = null;
	/** The settings as `data.json` held them when last loaded or saved: what this device's changes are measured from. */
	private savedSettings: FollowUpSettings = { ...DEFAULT_SETTINGS };

	async onload(): Promise<void> {
		await this.loadSettings();
		this.index = new FollowUpIndex(this.app, this.settings);
		this.index.attach(this);
		this.registerInterval(window.setInterval(() => this.clock.check(), DAY_CHECK_MS));

		const drafts = {
			emailDraft: (item: AgendaItem, contact?: string) => emailDraft(this, item, contact),
			copyDraft: (item: AgendaItem, contact?: string) => copyDraft(this, item, contact),
			callContact: (item: AgendaItem) => callContact(this, item),
		};
		this.registerView(VIEW_TYPE_AGENDA, (leaf) =>
			new AgendaView(leaf, this, {
				runMainAction: (item) => runMainAction(this, item),
				openPipeline: () => void this.openPipeline(),
				drafts,
				shareSuggestion: (item, suggestion) => shareSuggestion(this, item, suggestion),
			}),
		);
		this.registerView(VIEW_TYPE_PIPELINE, (leaf) => new PipelineView(leaf, this));
		this.addRibbonIcon("calendar-check", "Open follow-up agenda", () => void this.openAgenda());
		this.addCommand({ id: "open-agenda", name: "Open follow-up agenda", callback: () => void this.openAgenda() });
		this.addCommand({ id: "open-pipeline", name: "Open job search pipeline", callback: () => void this.openPipeline() });
		registerLetterCommands(this);
		registerExportCalendarCommand(this);
		const basesView = registerFollowUpsBasesView(this, this, {
			runMainAction: (item) => runMainAction(this, item),
			drafts,
			shareSuggestion: (item, suggestion) => shareSuggestion(this, item, suggestion),
		});
		registerCreateJobSearchBaseCommand(this, basesView);
		registerCliHandlers(this, this);
		this.settingTab = new FollowUpSettingTab(this.app, this, this);
		this.addSettingTab(this.settingTab);
		// No status bar on mobile (obsidian.d.ts: "Not available on mobile"); the start-up notice carries the count.
		if (!Platform.isMobile) this.statusBar = new FollowUpStatusBar(this.addStatusBarItem(), this, () => void this.openAgenda(), this);
		this.app.workspace.onLayoutReady(() => void showStartupNotice(this));
	}

	/** Today in the local zone. */
	today(): CalendarDay {
		return this.clock.today();
	}

	/** Reveals the agenda in the right sidebar (creating it the first time). */
	async openAgenda(): Promise<void> {
		await revealAgendaView(this.app.workspace);
	}

	/** Shows the job search pipeline in a tab of the main area (creating it the first time). */
	async openPipeline(): Promise<void> {
		await revealPipelineView(this.app.workspace);
	}

	/** Loads `data.json`; unusable values fall back to their defaults (and are reported in the console). */
	async loadSettings(): Promise<void> {
		const { settings, problems } = readSettings(await this.loadData());
		for (const problem of problems) console.warn(`Interview follow-up: ${problem.message}`);
		this.settings = settings;
		this.savedSettings = { ...settings };
	}

	/**
	 * Saves the settings to `data.json`, where the command line reads them too, and re-reads the vault with them.
	 * `data.json` is read again first: only what changed here since the last load or save is written over it, so
	 * a value another device saved meanwhile (through sync) is kept, not overwritten with the one held here.
	 */
	async saveSettings(): Promise<void> {
		const stored: unknown = await this.loadData();
		const local = this.settings;
		const merged = mergeSettings(this.savedSettings, local, readSettings(stored).settings);
		// Keys this version does not know (a newer version's, on another device) stay in the file.
		const kept: object = stored !== null && typeof stored === "object" && !Array.isArray(stored) ? stored : {};
		await this.saveData({ ...kept, ...merged });
		this.settings = merged;
		this.savedSettings = { ...merged };
		this.index?.setSettings(this.settings);
		this.statusBar?.update();
		// The tab shows what it saved; only values that came from elsewhere make it show them anew.
		if ((Object.keys(merged) as (keyof FollowUpSettings)[]).some((key) => merged[key] !== local[key])) this.settingTab?.refresh();
	}

	/**
	 * obsidian.d.ts: "Called when the `data.json` file is modified on disk externally from Obsidian. This usually
	 * means that a Sync service or external program has modified the plugin settings." Reloads them, reads the
	 * vault again with them, and refreshes the views, the count and the settings tab.
	 */
	async onExternalSettingsChange(): Promise<void> {
		await this.loadSettings();
		this.settingsChanged();
	}

	private settingsChanged(): void {
		this.index?.setSettings(this.settings);
		this.statusBar?.update();
		this.settingTab?.refresh();
	}
}
