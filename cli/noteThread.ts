import { FollowUpSettings, Interview, isInterviewNote, parseInterviewNote, threadKey } from "../src/rules";
import { readMeetingCandidate } from "./noteReader";
import { walkVault } from "./vaultWalker";

/**
 * The thread of `interview` (SPEC.md section 2: the interview notes of the vault about the same company), the
 * note itself included, as read from disk. A note without a company is a thread of its own: nothing else is read.
 */
export function readThreadOf(vault: string, interview: Interview, settings: FollowUpSettings, warn: (line: string) => void): Interview[] {
	const key = threadKey(interview);
	const thread: Interview[] = [interview];
	if (!interview.company?.trim()) return thread;
	for (const path of walkVault(vault, warn)) {
		if (path === interview.path) continue;
		const note = readMeetingCandidate(vault, path, settings, { warn, problem: () => undefined });
		if (note === null || !isInterviewNote(note, settings)) continue;
		const other = parseInterviewNote(note).interview;
		if (other !== null && threadKey(other) === key) thread.push(other);
	}
	return thread;
}
