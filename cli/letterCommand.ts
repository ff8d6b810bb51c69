import { readFileSync, statSync } from "fs";
import { isAbsolute, relative, resolve, sep } from "path";
import { fillDrafts, letterVariantOf, mailtoUrl, templateFileName, templateForStep, TemplateName, templateText } from "../src/letters";
import {
	CalendarDay, DONE_KEYS, defaultLetterStep, displayText, FollowUpSettings, Interview, isInterviewNote, isRejectedInterview, isStepKind, localToday, NoteSource, parseInterviewNote, STEP_KINDS,
	StepKind, stepStateOf,
} from "../src/rules";
import { readDayArgument, splitArguments } from "./arguments";
import { CommandOutput, PROCESS_OUTPUT } from "./commandOutput";
import { bodyStart, isNotUtf8, notUtf8Warning, readNote } from "./noteReader";
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
		return printLetter(args, io);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		io.err(error.message);
		return 2;
	}
}

function printLetter(args: readonly string[], io: LetterCommandIo): number {
	const { flags, positional } = splitArguments("letter", args, ["--step", "--today"], ["--mailto"]);
	if (positional.length === 0) throw new UsageError("letter: missing VAULT, the vault folder to read.");
	if (positional.length === 1) throw new UsageError("letter: missing NOTE, the interview note's path inside VAULT.");
	if (positional.length > 2) throw new UsageError(`letter: expected VAULT and NOTE, found also "${positional[2]}".`);
	const [vault, given] = positional;
	const asked = readStep(flags.get("--step"));
	if (asked === "call" && flags.has("--mailto")) throw new UsageError("letter: a call script is not sent; --mailto is for letters (drop --mailto, or ask for another --step).");
	const todayFlag = flags.get("--today");
	const today = todayFlag === undefined ? (io.today ?? localToday(new Date())) : readDayArgument("--today", todayFlag);

	checkVaultFolder(vault);
	const path = findNotePath(vault, given);
	const settings = readVaultSettings(vault, (line) => io.err(line));
	const note = readNote(vault, path);
	if (!isInterviewNote(note, settings)) {
		throw new UsageError(
			`letter: "${path}" is not an interview note; expected a note with frontmatter under "${settings.interviewsFolder || "(no folder)"}", tagged interview, or with type: interview.`,
		);
	}
	const interview = readInterview(path, note);
	// The letter and the introducer's thanks are each note's own; the rest is decided by the thread's latest note.
	const ownStep = asked === "introducer-thanks" || (asked === "letter" && !isRejectedInterview(interview)) || (asked === undefined && !isRejectedInterview(interview));
	const thread = ownStep ? [interview] : readThreadOf(vault, interview, settings, () => undefined);
	const step = asked ?? defaultLetterStep(thread, path, settings);
	const state = stepStateOf(thread, path, step, settings);
	if (state.state === "absent") refuseStep(path, interview, step, state.owner?.note ?? null, thread, settings);
	if (state.state === "done") io.err(`note: the ${step} of "${path}" is logged as done (${DONE_KEYS[step]}); its draft is printed all the same.`);

	let name = templateForStep(step, letterVariantOf(note.frontmatter));
	if (name === null) {
		io.err(`note: "${path}" has no outcome, so the thank-you letter is printed; set outcome: poorly for the recovery letter.`);
		name = "thank-you";
	}
	const text = readFileSync(`${vault}/${path}`, "utf8");
	if (isNotUtf8(`${vault}/${path}`, text)) io.err(notUtf8Warning(path));
	const template = templateText(name, readTemplateFile(vault, settings, name, io));
	const drafts = fillDrafts(template, {
		path,
		frontmatter: note.frontmatter,
		body: text.slice(bodyStart(text)),
		myName: settings.myName,
		myEmail: settings.myEmail,
		myPhone: settings.myPhone,
		greeting: settings.greeting,
		callDelayDays: settings.callDelayDays,
		today,
		locale: io.locale ?? settings.letterLocale,
	}, step, name);
	const email = displayText(note.frontmatter?.email);
	drafts.forEach((draft, index) => {
		// The letter check, one line per item; a panel's items name whose letter they are about.
		const to = drafts.length > 1 && draft.contact !== null ? `to ${draft.contact}: ` : "";
		for (const item of draft.check) io.err(`check: ${to}${item}`);
		// SPEC.md section 6: the note's `email` is the first contact's only.
		if (flags.has("--mailto")) {
			const address = index === 0 ? email : null;
			if (address === null) io.err(`note: no address for ${draft.contact ?? "the contact"}; the mailto: URL has no recipient (the note's email is the first contact's).`);
			io.out(`${mailtoUrl(draft.plain, address)}\n`);
		} else io.out(`${index > 0 ? "\n" : ""}${withoutAdvice(draft.text).replace(/\s*$/, "\n")}`);
	});
	return 0;
}

// The advice comment a built-in draft opens with is a note to the candidate in Obsidian, not part of the letter.
function withoutAdvice(draft: string): string {
	return draft.replace(/^\s*%%[\s\S]*?%%[ \t]*\r?\n/, "");
}

