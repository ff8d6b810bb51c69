import { App, normalizePath, TFile } from "obsidian";
import { uniqueNotePath } from "../letters";

/** Creates `folder` (and the folders above it) when it does not exist yet; the vault's root always does. */
export async function ensureFolder(app: App, folder: string): Promise<void> {
	if (folder === "" || folder === "/") return;
	if (app.vault.getAbstractFileByPath(folder)) return;
	await app.vault.createFolder(folder);
}

/**
 * Creates a new note `<folder>/<name>.md` with `content`, adding " 2", " 3", … to the name when it is taken
 * (ignoring case, as macOS and Windows do), so it never overwrites a note. `name` must already be a safe
 * file name (see `safeFileName`).
 */
export async function createNewNote(app: App, folder: string, name: string, content: string): Promise<TFile> {
	const normalizedFolder = folder.trim() === "" ? "" : normalizePath(folder);
	await ensureFolder(app, normalizedFolder);
	const taken = new Set(app.vault.getAllLoadedFiles().map((file) => file.path.toLowerCase()));
	const path = normalizePath(uniqueNotePath(normalizedFolder, name, (candidate) => taken.has(normalizePath(candidate).toLowerCase())));
	return app.vault.create(path, content);
}
