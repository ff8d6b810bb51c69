import { ShareSuggestion } from "../shares";
import type { FollowUpIndex } from "./followUpIndex";

/** What the suggestions need of the live index (the plugin's `index`). */
export type SuggestingIndex = Pick<FollowUpIndex, "threadNotes" | "stepsOf" | "shares">;

/**
 * The suggestions of what to share at the open check-in of note `notePath`'s thread (any note of the thread),
 * best first (SPEC.md section 9); none when the thread has no open check-in. From the live index: no file is read.
 */
export function checkInSuggestions(index: SuggestingIndex, notePath: string, limit = 5): ShareSuggestion[] {
	const notes = index.threadNotes(notePath);
	if (!notes.some((path) => index.stepsOf(path).some((step) => step.step === "check-in"))) return [];
	return threadSuggestions(index, notePath, limit);
}

/**
 * The best suggestion for the check-in of note `notePath`'s thread, or `null` when there is none (no open
 * check-in, or nothing saved matches): what the agenda row, the pipeline and the Bases view name as "Idea: …".
 * A candidate already shared with the thread is never the best one.
 */
export function bestShareSuggestion(index: SuggestingIndex, notePath: string): ShareSuggestion | null {
	const [best] = checkInSuggestions(index, notePath, 1);
	return best && !best.shared ? best : null;
}

/**
 * The suggestions for the thread of note `notePath` whatever its steps (the article-share dialog offers them
 * for any thread the user picks), best first, those already shared last.
 */
export function threadSuggestions(index: SuggestingIndex, notePath: string, limit = 5): ShareSuggestion[] {
	return index.shares.suggest(index.threadNotes(notePath).sort(), limit);
}
