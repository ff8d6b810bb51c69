import { readdirSync, readFileSync } from "fs";
import { join } from "path";

/** The example vault the README opens, and the fixture vault both readers are held to. */
export const EXAMPLE_VAULT = join(__dirname, "..", "..", "example-vault");
export const SHARED_VAULT = join(__dirname, "..", "fixtures", "shared-vault");

/** Every file of a folder, as Obsidian lists them: hidden folders (`.obsidian`, `.trash`) are not part of the vault. */
export function filesOf(root: string, folder = ""): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
		if (entry.isDirectory()) Object.assign(files, filesOf(root, path));
		else files[path] = readFileSync(join(root, path), "utf8");
	}
	return files;
}

/** The plugin's `data.json` of a vault folder, or `null` when it has none. */
export function settingsOf(root: string): unknown {
	try {
		return JSON.parse(readFileSync(join(root, ".obsidian", "plugins", "interview-follow-up", "data.json"), "utf8"));
	} catch {
		return null;
	}
}
