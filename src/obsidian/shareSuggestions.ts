import { ShareSuggestion } from "../shares";
import type { FollowUpIndex } from "./followUpIndex";

/**
 * The suggestions of what to share at the open check-in of note `notePath`'s thread (any note of the thread),
 * best first (SPEC.md section 9); none when the thread has no open check-in. From the live index: no file is read.
 */
export function checkInSuggestions(index: FollowUpIndex, notePath: string, limit = 5): ShareSuggestion[] {
	const notes = index.threadNotes(notePath).sort();
	if (!notes.some((path) => index.stepsOf(path).some((step) => step.step === "check-in"))) return [];
	return index.shares.suggest(notes, limit);
}

/**
 * The best suggestion for the check-in of note `notePath`'s thread, or `null` when there is none (no open
 * check-in, or nothing saved matches): what the agenda row, the pipeline and the Bases view name as "Idea: …".
 * A candidate already shared with the thread is never the best one.
 */
export function bestShareSuggestion(index: FollowUpIndex, notePath: string): ShareSuggestion | null {
	const [best] = checkInSuggestions(index, notePath, 1);
	return best && !best.shared ? best : null;
}
