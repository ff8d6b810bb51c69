import { actionPhrase, AgendaItem, formatIsoDay } from "../rules";
import { Notice, Platform } from "obsidian";
import { FollowUpHost } from "./followUpHost";
import { dueNow } from "./statusBar";

/**
 * The key, in Obsidian's per-vault local storage, of the day the last start-up notice was shown. Local storage
 * rather than `data.json`: the notice is a reminder on this device, and writing `data.json` on every start-up
 * would touch a synced file without any user action (and the command line reads that file for settings only).
 */
export const NOTICE_DAY_KEY = "interview-follow-up:last-notice-day";
const LISTED = 3;

function followUps(count: number): string {
	return count === 1 ? "1 follow-up" : `${count} follow-ups`;
}

function listed(phrases: string[]): string {
	const more = phrases.length > LISTED ? `, and ${phrases.length - LISTED} more` : "";
	return `${phrases.slice(0, LISTED).join("; ")}${more}.`;
}

/** The notice's text: how many follow-ups are overdue and the first few of them. */
export function overdueSummary(phrases: string[]): string {
	const head = phrases.length === 1 ? "1 follow-up is overdue" : `${phrases.length} follow-ups are overdue`;
	return `Interview follow-up: ${head}: ${listed(phrases)}`;
}

/**
 * The notice's text on mobile, where there is no status bar to show the count: every follow-up due today
 * (overdue ones included, as the status bar counts them), how many of them are overdue, and the first few.
 */
export function dueTodaySummary(phrases: string[], overdue: number): string {
	const late = overdue > 0 ? `, ${overdue} overdue` : "";
	return `Interview follow-up: ${followUps(phrases.length)} due today${late}: ${listed(phrases)}`;
}

/**
 * What the start-up notice says today, or `null` when it has nothing to say. On desktop it lists what is
 * overdue (the status bar shows the rest); on mobile, which has no status bar (obsidian.d.ts:
 * `addStatusBarItem` is "not available on mobile"), it carries the count of everything due today.
 */
function noticeText(items: AgendaItem[], callDelayDays: number): string | null {
	const phrase = (item: AgendaItem) => actionPhrase(item, callDelayDays);
	const due = dueNow(items);
	const overdue = due.filter((item) => item.bucket === "overdue");
	if (Platform.isMobile) return due.length === 0 ? null : dueTodaySummary(due.map(phrase), overdue.length);
	return overdue.length === 0 ? null : overdueSummary(overdue.map(phrase));
}

/**
 * Once the index has read the whole vault (never from a half-filled cache at start-up), shows one notice
 * summarising what needs doing — at most once a day, never when there is nothing to say, never when turned off
 * in the settings. The day is marked only when a notice was shown.
 */
export async function showStartupNotice(host: FollowUpHost): Promise<void> {
	await host.index.ready;
	if (!host.settings.showStartupNotice) return;
	const today = host.clock.today();
	if (host.app.loadLocalStorage(NOTICE_DAY_KEY) === formatIsoDay(today)) return;
	const text = noticeText(host.index.agenda(today).items, host.settings.callDelayDays);
	if (text === null) return;
	new Notice(text, 15_000);
	host.app.saveLocalStorage(NOTICE_DAY_KEY, formatIsoDay(today));
}
