import { AgendaItem } from "../rules";
import { openNote, writeToNote } from "../obsidian/noteActions";
import { AgendaItemActions } from "./agendaItemMenu";
import { FollowUpHost } from "./followUpHost";
import { PendingWrites } from "./pendingWrites";
import { showSnoozeMenu } from "./snoozeMenu";
import { showStatusMenu } from "./statusMenu";

/**
 * What an agenda row's menu does, wherever the row is shown (the sidebar, a base's Follow-ups view): open the
 * note, its main action, Done (disabled until the metadata cache shows the write, so a second click cannot
 * write again), Snooze and Set status — each write through `writeToNote`, dated today.
 */
export function followUpItemActions(host: FollowUpHost, runMainAction: (item: AgendaItem) => Promise<void>, pendingWrites: PendingWrites): AgendaItemActions {
	const { app, clock, index } = host;
	return {
		open: (item, event) => void openNote(app, item.note, event),
		runMainAction,
		markDone: (item) => pendingWrites.run(item.note, item.step, () => writeToNote(app, item.note, { kind: "done", step: item.step }, clock.today())),
		isPending: (item) => pendingWrites.isPending(item.note, item.step),
		// Menus open in the row's own window (`doc`): a pane in a pop-out window gets its menu there.
		snooze: (item, position, doc) =>
			showSnoozeMenu(app, position, clock.today(), (until) => void writeToNote(app, item.note, { kind: "snooze", until }, clock.today()), doc),
		setStatus: (item, position, doc) =>
			showStatusMenu(position, index.interviewOf(item.note)?.status ?? null, (status) => void writeToNote(app, item.note, { kind: "status", status }, clock.today()), doc),
	};
}
