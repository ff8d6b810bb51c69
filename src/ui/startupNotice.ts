import { actionPhrase, formatIsoDay } from "../rules";
import { Notice } from "obsidian";
import { FollowUpHost } from "./followUpHost";

/**
 * The key, in Obsidian's per-vault local storage, of the day the last start-up notice was shown. Local storage
 * rather than `data.json`: the notice is a reminder on this device, and writing `data.json` on every start-up
 * would touch a synced file without any user action (and the command line reads that file for settings only).
 */
export const NOTICE_DAY_KEY = "interview-follow-up:last-notice-day";
const LISTED = 3;

/** The notice's text: how many follow-ups are overdue and the first few of them. */
export function overdueSummary(phrases: string[]): string {
	const head = phrases.length === 1 ? "1 follow-up is overdue" : `${phrases.length} follow-ups are overdue`;
	const more = phrases.length > LISTED ? `, and ${phrases.length - LISTED} more` : "";
	return `Interview follow-up: ${head}: ${phrases.slice(0, LISTED).join("; ")}${more}.`;
}

/**
 * Once the index is built, shows one notice summarising what is overdue — at most once a day, never when
 * nothing is overdue, never when turned off in the settings.
 */
export async function showStartupNotice(host: FollowUpHost): Promise<void> {
	await host.index.ready;
	if (!host.settings.showStartupNotice) return;
	const today = host.clock.today();
	if (host.app.loadLocalStorage(NOTICE_DAY_KEY) === formatIsoDay(today)) return;
	const overdue = host.index.agenda(today).items.filter((item) => item.bucket === "overdue");
	if (overdue.length === 0) return;
	new Notice(overdueSummary(overdue.map((item) => actionPhrase(item, host.settings.callDelayDays))), 15_000);
	host.app.saveLocalStorage(NOTICE_DAY_KEY, formatIsoDay(today));
}
