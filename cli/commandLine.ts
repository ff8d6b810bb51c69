import { CalendarDay } from "../src/rules";
import { runAgendaCommand } from "./agendaCommand";
import { CommandOutput } from "./commandOutput";
import { runIcsCommand } from "./icsCommand";
import { runLetterCommand } from "./letterCommand";
import { runSuggestCommand } from "./suggestCommand";
import { UsageError } from "./usageError";

/** What `--help` prints. */
export const USAGE = `Interview follow-up — the follow-up agenda of an Obsidian vault, from the command line (read-only).

Usage:
  agenda VAULT [--today YYYY-MM-DD] [--horizon DAYS] [--json]
      Lists what to follow up on: overdue, due now, coming up within the horizon, later; then the
      problems found in interview notes. Today defaults to the local date; the horizon to the vault's
      setting (14 days unless changed).
  letter VAULT NOTE [--step letter|rejection-reply|introducer-thanks|call|check-in] [--today YYYY-MM-DD] [--mailto]
      Prints the filled draft for one step of an interview note (default: the reply after a
      rejection for a rejected job interview, else its letter — thank-you, recovery, or thanks for
      a meeting), taking the letter material from the note's frontmatter and body sections. A
      panel gets one letter per person, one after another, each from its own Subject: line. NOTE is
      relative to VAULT (with VAULT in front, or without .md, is understood). --mailto prints one
      mailto: URL per letter instead. Placeholders left unfilled, and a step already logged as
      done, are said on standard error. Exit 2 for a step the note does not have.
  ics VAULT [--today YYYY-MM-DD]
      Prints every open follow-up as an all-day event of an iCalendar file, for a calendar app to import:
      interview-follow-up ics VAULT > follow-ups.ics
  suggest VAULT NOTE [--today YYYY-MM-DD] [--json] [--limit N]
      Prints what to share at the open check-in of NOTE's thread (any of its notes): your clippings
      (Clippings/, tagged clippings) and share-idea notes, ranked by what the thread's notes say of
      them (challenge, learned, advice, company, role), each with the words it matched; what you
      already shared with them comes last. Default limit 5. Exit 2 when NOTE is not an interview
      note or its thread has no open check-in.

Settings come from VAULT/.obsidian/plugins/interview-follow-up/data.json when present.
Exit status: 0 on success (problems in notes included); 2 for a bad call, date or vault.
`;

/**
 * Runs the command line on its arguments (without `node` and the script) and returns the exit status.
 * `localToday` gives the local date, read by the caller at the edge: nothing below reads the clock.
 */
export function runCommandLine(argv: readonly string[], output: CommandOutput, localToday: () => CalendarDay): number {
	try {
		const [command, ...rest] = argv;
		if (command === "--help" || command === "-h" || command === "help" || argv.includes("--help")) {
			output.out(USAGE);
			return 0;
		}
		switch (command) {
			case "agenda":
				return runAgendaCommand(rest, output, localToday);
			case "ics":
				return runIcsCommand(rest, output, localToday);
			case "suggest":
				return runSuggestCommand(rest, output, localToday);
			case "letter":
				return runLetterCommand(rest, { out: (text) => output.out(text), err: (line) => output.err(line), today: localToday() });
			case undefined:
				throw new UsageError("Missing command: expected agenda, letter, ics or suggest (see --help).");
			default:
				throw new UsageError(`Unknown command "${command}": expected agenda, letter, ics or suggest (see --help).`);
		}
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		output.err(error.message);
		return 2;
	}
}
