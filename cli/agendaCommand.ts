import { CalendarDay } from "../src/rules";
import { formatAgendaText, agendaToJson } from "./agendaPrinter";
import { parseAgendaArguments } from "./arguments";
import { CommandOutput } from "./commandOutput";
import { readVaultAgenda } from "./vaultAgenda";
import { readVaultSettings } from "./vaultSettings";
import { checkVaultFolder } from "./vaultWalker";

/**
 * `agenda VAULT [--today YYYY-MM-DD] [--horizon DAYS] [--json]`: reads every note of the vault (never writing)
 * and prints its follow-up agenda and problems. `localToday` gives today when `--today` is not given (asked
 * only then: reading the local date costs a first use of the time-zone data). Returns the exit status, 0 even
 * when notes have problems; a bad call or vault throws a `UsageError`.
 */
export function runAgendaCommand(args: readonly string[], output: CommandOutput, localToday: () => CalendarDay): number {
	const options = parseAgendaArguments(args);
	checkVaultFolder(options.vault);
	const settings = readVaultSettings(options.vault, output.err);
	if (options.horizonDays !== null) settings.horizonDays = options.horizonDays;
	const agenda = readVaultAgenda(options.vault, options.today ?? localToday(), settings, output.err);
	output.out(options.json ? `${JSON.stringify(agendaToJson(agenda), null, 2)}\n` : formatAgendaText(agenda, settings.horizonDays, settings.callDelayDays));
	return 0;
}
