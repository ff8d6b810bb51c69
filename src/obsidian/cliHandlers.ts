import { CliData, Plugin, requireApiVersion } from "obsidian";
import { agendaToJson, formatAgendaText } from "../commandLine/agendaPrinter";
import { readDayArgument, readHorizonArgument } from "../commandLine/arguments";
import { UsageError } from "../commandLine/usageError";
import { Agenda, agendaItem, bucketOf, CalendarDay, FollowUpSettings, sortItems } from "../rules";
import { FollowUpIndex } from "./followUpIndex";

/** What the handlers read from the running plugin: its live index, its settings and today. */
export interface CliHost {
	index: Pick<FollowUpIndex, "agenda" | "ready">;
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
		return true;
	}
	return false;
}
