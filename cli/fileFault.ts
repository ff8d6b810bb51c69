import { Problem } from "../src/rules";

/**
 * A Markdown file the command line found but could not read as a note (SPEC.md section 7), said as what
 * happened and what to do. Never "fix the YAML": its YAML was never read.
 */
export interface FileFault {
	/** Vault path, with `/` separators. */
	path: string;
	/** What happened, as a clause after "it": "it was deleted while the vault was read". */
	what: string;
	/** What to do, as a sentence: "Run the command again." */
	todo: string;
}

/** The line on standard error for a file that was not read; `inInterviews`: it is also a problem of the agenda. */
export function faultWarning(fault: FileFault, inInterviews: boolean): string {
	const missing = inInterviews ? "" : " If it is a meeting note, it is missing from the agenda.";
	return `warning: skipped "${fault.path}": ${fault.what}. ${fault.todo}${missing}`;
}

/** The problem of a file in the interviews folder that could not be read: an error on the whole note. */
export function faultProblem(fault: FileFault): Problem {
	return { note: fault.path, field: null, severity: "error", message: `This note could not be read: ${fault.what}. ${fault.todo}` };
}

/** Why a read of `path` failed, from the file-system error's code, as a fault. */
export function readFault(path: string, error: unknown): FileFault {
	const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
	switch (code) {
		case "ENOENT":
			return { path, what: "it was deleted while the vault was read", todo: "Run the command again; if the note was moved, it is read at its new place." };
		case "EACCES":
		case "EPERM":
			return { path, what: "permission denied", todo: "Give your user permission to read it (chmod u+r) and run the command again." };
		case "ERR_STRING_TOO_LONG":
			return { path, what: "it is too large to read as text (over 512 MB)", todo: "Split it into smaller notes." };
		case "EISDIR":
			return { path, what: "it became a folder while the vault was read", todo: "Run the command again." };
		default: {
			const message = typeof error === "object" && error !== null ? (error as { message?: unknown }).message : undefined;
			const detail = typeof code === "string" ? code : typeof message === "string" ? message.split("\n")[0] : String(error);
			return { path, what: `it could not be read (${detail})`, todo: "Check that the file is readable and run the command again." };
		}
	}
}

/** A file the walk found that is not a regular file, nor a link to one. */
export function notAFileFault(path: string, kind: string, viaLink: boolean): FileFault {
	return {
		path,
		what: `it is ${viaLink ? "a link to " : ""}${kind}, not a file`,
		todo: "Put the note in a regular file of that name, or rename it without .md.",
	};
}

/** A link whose target does not exist. */
export function danglingLinkFault(path: string, target: string | null): FileFault {
	return {
		path,
		what: target === null ? "it is a link to nothing" : `it is a link to "${target}", which does not exist`,
		todo: "Put the note back where the link points, or delete the link.",
	};
}

/** The warning line and problem message of a note whose bytes are not UTF-8 (read with U+FFFD, as Obsidian does). */
export const NOT_UTF8 = {
	what: "is not UTF-8 text: the bytes that are not UTF-8 are read as \uFFFD, as Obsidian shows them, so names and dates in it may be wrong",
	todo: "Save it as UTF-8 (in your text editor: save with encoding UTF-8).",
};

/** The message of frontmatter nested deeper than the YAML reader goes (js-yaml 4 stops at 100 levels). */
export const TOO_DEEP = {
	what: "its frontmatter is nested deeper than 100 levels, more than is read",
	todo: "Keep the properties to a few levels (key: value lines, lists, a map or two) so this meeting can be scheduled.",
};
