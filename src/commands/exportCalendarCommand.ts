import { normalizePath, Notice, Plugin, TFile } from "obsidian";
import { agendaToIcs, CALENDAR_FILE_NAME } from "../calendar";
import { FollowUpIndex } from "../obsidian/followUpIndex";
import { messageOf } from "../obsidian/errorMessage";
import { LetterHost } from "../obsidian/letterHost";
import { ensureFolder } from "../obsidian/newNoteFile";

/** What the export needs from the plugin: the app, the settings, today and the live index once it is built. */
export type CalendarHost = Pick<LetterHost, "app" | "settings" | "today"> & { index: Pick<FollowUpIndex, "agenda" | "ready"> };

/** Where the calendar goes: `follow-ups.ics` in the article-share folder (the vault's root when that is empty). */
export function calendarPath(host: Pick<CalendarHost, "settings">): string {
	return normalizePath(`${host.settings.shareFolder.trim()}/${CALENDAR_FILE_NAME}`);
}

/**
 * Writes today's agenda, every open step, as an iCalendar file (see `agendaToIcs`) to `calendarPath`, creating
 * the folder when it is missing. The file is replaced each time: it is the one file this plugin ever
 * overwrites (SPEC.md section 7), as it holds nothing but the export. Returns its path and how many events it holds.
 */
export async function exportCalendar(host: CalendarHost): Promise<{ path: string; events: number }> {
	// Before the first build the agenda would be empty: an export then would wipe the calendar's events.
	await host.index.ready;
	const agenda = host.index.agenda(host.today());
	const text = agendaToIcs(agenda, { vaultName: host.app.vault.getName(), callDelayDays: host.settings.callDelayDays, reminderTime: host.settings.reminderTime });
	const path = calendarPath(host);
	const existing = host.app.vault.getAbstractFileByPath(path);
	if (existing instanceof TFile) await host.app.vault.modify(existing, text);
	else if (existing) throw new Error(`"${path}" is a folder; expected the calendar file there`);
	else {
		await ensureFolder(host.app, normalizePath(host.settings.shareFolder.trim() || "/"));
		await host.app.vault.create(path, text);
	}
	return { path, events: agenda.items.length };
}

/** Runs `exportCalendar` and says in a notice where the file is and how many follow-ups it holds, or what failed. */
export async function exportCalendarWithNotice(host: CalendarHost): Promise<void> {
	try {
		const { path, events } = await exportCalendar(host);
		const count = events === 1 ? "1 follow-up" : `${events} follow-ups`;
		new Notice(`Exported ${count} to ${path}. Import it into your calendar app; importing it again updates the same events.`);
	} catch (error) {
		new Notice(`Could not export the follow-ups to ${calendarPath(host)}: ${messageOf(error)}`);
	}
}

/** Adds "Export follow-ups to calendar" (no default hotkey). */
export function registerExportCalendarCommand(plugin: Plugin & CalendarHost): void {
	plugin.addCommand({
		id: "export-calendar",
		name: "Export follow-ups to calendar",
		callback: () => void exportCalendarWithNotice(plugin),
	});
}
