import { readFileSync } from "fs";
import { DEFAULT_SETTINGS, FollowUpSettings, readSettings } from "../src/rules";
import { reasonOf } from "./vaultWalker";

/**
 * Obsidian's configuration folder. Outside Obsidian there is no `Vault#configDir` to ask; a renamed folder is
 * a per-device choice not recorded in the vault, so the command line can only assume the default.
 */
export const CONFIG_FOLDER = ".obsidian";

/** Where the plugin keeps its settings, relative to the vault. */
export const SETTINGS_PATH = `${CONFIG_FOLDER}/plugins/interview-follow-up/data.json`;

/**
 * The plugin's settings for a vault, as the plugin itself would read them: its `data.json` when present,
 * else the defaults. A file that is not JSON, or a value that cannot be used, is said on `warn` (one line
 * each) and replaced by its default, so the agenda still prints.
 */
export function readVaultSettings(vault: string, warn: (line: string) => void): FollowUpSettings {
	let text: string;
	try {
		text = readFileSync(`${vault}/${SETTINGS_PATH}`, "utf8");
	} catch (error) {
		const code = (error as { code?: unknown }).code;
		if (code !== "ENOENT" && code !== "ENOTDIR") warn(`warning: could not read ${SETTINGS_PATH} (${reasonOf(error)}); the default settings are used.`);
		return { ...DEFAULT_SETTINGS };
	}
	let stored: unknown;
	try {
		stored = text.trim() === "" ? null : JSON.parse(text);
	} catch (error) {
		warn(`warning: ${SETTINGS_PATH} is not valid JSON (${reasonOf(error)}); the default settings are used.`);
		return { ...DEFAULT_SETTINGS };
	}
	const { settings, problems } = readSettings(stored);
	for (const problem of problems) warn(`warning: ${SETTINGS_PATH}: ${problem.message}`);
	return settings;
}
