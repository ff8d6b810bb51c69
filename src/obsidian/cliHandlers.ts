import { App, CliData, normalizePath, Plugin, requireApiVersion, TFile } from "obsidian";
import { agendaToJson, formatAgendaText } from "../commandLine/agendaPrinter";
import { readDayArgument, readHorizonArgument } from "../commandLine/arguments";
import { LetterOutput, planLetter, printLetter, readStepArgument } from "../commandLine/letterPrinter";
import { UsageError } from "../commandLine/usageError";
import { templateFileName } from "../letters";
import { Agenda, agendaItem, bucketOf, CalendarDay, FollowUpSettings, Interview, NoteSource, sortItems, threadKey } from "../rules";
import { FollowUpIndex } from "./followUpIndex";
import { noteSourceOfCache } from "./noteSourceOfCache";
import { readLiveNote } from "./openNoteEditor";

/** What the handlers read from the running plugin: the app, its live index, its settings and today. */
export interface CliHost {
	app: App;
	index: Pick<FollowUpIndex, "agenda" | "ready" | "interviews">;
	settings: FollowUpSettings;
	today(): CalendarDay;
}

/** The agenda of `today` with another horizon than the setting's: the same items, placed in buckets again. */
function withHorizon(agenda: Agenda, horizonDays: number): Agenda {
	const items = agenda.items.map((item) => agendaItem(item, bucketOf(item, agenda.today, horizonDays)));
	return { ...agenda, items: sortItems(items) };
}

/** A flag given alone arrives as `"true"` (obsidian.d.ts `CliData`); `json=false` turns it off. */
function isOn(value: string | undefined): boolean {
	return value !== undefined && value !== "false";
}

/**
 * `obsidian interview-follow-up:agenda [today=YYYY-MM-DD] [horizon=DAYS] [json]`: what `interview-follow-up
 * agenda VAULT` prints — the readable agenda, or SPEC's JSON object — from the running app's index (once it has
 * read the whole vault). A bad flag value is one line saying what was expected, as the standalone command says it.
 */
export async function agendaCliOutput(host: CliHost, params: CliData): Promise<string> {
	try {
		const today = params.today === undefined ? host.today() : readDayArgument("today", params.today);
		const horizonDays = params.horizon === undefined ? host.settings.horizonDays : readHorizonArgument(params.horizon, "horizon");
		await host.index.ready;
		const agenda = withHorizon(host.index.agenda(today), horizonDays);
		if (isOn(params.json)) return `${JSON.stringify(agendaToJson(agenda), null, 2)}\n`;
		return formatAgendaText(agenda, horizonDays, host.settings.callDelayDays);
	} catch (error) {
		if (error instanceof UsageError) return `${error.message}\n`;
		throw error;
	}
}

/** What a terminal shows of a run: standard output and standard error as they were written, in order. */
class TerminalText implements LetterOutput {
	text = "";
	out = (text: string): void => {
		this.text += text;
	};
	err = (line: string): void => {
		this.text += `${line}\n`;
	};
}

/** The note `given` names (a vault path, with or without `.md`, perhaps with a leading `./`), or a UsageError. */
function findNote(app: App, given: string | undefined): TFile {
	if (given === undefined || given === "true" || given.trim() === "") {
		throw new UsageError("letter: missing note=, the interview note's path in the vault, such as note=Interviews/Acme.md.");
	}
	const typed = normalizePath(given.replace(/^(\.\/)+/, ""));
	for (const candidate of /\.md$/i.test(typed) ? [typed] : [typed, `${typed}.md`]) {
		const file = app.vault.getFileByPath(candidate);
		if (file) return file;
	}
	throw new UsageError(`letter: no note at "${typed}" in the vault.`);
}

/**
 * `obsidian interview-follow-up:letter note=PATH [step=STEP] [today=YYYY-MM-DD] [mailto]`: what
 * `interview-follow-up letter VAULT NOTE` prints — the filled drafts of one step, or one `mailto:` URL per
 * draft, with its notes and refusals in the same words (see src/commandLine/letterPrinter.ts) — from the
 * running app: the note's text and frontmatter as the user sees them (an open note's editor, else the file as
 * Obsidian has read it), its thread from the live index,
 * the templates folder's files. Standard error's lines come in the order a terminal shows them.
 */
export async function letterCliOutput(host: CliHost, params: CliData): Promise<string> {
	const io = new TerminalText();
	try {
		const { app, settings } = host;
		const asked = readStepArgument(params.step, "step=");
		const today = params.today === undefined ? host.today() : readDayArgument("today", params.today);
		const file = findNote(app, params.note);
		await host.index.ready;
		// The note as the user sees it: an open note's editor holds what was typed and is not saved yet.
		const cached = noteSourceOfCache(file.path, app.metadataCache.getFileCache(file));
		const live = await readLiveNote(app, file, cached.frontmatter);
		const note: NoteSource = live.frontmatter === cached.frontmatter ? cached : { path: file.path, frontmatter: live.frontmatter, inlineTags: cached.inlineTags };
		// The thread as the index reads it, with this note as just read in place of the index's copy.
		const threadOf = (interview: Interview) => [
			interview,
			...host.index.interviews().filter((other) => other.path !== interview.path && threadKey(other) === threadKey(interview)),
		];
		const plan = planLetter({ path: file.path, note, threadOf }, asked, settings, io);
		const template = app.vault.getFileByPath(normalizePath(`${settings.templatesFolder}/${templateFileName(plan.template)}`));
		printLetter(plan, {
			body: live.body,
			templateFile: template ? await app.vault.cachedRead(template) : null,
			settings,
			today,
			locale: settings.letterLocale,
			mailto: isOn(params.mailto),
		}, io);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		io.err(error.message);
	}
	return io.text;
}

/**
 * Adds the plugin's commands to Obsidian's own command line (Obsidian 1.12.2+, `registerCliHandler`, whose
 * handlers are removed when the plugin unloads). Feature-detected: an older app has no such method, and
 * the plugin then registers nothing. Returns whether it registered them.
 */
export function registerCliHandlers(plugin: Plugin, host: CliHost): boolean {
	const api = plugin as Partial<Pick<Plugin, "registerCliHandler">>;
	if (requireApiVersion("1.12.2") && typeof api.registerCliHandler === "function") {
		plugin.registerCliHandler(
			"interview-follow-up:agenda",
			"Print the follow-up agenda: what to send, whom to call, what comes next, and the notes with problems.",
			{
				today: { value: "<YYYY-MM-DD>", description: "The day the agenda is for (default: today)." },
				horizon: { value: "<days>", description: "How many days ahead count as coming up (default: the setting)." },
				json: { description: "Print the agenda as JSON." },
			},
			(params) => agendaCliOutput(host, params),
		);
		plugin.registerCliHandler(
			"interview-follow-up:letter",
			"Print the follow-up letter of one interview note, filled from the note (a panel's letters one after another).",
			{
				note: { value: "<path>", description: "The interview note, such as Interviews/Acme.md.", required: true },
				step: { value: "<step>", description: "letter, rejection-reply, introducer-thanks, call or check-in (default: the note's letter)." },
				today: { value: "<YYYY-MM-DD>", description: "The day the letter is dated (default: today)." },
				mailto: { description: "Print one mailto: link per letter instead." },
			},
			(params) => letterCliOutput(host, params),
		);
		return true;
	}
	return false;
}
