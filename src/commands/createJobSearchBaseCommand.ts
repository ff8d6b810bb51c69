import { App, normalizePath, Notice, Plugin, TFile } from "obsidian";
import { JOB_SEARCH_BASE_FILE, jobSearchBaseText } from "../bases/jobSearchBase";
import { messageOf } from "../obsidian/errorMessage";
import { FollowUpSettings } from "../rules";

/** What the command needs from the plugin: the app and the folder settings. */
export interface JobSearchBaseHost {
	app: App;
	settings: Pick<FollowUpSettings, "interviewsFolder" | "templatesFolder" | "shareFolder">;
}

/**
 * Writes `Job search.base` at the vault's root (see `jobSearchBaseText`) and opens it. Never over a file: when
 * one is there already (in any letter case, as macOS and Windows see names), it is opened instead, and a notice
 * says so. `withFollowUps`: the "Follow-ups" Bases view type is registered, so the base offers it as a third
 * view. Returns the file opened and whether it was created.
 */
export async function createJobSearchBase(host: JobSearchBaseHost, withFollowUps: boolean): Promise<{ file: TFile; created: boolean }> {
	const { vault, workspace } = host.app;
	const path = normalizePath(JOB_SEARCH_BASE_FILE);
	const existing = vault.getFiles().find((file) => file.path.toLowerCase() === path.toLowerCase());
	const file = existing ?? (await vault.create(path, jobSearchBaseText(host.settings, withFollowUps)));
	await workspace.getLeaf(false).openFile(file);
	return { file, created: existing === undefined };
}

/** Runs `createJobSearchBase` and says in a notice what it did, or why it could not. */
export async function createJobSearchBaseWithNotice(host: JobSearchBaseHost, withFollowUps: boolean): Promise<void> {
	try {
		const { file, created } = await createJobSearchBase(host, withFollowUps);
		new Notice(
			created
				? `Created ${file.path}: every meeting note as a table, and grouped by status.`
				: `${file.path} already exists, so it was left as it is and opened. Rename or delete it to create a new one.`,
		);
	} catch (error) {
		new Notice(`Could not create ${JOB_SEARCH_BASE_FILE}: ${messageOf(error)}`);
	}
}

/** Adds "Create job search base" (no default hotkey); `withFollowUps` as for `createJobSearchBase`. */
export function registerCreateJobSearchBaseCommand(plugin: Plugin & JobSearchBaseHost, withFollowUps: boolean): void {
	plugin.addCommand({
		id: "create-job-search-base",
		name: "Create job search base",
		callback: () => void createJobSearchBaseWithNotice(plugin, withFollowUps),
	});
}
