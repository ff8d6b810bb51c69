import { readFileSync, readlinkSync } from "fs";
import { reasonOf } from "./vaultWalker";

/** How the command line tells a failed write of standard output (SPEC.md section 7). */
const PREFIX = "interview-follow-up: could not write the output";

/**
 * Watches standard output for failures: a reader that stopped early (`… | head -1`, EPIPE) ends the process
 * quietly, as other command-line tools do; any other failure (a full disk, `> /dev/full`) is one line on standard
 * error and exit status 1, never a stack trace.
 */
export function watchStandardOutput(): void {
	process.stdout.on("error", (error: Error & { code?: unknown }) => {
		if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
		process.stderr.write(`${PREFIX}: ${describe(error)}.\n`);
		process.exit(1);
	});
}

function describe(error: Error & { code?: unknown }): string {
	if (error.code === "ENOSPC") return "no space left on the device (ENOSPC)";
	const reason = reasonOf(error);
	return typeof error.code === "string" && reason !== error.code ? `${reason} (${error.code})` : reason;
}

/**
 * Whether the command was started with standard output closed (`… >&-`). Node then opens /dev/null for reading
 * and writing in its place, so every write would succeed into nothing and the command would exit 0 having
 * printed nothing. On Linux that stand-in is seen in /proc: fd 1 is /dev/null with access mode O_RDWR, where a
 * shell's `> /dev/null` opens it write-only. A parent that discards the output by passing /dev/null opened for
 * both (Node's `stdio: "ignore"`, Python's DEVNULL) looks the same, and is told so; elsewhere: `false`.
 */
export function standardOutputWasClosed(): boolean {
	if (process.platform !== "linux") return false;
	try {
		if (readlinkSync("/proc/self/fd/1") !== "/dev/null") return false;
		const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync("/proc/self/fdinfo/1", "utf8"));
		return flags !== null && (parseInt(flags[1], 8) & 0o3) === 0o2; // O_ACCMODE is O_RDWR
	} catch {
		return false;
	}
}

/** The line said when standard output is closed. */
export const CLOSED_OUTPUT_LINE =
	`${PREFIX}: standard output is closed (or is /dev/null opened for reading and writing, which Node puts in place of a closed one). ` +
	"Send it to the terminal, a file or a pipe; > /dev/null discards it.";
