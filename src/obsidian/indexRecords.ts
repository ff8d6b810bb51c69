import { CalendarDay, FollowUpSettings, Interview, isInterviewNote, NoteSource, parseInterviewNote, PipelineThread, Problem, Step, threadKey } from "../rules";
import { messageOf } from "./errorMessage";

// What the follow-up index keeps of each interview note and of each thread, and how a note is read into it.

export interface NoteRecord {
	interview: Interview | null;
	problems: Problem[];
	/** The thread the note belongs to; `null` after an error (no steps). */
	thread: string | null;
	/** The note as read, to skip edits that leave its frontmatter as it was (typing in the body). */
	source: NoteSource;
}

export interface Thread {
	members: Set<string>;
	/** The thread's open steps, as placed on the timeline. */
	steps: Step[];
	/** The thread's pipeline row, and the day it was made for; dropped when the thread changes. */
	row: { today: CalendarDay; row: PipelineThread } | null;
}

/** The interviews of a thread's notes, read without error. */
export function interviewsIn(records: Map<string, NoteRecord>, thread: Thread): Interview[] {
	const interviews: Interview[] = [];
	for (const path of thread.members) {
		const interview = records.get(path)?.interview;
		if (interview) interviews.push(interview);
	}
	return interviews;
}

/** A note's record as `settings` read it; `null` when it is no interview note. */
export function readRecord(source: NoteSource, settings: FollowUpSettings): NoteRecord | null {
	try {
		if (!isInterviewNote(source, settings)) return null;
		const { interview, problems } = parseInterviewNote(source);
		return { interview, problems, thread: interview ? threadKey(interview) : null, source };
	} catch (error) {
		// The rules are written not to throw; should one still, the note is reported rather than lost, and the
		// rest of the vault is read as usual.
		const problem: Problem = { note: source.path, field: null, severity: "error", message: `This note could not be read (${messageOf(error)}); please report this.` };
		return { interview: null, problems: [problem], thread: null, source };
	}
}

/** The thread `key` of `threads`, made (empty) when it is not there yet. */
export function threadIn(threads: Map<string, Thread>, key: string): Thread {
	let thread = threads.get(key);
	if (!thread) threads.set(key, (thread = { members: new Set(), steps: [], row: null }));
	return thread;
}

/**
 * Whether two readings of a note say the same to the index (typing in the body changes nothing). Compared only
 * when a note changes (two small JSON texts), never during a full build.
 */
export function sameFrontmatter(a: NoteSource, b: NoteSource): boolean {
	if (a.path !== b.path || a.frontmatterError !== b.frontmatterError) return false;
	if (JSON.stringify(a.inlineTags) !== JSON.stringify(b.inlineTags)) return false;
	try {
		return a.frontmatter === b.frontmatter || JSON.stringify(a.frontmatter) === JSON.stringify(b.frontmatter);
	} catch {
		return false; // a value JSON cannot write out: take the note as changed and read it again
	}
}
