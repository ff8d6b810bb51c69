import { Dirent, readdirSync, readlinkSync, Stats, statSync } from "fs";
import { isMarkdownPath } from "../src/rules";
import { danglingLinkFault, faultWarning, FileFault, notAFileFault, readFault } from "./fileFault";
import { UsageError } from "./usageError";

/**
 * Checks that `vault` is a folder the command line can read, and says what is wrong when it is not
 * (missing, a file, unreadable) as one line, so the command stops before reading anything.
 */
export function checkVaultFolder(vault: string): void {
	let isFolder: boolean;
	try {
		isFolder = statSync(vault).isDirectory();
	} catch (error) {
		throw new UsageError(`No vault folder at "${vault}" (${reasonOf(error)}); expected the path of an Obsidian vault.`);
	}
	if (!isFolder) throw new UsageError(`"${vault}" is a file, not a folder; expected the path of an Obsidian vault.`);
	try {
		readdirSync(vault);
	} catch (error) {
		throw new UsageError(`Cannot read the vault folder "${vault}" (${reasonOf(error)}).`);
	}
}

/**
 * Every Markdown note of a vault, as vault paths with `/` separators (`Interviews/Acme.md`), in no set order.
 *
 * Names starting with "." are skipped, folders included: Obsidian does not index them either, which keeps
 * `.obsidian` and `.trash` out as SPEC.md asks (and `.git` too). Symbolic links are followed to files only, so
 * a link back up the tree cannot loop. A subfolder that cannot be read is said through `warn` and skipped.
 * A Markdown name that cannot be read as a note (a named pipe, a link to nothing or to a pipe) is handed to
 * `unreadable` (by default, a warning line through `warn`): nothing the walk finds goes without a word.
 */
export function walkVault(vault: string, warn: (line: string) => void, unreadable: (fault: FileFault) => void = (fault) => warn(faultWarning(fault, false))): string[] {
	const notes: string[] = [];
	const pending: string[] = [""];
	while (pending.length > 0) {
		const folder = pending.pop() as string;
		let entries: Dirent[];
		try {
			entries = readdirSync(folder === "" ? vault : `${vault}/${folder}`, { withFileTypes: true });
		} catch (error) {
			warn(`warning: skipped the folder "${folder}" (${reasonOf(error)}).`);
			continue;
		}
		for (const entry of entries) {
			const name = entry.name;
			if (name.startsWith(".")) continue;
			const path = folder === "" ? name : `${folder}/${name}`;
			if (entry.isDirectory()) pending.push(path);
			else if (!isMarkdown(name)) continue;
			else if (entry.isFile()) notes.push(path);
			else if (entry.isSymbolicLink()) {
				const fault = linkFault(vault, path);
				if (fault === null) notes.push(path);
				else if (fault !== "folder") unreadable(fault);
			} else unreadable(notAFileFault(path, kindOf(entry), false));
		}
	}
	return notes;
}

// The plugin's test (`extension === "md"`, lower case): `Acme.MD` is no note for either.
function isMarkdown(name: string): boolean {
	return isMarkdownPath(name);
}

/** What a file system entry that is neither a file, a folder nor a link is, in a few words. */
function kindOf(entry: Dirent | Stats): string {
	if (entry.isFIFO()) return "a named pipe (FIFO)";
	if (entry.isSocket()) return "a socket";
	if (entry.isCharacterDevice() || entry.isBlockDevice()) return "a device";
	return "something other than a file";
}

/** `null` for a link to a file (read it), `"folder"` for a link to a folder (not followed), else why not. */
function linkFault(vault: string, path: string): FileFault | "folder" | null {
	let target: Stats;
	try {
		target = statSync(`${vault}/${path}`);
	} catch (error) {
		const code = (error as { code?: unknown }).code;
		if (code === "ENOENT" || code === "ENOTDIR") return danglingLinkFault(path, linkText(`${vault}/${path}`));
		if (code === "ELOOP") return { path, what: "it is a link that leads back to itself", todo: "Point the link at the note, or delete it." };
		return readFault(path, error);
	}
	if (target.isFile()) return null;
	if (target.isDirectory()) return "folder";
	return notAFileFault(path, kindOf(target), true);
}

function linkText(path: string): string | null {
	try {
		return readlinkSync(path);
	} catch {
		return null;
	}
}

const REASONS: Record<string, string> = {
	ENOENT: "it does not exist",
	EACCES: "permission denied",
	EPERM: "permission denied",
	ENOTDIR: "a part of the path is a file",
	EISDIR: "it is a folder",
	ERR_STRING_TOO_LONG: "it is too large to read as text",
};

/** A file-system error in a few words: "it does not exist" for ENOENT, else its code, else its first line. */
export function reasonOf(error: unknown): string {
	// Not `instanceof Error`: errors thrown by Node's fs come from another realm under some runners (jest).
	if (typeof error === "object" && error !== null) {
		const { code, message } = error as { code?: unknown; message?: unknown };
		if (typeof code === "string") return REASONS[code] ?? code;
		if (typeof message === "string") return message.split("\n")[0];
	}
	return String(error);
}
