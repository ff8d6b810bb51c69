// The command line's entry (build/cli.cjs): reads the clock once, here at the edge, and sets the exit status.
import { localToday } from "../src/rules";
import { runCommandLine } from "./commandLine";
import { PROCESS_OUTPUT } from "./commandOutput";

// A reader that stops early (`… | head`) closes the pipe: that is not a failure worth a stack trace.
process.stdout.on("error", (error: Error & { code?: unknown }) => {
	if (error.code !== "EPIPE") throw error;
	process.exit(process.exitCode ?? 0);
});

try {
	// exitCode rather than exit(): a large agenda piped to another program is written out in full first.
	process.exitCode = runCommandLine(process.argv.slice(2), PROCESS_OUTPUT, () => localToday(new Date()));
} catch (error) {
	process.stderr.write(`interview-follow-up: unexpected failure: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
	process.exitCode = 1;
}