/** The note read by the rules; a note with an error has no steps at all, and says why. */
function readInterview(path: string, note: NoteSource): Interview {
	const parsed = parseInterviewNote(note);
	if (parsed.interview !== null) return parsed.interview;
	const error = parsed.problems.find((problem) => problem.severity === "error");
	throw new UsageError(`letter: "${path}" has no follow-up steps until it is fixed: ${error?.message ?? "its frontmatter cannot be read"}`);
}

/**
 * Refuses a step the note does not have (SPEC.md section 7), saying why and naming what it has instead: the
 * introducer's thanks without an introducer; the reply after a rejection before a job interview is rejected;
 * the letter of a rejected job interview (its reply is `rejection-reply`); a call after anything but a job
 * interview still waiting for an answer; a check-in once there is an offer or the thread is closed; any step
 * once the note is closed; and the call, the reply and the check-in of a thread, which are its latest meeting's.
 */
function refuseStep(path: string, interview: Interview, step: StepKind, owner: string | null, thread: readonly Interview[], settings: FollowUpSettings): never {
	const { kind, status } = interview;
	if (step === "letter" && kind === "interview" && status === "rejected") {
		const reply = stepStateOf(thread, path, "rejection-reply", settings);
		const instead = reply.state !== "absent"
			? "its letter is the reply after the rejection, --step rejection-reply"
			: `the reply after the rejection belongs to the thread's latest meeting${reply.owner ? `, "${reply.owner.note}"` : ""}`;
		throw new UsageError(`letter: "${path}" is a rejected job interview, so there is no thank-you after the no; ${instead}.`);
	}
	if (step === "introducer-thanks" && interview.introducer === null) {
		throw new UsageError(`letter: "${path}" names no introducer, so there is no one to thank; add introducer: to the note.`);
	}
	if ((step === "call" || step === "rejection-reply") && kind !== "interview") {
		const what = step === "call" ? "the call is only for a job interview waiting for an answer" : "the reply after a rejection is only for a job interview";
		const article = /^[aeiou]/i.test(interview.meeting) ? "an" : "a";
		throw new UsageError(`letter: "${path}" is ${article} ${interview.meeting}, not a job interview; ${what}.`);
	}
	if (step === "call" && status !== "waiting") {
		throw new UsageError(`letter: "${path}" has status ${status}; the call is only for a job interview still waiting for an answer.`);
	}
	if (step === "rejection-reply" && status !== "rejected" && owner === null) {
		throw new UsageError(`letter: "${path}" has status ${status}, not rejected; the reply after a rejection comes once they say no (its letter is --step letter).`);
	}
	if (step === "check-in" && (status === "offer" || status === "closed") && owner === null) {
		throw new UsageError(`letter: "${path}" has status ${status}; check-ins stop after an offer or once the thread is closed.`);
	}
	if (status === "closed") throw new UsageError(`letter: "${path}" has status closed; a closed note has no follow-ups.`);
	if (owner !== null) {
		const company = thread.find((other) => other.path === owner)?.company ?? interview.company;
		throw new UsageError(`letter: the ${step} of the ${company} thread belongs to its latest meeting, "${owner}"; ask for that note.`);
	}
	throw new UsageError(`letter: "${path}" has no ${step}: a later meeting of its thread decides it.`);
}

function readStep(value: string | undefined): StepKind | undefined {
	if (value === undefined || isStepKind(value)) return value;
	throw new UsageError(`letter: --step "${value}" is not a step; expected ${STEP_KINDS.join(", ")}.`);
}

/**
 * The note's path inside the vault, as SPEC.md section 7 takes NOTE: relative to VAULT, or with the vault
 * folder in front (as a shell completes it), with or without `.md`. A path that leaves the vault is refused.
 */
function findNotePath(vault: string, given: string): string {
	const typed = given.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
	const root = resolve(vault);
	const fromHere = relative(root, resolve(given)).split(sep).join("/");
	const candidates = [typed];
	if (fromHere !== "" && !fromHere.startsWith("..") && !isAbsolute(fromHere)) candidates.push(fromHere);
	for (const candidate of [...candidates]) if (!/\.md$/i.test(candidate)) candidates.push(`${candidate}.md`);
	const inside = candidates.filter((candidate) => !(candidate.startsWith("/") || /^[A-Za-z]:/.test(candidate) || candidate.split("/").includes("..")));
	if (inside.length === 0) throw new UsageError(`letter: NOTE must be a path inside the vault, such as Interviews/Acme.md; found "${given}".`);
	for (const candidate of inside) if (isFile(`${vault}/${candidate}`)) return candidate;
	const first = inside[0];
	if (isFolder(`${vault}/${first}`)) throw new UsageError(`letter: "${first}" is a folder; expected a note such as ${first}/Acme.md.`);
	throw new UsageError(`letter: no note at "${first}" in "${vault}".`);
}

function isFile(path: string): boolean {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
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
