import { Dirent, readdirSync, statSync } from "fs";
import { isMarkdownPath } from "../src/rules";
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
 * a link back up the tree cannot loop. A subfolder that cannot be read, and a link to nothing, are reported through
 * `warn` and skipped.
 */
export function walkVault(vault: string, warn: (line: string) => void): string[] {
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
				const target = linkTarget(`${vault}/${path}`);
				if (target === "file") notes.push(path);
				// A link to nothing may have been a meeting note: say so rather than skip it without a word.
				else if (target === "nothing") warn(`warning: skipped "${path}": it is a link to nothing.`);
			}
		}
	}
	return notes;
}

// The plugin's test (`extension === "md"`, lower case): `Acme.MD` is no note for either.
function isMarkdown(name: string): boolean {
	return isMarkdownPath(name);
}

function linkTarget(path: string): "file" | "folder or other" | "nothing" {
	try {
		return statSync(path).isFile() ? "file" : "folder or other";
	} catch {
		return "nothing";
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
