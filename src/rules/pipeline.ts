import { Agenda, AgendaItem, agendaItem, bucketOf, compareItems, groupThreads } from "./agenda";
import { CalendarDay } from "./calendarDay";
import { Interview, Status, STATUSES } from "./interviewNote";
import { MeetingKind } from "./meetingKind";
import { lastContact, latestOf, Step } from "./steps";

/** One company thread (SPEC.md section 2) as the pipeline shows it. */
export interface PipelineThread {
	/** The thread's key (`threadKey`): stable across renders, so a view can reuse its row. */
	key: string;
	/** The company's display text, as the latest note writes it; `null` for a note without a company. */
	company: string | null;
	/** The role of the latest note that names one. */
	role: string | null;
	/** The latest note's kind and status: they decide the thread's steps. */
	kind: MeetingKind;
	status: Status;
	/** The latest note (the one a click opens). */
	latestNote: string;
	/** How many notes the thread has. */
	notes: number;
	/** The last contact (`lastContact`) and how many days before `today` it was (negative: still ahead). */
	lastContact: CalendarDay;
	daysSinceContact: number;
	/** The thread's most pressing open step, in agenda order; `null` when nothing is open. */
	next: AgendaItem | null;
	/** Whether a note of the thread is a job interview, and whether one of them got an answer. */
	hasJobInterview: boolean;
	answered: boolean;
}

/** The threads of one status, in the order the pipeline lists them. */
export interface PipelineGroup {
	status: Status;
	threads: PipelineThread[];
}

/** The whole job search at a glance. */
export interface Pipeline {
	/** One group per status, in `STATUSES` order (`waiting` first), empty ones included. */
	groups: PipelineGroup[];
	/** Threads with at least one job interview. */
	withJobInterview: number;
	/** Of those, the threads that got any answer: a note of theirs is `responded`, `offer` or `rejected`. */
	answered: number;
}

const ANSWERS: ReadonlySet<Status> = new Set<Status>(["responded", "offer", "rejected"]);

function roleOf(thread: readonly Interview[]): string | null {
	let best: Interview | null = null;
	for (const interview of thread) {
		if (interview.role === null) continue;
		if (!best || interview.date > best.date || (interview.date === best.date && interview.path > best.path)) best = interview;
	}
	return best?.role ?? null;
}

/**
 * One thread's row: its latest note's kind and status, its last contact (and how many days before `today`),
 * the role of its latest note that names one, and `next`, its most pressing open step (or `null`).
 */
export function pipelineThread(key: string, thread: readonly Interview[], next: AgendaItem | null, today: CalendarDay): PipelineThread {
	const latest = latestOf(thread);
	const last = lastContact(thread);
	const hasJobInterview = thread.some((interview) => interview.kind === "interview");
	return {
		key, company: latest.company, role: roleOf(thread), kind: latest.kind, status: latest.status, latestNote: latest.path,
		notes: thread.length, lastContact: last, daysSinceContact: today - last, next,
		hasJobInterview, answered: hasJobInterview && thread.some((interview) => ANSWERS.has(interview.status)),
	};
}

/** A thread's most pressing open step on `today`, as the agenda would list it first; `null` when none is open. */
export function mostPressingStep(steps: readonly Step[], today: CalendarDay, horizonDays: number): AgendaItem | null {
	let best: AgendaItem | null = null;
	for (const step of steps) {
		const item = agendaItem(step, bucketOf(step, today, horizonDays));
		if (!best || compareItems(item, best) < 0) best = item;
	}
	return best;
}

// Threads with an open step first, the most pressing first (agenda order); then by last contact, the most recent first.
function comparePipelineThreads(a: PipelineThread, b: PipelineThread): number {
	if (a.next && b.next) return compareItems(a.next, b.next);
	if (a.next || b.next) return a.next ? -1 : 1;
	return b.lastContact - a.lastContact || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Groups thread rows by status (every status, in `STATUSES` order), sorts each group, and counts the response rate. */
export function groupPipeline(threads: Iterable<PipelineThread>): Pipeline {
	const groups = new Map<Status, PipelineThread[]>(STATUSES.map((status) => [status, []]));
	let withJobInterview = 0;
	let answered = 0;
	for (const thread of threads) {
		groups.get(thread.status)?.push(thread);
		if (thread.hasJobInterview) withJobInterview++;
		if (thread.answered) answered++;
	}
	return {
		groups: STATUSES.map((status) => ({ status, threads: (groups.get(status) ?? []).sort(comparePipelineThreads) })),
		withJobInterview,
		answered,
	};
}

/**
 * The pipeline of a job search: one row per company thread (notes grouped by `threadKey`, as the rules do),
 * with its latest note's kind and status, its last contact, and its most pressing step — its first item in
 * `agenda` (which should hold every bucket). Threads are grouped by status; within a group, threads with an
 * open step come first in agenda order (the most pressing first), then the others by last contact, the most
 * recent first. The response rate counts threads with a job interview, and of those the ones that got any answer.
 */
export function buildPipeline(interviews: Iterable<Interview>, agenda: Pick<Agenda, "items">, today: CalendarDay): Pipeline {
	const threads = groupThreads(interviews);
	const keyOfNote = new Map<string, string>();
	for (const [key, thread] of threads) for (const interview of thread) keyOfNote.set(interview.path, key);
	const next = new Map<string, AgendaItem>();
	for (const item of agenda.items) {
		const key = keyOfNote.get(item.note);
		if (key !== undefined && !next.has(key)) next.set(key, item);
	}
	const rows: PipelineThread[] = [];
	for (const [key, thread] of threads) rows.push(pipelineThread(key, thread, next.get(key) ?? null, today));
	return groupPipeline(rows);
}

/** "Response rate: 3 of 7 (43%)"; with no job interview yet, "Response rate: no job interview yet". */
export function responseRatePhrase(pipeline: Pick<Pipeline, "answered" | "withJobInterview">): string {
	const { answered, withJobInterview } = pipeline;
	if (withJobInterview === 0) return "Response rate: no job interview yet";
	return `Response rate: ${answered} of ${withJobInterview} (${Math.round((answered / withJobInterview) * 100)}%)`;
}

/** Headings of the pipeline's groups, by status. */
export const STATUS_TITLES: Readonly<Record<Status, string>> = Object.freeze({
	waiting: "Waiting",
	responded: "Responded",
	offer: "Offer",
	rejected: "Rejected",
	closed: "Closed",
});
