import { Agenda, buildAgenda, CalendarDay, FollowUpSettings, NoteSource } from "../rules";
import { readNote } from "./noteReader";
import { walkVault } from "./vaultWalker";

/**
 * The agenda of a vault folder on `today`: every Markdown note read from disk (never written), then the same
 * rules as the plugin. Folders that cannot be read are said on `warn` and skipped.
 */
export function readVaultAgenda(vault: string, today: CalendarDay, settings: FollowUpSettings, warn: (line: string) => void): Agenda {
	const notes: NoteSource[] = walkVault(vault, warn).map((path) => readNote(vault, path));
	return buildAgenda(notes, today, settings);
}
