import { CalendarDay, dayCountProblem, dayFromParts } from "../rules";
import { UsageError } from "./usageError";

/** What `agenda VAULT [--today YYYY-MM-DD] [--horizon DAYS] [--json]` asks for. */
export interface AgendaArguments {
	/** The vault folder as given (relative to the working directory or absolute). */
	vault: string;
	/** `--today`, or `null` for the local today. */
	today: CalendarDay | null;
	/** `--horizon`, or `null` for the vault's setting. */
	horizonDays: number | null;
	/** `--json`: print SPEC.md's JSON object instead of the readable agenda. */
	json: boolean;
}

/**
 * Reads a `YYYY-MM-DD` flag value into a calendar day. Stricter than note dates on purpose: a flag is typed
 * by hand just now, so anything but a real date (2026-02-30 included) is refused rather than guessed.
 */
export function readDayArgument(flag: string, text: string): CalendarDay {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	const day = match ? dayFromParts(Number(match[1]), Number(match[2]), Number(match[3])) : null;
	if (day === null) throw new UsageError(`${flag}: "${text}" is not a date; expected YYYY-MM-DD, for example 2026-11-27.`);
	return day;
}

/** Reads `--horizon` (or the flag named `flag`) as a whole number of days, within the same limits as the setting. */
export function readHorizonArgument(text: string, flag = "--horizon"): number {
	const value = /^[+-]?\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
	const problem = dayCountProblem("horizonDays", Number.isNaN(value) ? text : value);
	if (problem) throw new UsageError(`${flag}: ${problem}`);
	return value;
}

/**
 * Splits arguments into flags and positional words. Both `--flag value` and `--flag=value` are accepted;
 * `valued` names the flags that take a value. An unknown (or one-dash) or repeated flag, or a missing value,
 * is refused; words after `--` are all positional.
 */
export function splitArguments(
	command: string,
	args: readonly string[],
	valued: readonly string[],
	switches: readonly string[],
): { flags: Map<string, string>; positional: string[] } {
	const flags = new Map<string, string>();
	const positional: string[] = [];
	let flagsEnded = false;
	for (let index = 0; index < args.length; index++) {
		const word = args[index];
		// After "--" every word is a path, even one that starts with a dash.
		if (flagsEnded || !word.startsWith("-") || word === "-") {
			positional.push(word);
			continue;
		}
		if (word === "--") {
			flagsEnded = true;
			continue;
		}
		const equals = word.indexOf("=");
		const name = equals === -1 ? word : word.slice(0, equals);
		let value: string;
		if (valued.includes(name)) {
			if (equals !== -1) value = word.slice(equals + 1);
			else {
				const next = args[index + 1];
				if (next === undefined || next.startsWith("--")) throw new UsageError(`${command}: ${name} needs a value.`);
				value = next;
				index++;
			}
		} else if (switches.includes(name)) {
			if (equals !== -1) throw new UsageError(`${command}: ${name} takes no value.`);
			value = "";
		} else {
			const known = [...valued, ...switches].join(", ");
			throw new UsageError(`${command}: unknown option ${name}; expected ${known}.`);
		}
		if (flags.has(name)) throw new UsageError(`${command}: ${name} is given twice.`);
		flags.set(name, value);
	}
	return { flags, positional };
}

/** Reads the arguments that follow `agenda`. */
export function parseAgendaArguments(args: readonly string[]): AgendaArguments {
	const { flags, positional } = splitArguments("agenda", args, ["--today", "--horizon"], ["--json"]);
	if (positional.length === 0) throw new UsageError("agenda: missing VAULT, the vault folder to read.");
	if (positional.length > 1) throw new UsageError(`agenda: expected one VAULT folder, found also "${positional[1]}".`);
	const today = flags.get("--today");
	const horizon = flags.get("--horizon");
	return {
		vault: positional[0],
		today: today === undefined ? null : readDayArgument("--today", today),
		horizonDays: horizon === undefined ? null : readHorizonArgument(horizon),
		json: flags.has("--json"),
	};
}
