import { Agenda, buildAgenda, CalendarDay, compareProblems, FollowUpSettings, NoteSource, Problem } from "../src/rules";
import { faultProblem, faultWarning, FileFault } from "./fileFault";
import { inInterviewsFolder, readMeetingCandidate, ReadingReport } from "./noteReader";
import { walkVault } from "./vaultWalker";

/**
 * The agenda of a vault folder on `today`: every Markdown note read from disk (never written), then the same
 * rules as the plugin. Only notes that could be meetings have their YAML parsed (`readMeetingCandidate`).
 * Every file the walk finds is read or reported: what cannot be read (a named pipe, a link to nothing, a file
 * deleted during the walk, text that is not UTF-8, frontmatter too deep) is a warning line on `warn`, and in
 * the interviews folder (or on a meeting) also a problem of the agenda.
 */
export function readVaultAgenda(vault: string, today: CalendarDay, settings: FollowUpSettings, warn: (line: string) => void): Agenda {
	const notes: NoteSource[] = [];
	const faults: Problem[] = [];
	const report: ReadingReport = { warn, problem: (problem) => faults.push(problem) };
	const unreadable = (fault: FileFault) => {
		const inside = inInterviewsFolder(fault.path, settings);
		warn(faultWarning(fault, inside));
		if (inside) faults.push(faultProblem(fault));
	};
	for (const path of walkVault(vault, warn, unreadable)) {
		const note = readMeetingCandidate(vault, path, settings, report);
		if (note !== null) notes.push(note);
	}
	const agenda = buildAgenda(notes, today, settings);
	// Sorted as the agenda's own problems are (a stable sort: by note, then field).
	return faults.length === 0 ? agenda : { ...agenda, problems: [...agenda.problems, ...faults].sort(compareProblems) };
}
