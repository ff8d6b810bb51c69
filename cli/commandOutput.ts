/** Where a command writes: standard output and standard error, passed in so tests can capture them. */
export interface CommandOutput {
	/** Writes text to standard output as is (the caller ends it with a newline). */
	out: (text: string) => void;
	/** Writes one line to standard error (the newline is added). */
	err: (line: string) => void;
}

/** The process's own standard output and standard error. */
export const PROCESS_OUTPUT: CommandOutput = {
	out: (text) => {
		process.stdout.write(text);
	},
	err: (line) => {
		process.stderr.write(`${line}\n`);
	},
};
