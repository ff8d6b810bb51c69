import { runCommandLine } from "../../cli/commandLine";
import { dayFromParts } from "../../src/rules";

/** What one run of the command line printed, and its exit status. */
export interface CliRun {
	status: number;
	stdout: string;
	/** Lines written to standard error. */
	stderr: string[];
}

/** The local "today" passed to in-process runs that give no --today: a fixed day, so tests never read the clock. */
export const CLOCK_TODAY = dayFromParts(2026, 11, 27) as number;

/** Runs the command line in-process on `argv` (without `node` and the script), capturing what it prints. */
export function runCli(...argv: string[]): CliRun {
	let stdout = "";
	const stderr: string[] = [];
	const status = runCommandLine(argv, { out: (text) => (stdout += text), err: (line) => stderr.push(line) }, () => CLOCK_TODAY);
	return { status, stdout, stderr };
}
