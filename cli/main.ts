// The command line's entry (build/cli.cjs): reads the clock once, here at the edge, and sets the exit status.
import { localToday } from "../src/rules";
import { runCommandLine } from "./commandLine";
import { PROCESS_OUTPUT } from "./commandOutput";
import { CLOSED_OUTPUT_LINE, standardOutputWasClosed, watchStandardOutput } from "./standardOutput";

watchStandardOutput();

if (standardOutputWasClosed()) {
	// Whatever the command printed would be lost: say so, rather than exit 0 having written nothing.
	process.stderr.write(`${CLOSED_OUTPUT_LINE}\n`);
	process.exitCode = 1;
} else {
	try {
		// exitCode rather than exit(): a large agenda piped to another program is written out in full first.
		process.exitCode = runCommandLine(process.argv.slice(2), PROCESS_OUTPUT, () => localToday(new Date()));
	} catch (error) {
		process.stderr.write(`interview-follow-up: unexpected failure: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
		process.exitCode = 1;
	}
}
