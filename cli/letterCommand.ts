import { readFileSync } from "fs";
import { templateFileName, TemplateName } from "../src/letters";
import { CalendarDay, FollowUpSettings, Interview, localToday } from "../src/rules";
import { CALL_NOT_SENT, planLetter, printLetter, readStepArgument } from "../src/commandLine/letterPrinter";
import { readDayArgument, splitArguments } from "./arguments";
import { CommandOutput, PROCESS_OUTPUT } from "./commandOutput";
import { bodyStart, isNotUtf8, notUtf8Warning, readNote } from "./noteReader";
import { findNotePath } from "./notePath";
import { UsageError } from "./usageError";
import { readThreadOf } from "./noteThread";
import { readVaultSettings } from "./vaultSettings";
import { checkVaultFolder, reasonOf } from "./vaultWalker";

/** Where `letter` prints, and the edge values it would otherwise read itself (tests pass fixed ones). */
export interface LetterCommandIo extends CommandOutput {
	/** Today when `--today` is not given; the local date by default. */
	today?: CalendarDay;
	/** The language dates are written out in; the vault's letter-language setting by default. */
	locale?: string;
}

/**
 * `letter VAULT NOTE [--step letter|rejection-reply|introducer-thanks|call|check-in] [--today YYYY-MM-DD] [--mailto]`:
 * prints the filled drafts of one step of an interview note (SPEC.md section 7; default `rejection-reply` for a
 * rejected job interview, else `letter`, whose variant the note's kind and outcome pick), from the vault's template file when there is one, else the built-in
 * text, with the letter material from the note's frontmatter and body. A panel's letter is one draft per
 * person, printed one after another, each from its `Subject:` line (the advice comment above it is for the
 * note, not the terminal); `--mailto` prints one `mailto:` URL per draft instead (never for a call script). The
 * letter check of each draft goes to standard error, one `check:` line per item, with exit 0. Never writes. Returns the exit status: 0, or 2 with one line on
 * standard error for a missing vault or note, a note that is not an interview note, a step the note does not
 * have (naming the step or the note that has it), a bad flag or a bad date. A step the note has but that is
 * logged as done is printed, and standard error says so.
 */
export function runLetterCommand(args: readonly string[], io: LetterCommandIo = PROCESS_OUTPUT): number {
	try {
		return runLetter(args, io);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		io.err(error.message);
		return 2;
	}
}

function runLetter(args: readonly string[], io: LetterCommandIo): number {
	const { flags, positional } = splitArguments("letter", args, ["--step", "--today"], ["--mailto"]);
	if (positional.length === 0) throw new UsageError("letter: missing VAULT, the vault folder to read.");
	if (positional.length === 1) throw new UsageError("letter: missing NOTE, the interview note's path inside VAULT.");
	if (positional.length > 2) throw new UsageError(`letter: expected VAULT and NOTE, found also "${positional[2]}".`);
	const [vault, given] = positional;
	const asked = readStepArgument(flags.get("--step"));
	if (asked === "call" && flags.has("--mailto")) throw new UsageError(CALL_NOT_SENT);
	const todayFlag = flags.get("--today");
	const today = todayFlag === undefined ? (io.today ?? localToday(new Date())) : readDayArgument("--today", todayFlag);

	checkVaultFolder(vault);
	const path = findNotePath("letter", vault, given);
	const settings = readVaultSettings(vault, (line) => io.err(line));
	const note = readNote(vault, path);
	const threadOf = (interview: Interview) => readThreadOf(vault, interview, settings, () => undefined);
	const plan = planLetter({ path, note, threadOf }, asked, settings, io);
	const text = readFileSync(`${vault}/${path}`, "utf8");
	if (isNotUtf8(`${vault}/${path}`, text)) io.err(notUtf8Warning(path));
	printLetter(plan, {
		body: text.slice(bodyStart(text)),
		templateFile: readTemplateFile(vault, settings, plan.template, io),
		settings,
		today,
		locale: io.locale ?? settings.letterLocale,
		mailto: flags.has("--mailto"),
	}, io);
	return 0;
}

// The vault's own template file, or `null` for the built-in text; one that cannot be read is said and skipped.
function readTemplateFile(vault: string, settings: FollowUpSettings, name: TemplateName, io: LetterCommandIo): string | null {
	const folder = settings.templatesFolder === "" ? "" : `${settings.templatesFolder}/`;
	const path = `${folder}${templateFileName(name)}`;
	try {
		return readFileSync(`${vault}/${path}`, "utf8");
	} catch (error) {
		const code = (error as { code?: string }).code;
		if (code !== "ENOENT" && code !== "ENOTDIR") io.err(`warning: could not read ${path} (${reasonOf(error)}); the built-in template is used.`);
		return null;
	}
}
