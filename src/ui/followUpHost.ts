import { App } from "obsidian";
import { FollowUpSettings } from "../rules";
import { DayClock } from "../obsidian/dayClock";
import { FollowUpIndex } from "../obsidian/followUpIndex";

/** What the view, status bar and notice need from the plugin (the plugin is one; tests pass their own). */
export interface FollowUpHost {
	app: App;
	index: FollowUpIndex;
	clock: DayClock;
	settings: FollowUpSettings;
}

/** A host whose settings can be changed and saved (the settings tab's). */
export interface SettingsHost extends FollowUpHost {
	saveSettings(): Promise<void>;
}
