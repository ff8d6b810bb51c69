import { App, Keymap, Notice, PaneType } from "obsidian";
import { CalendarDay, FollowUpAction } from "../rules";
import { writeFollowUpAction } from "./frontmatterWriter";
import { messageOf } from "./errorMessage";

/** Opens note `path` in the main area; with Ctrl/Cmd held (`event`), in a new tab. */
export async function openNote(app: App, path: string, event?: MouseEvent | KeyboardEvent): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) {
		new Notice(`Interview follow-up: "${path}" no longer exists.`);
		return;
	}
	const newLeaf: PaneType | boolean = event ? Keymap.isModEvent(event) : false;
	await app.workspace.getLeaf(newLeaf).openFile(file);
}

/**
 * Writes a user's action to note `path` (only SPEC.md's keys, changing only their lines). Says so in a notice
 * when the note is gone or the write fails, so a click is never silently lost. Returns whether it was written.
 */
export async function writeToNote(app: App, path: string, action: FollowUpAction, today: CalendarDay): Promise<boolean> {
	const file = app.vault.getFileByPath(path);
	if (!file) {
		new Notice(`Interview follow-up: "${path}" no longer exists; nothing was written.`);
		return false;
	}
	try {
		await writeFollowUpAction(app, file, action, today);
		return true;
	} catch (error) {
		new Notice(`Interview follow-up: could not update "${path}": ${messageOf(error)}`);
		return false;
	}
}
