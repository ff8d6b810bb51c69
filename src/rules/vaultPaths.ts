// Questions about a note's place in the vault, asked of every note of a big vault: written without building strings.

/**
 * SPEC.md section 1: the config folder and `.trash` are never read. Obsidian indexes no file or folder whose name
 * starts with a dot, and its config folder (whatever the user named it) always does, so hidden paths are skipped.
 */
export function isHiddenPath(path: string): boolean {
	return path.charCodeAt(0) === 46 /* . */ || path.includes("/.");
}

/** Whether `path` lies under `folder` (a vault path without a trailing `/`); nothing lies under `""`. */
export function isUnderFolder(path: string, folder: string): boolean {
	return folder !== "" && path.length > folder.length && path.charCodeAt(folder.length) === 47 /* / */ && path.startsWith(folder);
}

/**
 * A Markdown note's name ends in `.md`, lower case (SPEC.md section 1): Obsidian opens a file as a note when
 * its `TFile.extension === "md"`, so `Notes.MD` is an attachment to it and never a note. The command line's
 * walk asks the same question (`cli/vaultWalker.ts`).
 */
export function isMarkdownPath(path: string): boolean {
	const n = path.length;
	return n > 3 && path.charCodeAt(n - 3) === 46 /* . */ && path.charCodeAt(n - 2) === 109 /* m */ && path.charCodeAt(n - 1) === 100 /* d */;
}
