import { readFileSync, statSync } from "fs";
import { fillLetter, letterVariantOf, templateFileName, templateForStep, TemplateName, templateText } from "../letters";
import { CalendarDay, FollowUpSettings, isInterviewNote, localToday, StepKind } from "../rules";
import { readDayArgument, splitArguments } from "./arguments";
import { CommandOutput, PROCESS_OUTPUT } from "./commandOutput";
import { readNote } from "./noteReader";
import { UsageError } from "./usageError";
import { readVaultSettings } from "./vaultSettings";
import { checkVaultFolder, reasonOf } from "./vaultWalker";

/** Where `letter` prints, and the edge values it would otherwise read itself (tests pass fixed ones). */
export interface LetterCommandIo extends CommandOutput {
	/** Today when `--today` is not given; the local date by default. */
	today?: CalendarDay;
	/** The language dates are written out in; the system's by default. */
	locale?: string;
}

const STEPS: readonly StepKind[] = ["letter", "introducer-thanks", "call", "check-in"];

/**
 * `letter VAULT NOTE [--step letter|introducer-thanks|call|check-in] [--today YYYY-MM-DD]`: prints the filled
 * draft of one step of an interview note (default `letter`: thank-you or recovery by the note's outcome),
 * from the vault's template file when there is one, else the built-in text. Placeholders without a value
 * stay visible as `{{key}}`. Never writes. Returns the exit status: 0, or 2 with one line on standard error
 * for a missing vault or note, a note that is not an interview note, a bad flag or a bad date.
 */
export function runLetterCommand(args: readonly string[], io: LetterCommandIo = PROCESS_OUTPUT): number {
	try {
		return printLetter(args, io);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		io.err(error.message);
		return 2;
	}
}

function printLetter(args: readonly string[], io: LetterCommandIo): number {
	const { flags, positional } = splitArguments("letter", args, ["--step", "--today"], []);
	if (positional.length === 0) throw new UsageError("letter: missing VAULT, the vault folder to read.");
	if (positional.length === 1) throw new UsageError("letter: missing NOTE, the interview note's path inside VAULT.");
	if (positional.length > 2) throw new UsageError(`letter: expected VAULT and NOTE, found also "${positional[2]}".`);
	const [vault, given] = positional;
	const step = readStep(flags.get("--step"));
	const todayFlag = flags.get("--today");
	const today = todayFlag === undefined ? (io.today ?? localToday(new Date())) : readDayArgument("--today", todayFlag);

	checkVaultFolder(vault);
	const path = notePath(given);
	checkNoteFile(vault, path);
	const settings = readVaultSettings(vault, (line) => io.err(line));
	const note = readNote(vault, path);
	if (!isInterviewNote(note, settings)) {
		throw new UsageError(
			`letter: "${path}" is not an interview note; expected a note with frontmatter under "${settings.interviewsFolder || "(no folder)"}", tagged interview, or with type: interview.`,
		);
	}
	if (note.frontmatter === null) io.err(`warning: the frontmatter of "${path}" could not be read (${note.frontmatterError ?? "unknown reason"}); its placeholders stay as they are.`);

	let name = templateForStep(step, letterVariantOf(note.frontmatter));
	if (name === null) {
		io.err(`note: "${path}" has no outcome, so the thank-you letter is printed; set outcome: poorly for the recovery letter.`);
		name = "thank-you";
	}
	const draft = fillLetter(templateText(name, readTemplateFile(vault, settings, name, io)), {
		path,
		frontmatter: note.frontmatter,
		myName: settings.myName,
		today,
		locale: io.locale ?? Intl.DateTimeFormat().resolvedOptions().locale,
	});
	io.out(draft.endsWith("\n") ? draft : `${draft}\n`);
	return 0;
}

function readStep(value: string | undefined): StepKind {
	if (value === undefined) return "letter";
	if ((STEPS as readonly string[]).includes(value)) return value as StepKind;
	throw new UsageError(`letter: --step "${value}" is not a step; expected ${STEPS.join(", ")}.`);
}

// A vault path with `/` separators; a path that leaves the vault is refused rather than read.
function notePath(given: string): string {
	const path = given.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
	if (path.startsWith("/") || /^[A-Za-z]:/.test(path) || path.split("/").includes("..")) {
		throw new UsageError(`letter: NOTE must be a path inside the vault, such as Interviews/Acme.md; found "${given}".`);
	}
	return path;
}

function checkNoteFile(vault: string, path: string): void {
	let isFile: boolean;
	try {
		isFile = statSync(`${vault}/${path}`).isFile();
	} catch (error) {
		throw new UsageError(`letter: no note at "${path}" in "${vault}" (${reasonOf(error)}).`);
	}
	if (!isFile) throw new UsageError(`letter: "${path}" is a folder; expected a note such as ${path}/Acme.md.`);
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
