/** The message of something thrown, for a notice the user reads (an `Error`'s message, else its text). */
export function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
