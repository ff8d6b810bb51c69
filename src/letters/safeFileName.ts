/**
 * The characters a note's file name may not hold: those Windows, macOS or Android refuse (`\ / : * ? " < > |`)
 * and those Obsidian's links give a meaning to (`# ^ [ ]`).
 */
const UNSAFE = /[\\/:*?"<>|#^[\]]/g;
// Control characters are never meant in a name (a pasted title may carry a tab or a line break).
const CONTROL = new RegExp(`[${String.fromCharCode(0)}-${String.fromCharCode(31)}${String.fromCharCode(127)}]`, "g");
const MAX_LENGTH = 120;

/**
 * A file name (without `.md`) made from text a user typed: unsafe characters removed, runs of spaces made
 * one, no leading dot (Obsidian hides such files) and no trailing dot or space (Windows drops them), cut
 * to a length every file system accepts. `fallback` when nothing is left.
 */
export function safeFileName(text: string, fallback = "Untitled"): string {
	let name = text.replace(CONTROL, " ").replace(UNSAFE, "").replace(/\s+/g, " ").trim();
	name = name.replace(/^[.\s]+/, "");
	if (name.length > MAX_LENGTH) name = name.slice(0, MAX_LENGTH);
	name = name.replace(/[.\s]+$/, "");
	return name === "" ? fallback : name;
}

/**
 * The path of a new note `<folder>/<name>.md` that does not exist yet: the name as is, else with " 2",
 * " 3", … added, so a new note never overwrites one. `exists` answers for a vault path; the comparison
 * ignores case, as macOS and Windows file systems do.
 */
export function uniqueNotePath(folder: string, name: string, exists: (path: string) => boolean): string {
	const prefix = folder === "" || folder === "/" ? "" : `${folder.replace(/\/+$/, "")}/`;
	for (let count = 1; ; count++) {
		const path = `${prefix}${count === 1 ? name : `${name} ${count}`}.md`;
		if (!exists(path)) return path;
	}
}
