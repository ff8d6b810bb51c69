import { Plugin } from "obsidian";
import { DEFAULT_SETTINGS, FollowUpSettings, readSettings } from "./src/rules";

/** Interview follow-up: wiring only. The rules live in src/rules, the Obsidian side in src/obsidian and src/ui. */
export default class InterviewFollowUpPlugin extends Plugin {
	settings: FollowUpSettings = { ...DEFAULT_SETTINGS };

	async onload(): Promise<void> {
		await this.loadSettings();
	}

	/** Loads `data.json`; unusable values fall back to their defaults (and are reported in the console). */
	async loadSettings(): Promise<void> {
		const { settings, problems } = readSettings(await this.loadData());
		for (const problem of problems) console.warn(`Interview follow-up: ${problem.message}`);
		this.settings = settings;
	}

	/** Saves the settings to `data.json`, where the command line reads them too. */
	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
	}
}
