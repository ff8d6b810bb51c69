import { App } from "obsidian";
import { CalendarDay, FollowUpSettings } from "../rules";
import { FollowUpIndex } from "./followUpIndex";

/**
 * What the letters, commands and modals need from the plugin: the app, the settings, the live index and
 * today. The plugin is one; tests pass their own.
 */
export interface LetterHost {
	app: App;
	settings: FollowUpSettings;
	index: Pick<FollowUpIndex, "agenda" | "stepsOf" | "interviewOf" | "interviews" | "isInterview" | "threadNotes" | "shares">;
	/** Today in the local zone (the plugin's clock; a fixed day in tests). */
	today(): CalendarDay;
}
