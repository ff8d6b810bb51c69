import { basename, resolve } from "path";
import { writeIcs } from "../src/calendar";
import { CalendarDay } from "../src/rules";
import { readDayArgument, splitArguments } from "./arguments";
import { CommandOutput } from "./commandOutput";
import { UsageError } from "./usageError";
import { readVaultAgenda } from "./vaultAgenda";
import { readVaultSettings } from "./vaultSettings";
import { checkVaultFolder } from "./vaultWalker";

/**
 * The vault's name as Obsidian knows it: the folder's own name ("Job search" for `~/Notes/Job search/` or `.`
 * inside it), which is what an `obsidian://open?vault=` link must name.
 */
export function vaultNameOf(vault: string): string {
	return basename(resolve(vault)) || vault;
}

/**
 * `ics VAULT [--today YYYY-MM-DD]`: prints the vault's follow-ups as an iCalendar file (see `agendaToIcs`),
 * every open step whatever its bucket, reading the notes but never writing. Notes that cannot be scheduled are
 * not in the calendar; one line on standard error says how many, so they are not missed. Returns the exit
 * status, 0; a bad call, date or vault throws a `UsageError` (exit 2), as for `agenda`.
 */
export function runIcsCommand(args: readonly string[], output: CommandOutput, localToday: () => CalendarDay): number {
	const { flags, positional } = splitArguments("ics", args, ["--today"], []);
	if (positional.length === 0) throw new UsageError("ics: missing VAULT, the vault folder to read.");
	if (positional.length > 1) throw new UsageError(`ics: expected one VAULT folder, found also "${positional[1]}".`);
	const [vault] = positional;
	const todayFlag = flags.get("--today");
	const today = todayFlag === undefined ? null : readDayArgument("--today", todayFlag);
	checkVaultFolder(vault);
	const settings = readVaultSettings(vault, output.err);
	const agenda = readVaultAgenda(vault, today ?? localToday(), settings, output.err);
	// Written out in pieces of about 64 KiB as the events are made: the whole file is never held at once.
	let pending: string[] = [];
	let size = 0;
	const flush = () => {
		if (pending.length > 0) output.out(pending.join(""));
		pending = [];
		size = 0;
	};
	writeIcs(agenda, { vaultName: vaultNameOf(vault), callDelayDays: settings.callDelayDays, reminderTime: settings.reminderTime }, (text) => {
		pending.push(text);
		size += text.length;
		if (size >= 65_536) flush();
	});
	flush();
	const unscheduled = new Set(agenda.problems.filter((problem) => problem.severity === "error").map((problem) => problem.note)).size;
	if (unscheduled > 0) {
		const notes = unscheduled === 1 ? "1 interview note has an error and is" : `${unscheduled} interview notes have errors and are`;
		output.err(`warning: ${notes} not in the calendar; run "interview-follow-up agenda" to see why.`);
	}
	return 0;
}
