/**
 * A mistake in how the command line was called, or a VAULT it cannot use. The command stops with exit
 * status 2 and prints the message, which is one line saying what was found and what is expected.
 */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "UsageError";
	}
}
