import { Agenda, buildAgenda, CalendarDay, FollowUpSettings, NoteSource } from "../src/rules";
import { readMeetingCandidate } from "./noteReader";
import { walkVault } from "./vaultWalker";

/**
 * The agenda of a vault folder on `today`: every Markdown note read from disk (never written), then the same
 * rules as the plugin. Only notes that could be meetings have their YAML parsed (`readMeetingCandidate`).
 * Folders and notes that cannot be read, and links to nothing, are said on `warn` and skipped (a note in the
 * interviews folder that cannot be read is a problem instead).
 */
export function readVaultAgenda(vault: string, today: CalendarDay, settings: FollowUpSettings, warn: (line: string) => void): Agenda {
	const notes: NoteSource[] = [];
	for (const path of walkVault(vault, warn)) {
		const note = readMeetingCandidate(vault, path, settings, warn);
		if (note !== null) notes.push(note);
	}
	return buildAgenda(notes, today, settings);
}
