import { CalendarDay } from "./calendarDay";
import { Interview, isInterviewNote, parseInterviewNote } from "./interviewNote";
import { NoteSource } from "./noteSource";
import { compareProblems, Problem } from "./problem";
import { FollowUpSettings } from "./settings";
import { Step, STEP_ORDER, stepsForThread, threadKey } from "./steps";

/** Where a step stands on a given day, in the order the agenda lists them. */
export type Bucket = "overdue" | "due" | "upcoming" | "later";

/** Bucket order for sorting and display. */
export const BUCKETS: readonly Bucket[] = ["overdue", "due", "upcoming", "later"];
const BUCKET_ORDER: Record<Bucket, number> = { overdue: 0, due: 1, upcoming: 2, later: 3 };

/** A step placed on the agenda of a given day. */
export interface AgendaItem extends Step {
	bucket: Bucket;
}

/** The follow-ups of a day: every open step in agenda order, and every problem. */
export interface Agenda {
	today: CalendarDay;
	items: AgendaItem[];
	problems: Problem[];
}

/**
 * The bucket of a step on day `today` with a horizon of `horizonDays`: overdue after its deadline, due from
 * its due date to its deadline, upcoming when due within the horizon, later beyond it.
 */
export function bucketOf(step: Pick<Step, "due" | "deadline">, today: CalendarDay, horizonDays: number): Bucket {
	if (step.deadline < today) return "overdue";
	if (step.due <= today) return "due";
	if (step.due <= today + horizonDays) return "upcoming";
	return "later";
}

/**
 * The day an item is ordered by within its bucket: in `overdue` and `due`, its deadline (the most pressing
 * first: a call due today before a check-in whose window runs to next week); in `upcoming` and `later`, its due date.
 */
export function orderDay(item: Pick<AgendaItem, "bucket" | "due" | "deadline">): CalendarDay {
	return item.bucket === "overdue" || item.bucket === "due" ? item.deadline : item.due;
}

/** Agenda order: bucket, then `orderDay`, then note path, then step. */
export function compareItems(a: AgendaItem, b: AgendaItem): number {
	return BUCKET_ORDER[a.bucket] - BUCKET_ORDER[b.bucket] || orderDay(a) - orderDay(b) || compareNoteAndStep(a, b);
}

/** Places steps on the agenda of `today`, sorted (see `sortItems`). */
export function placeSteps(steps: Iterable<Step>, today: CalendarDay, horizonDays: number): AgendaItem[] {
	const items: AgendaItem[] = [];
	for (const step of steps) items.push(agendaItem(step, bucketOf(step, today, horizonDays)));
	return sortItems(items);
}

/** A step as an item of `bucket` (a copy: the step itself may be shared, e.g. kept by a live index). */
export function agendaItem(step: Step, bucket: Bucket): AgendaItem {
	// Written out rather than spread: one object shape for every item, which keeps big agendas fast.
	return {
		note: step.note, step: step.step, variant: step.variant, kind: step.kind, meeting: step.meeting, due: step.due,
		deadline: step.deadline, company: step.company, contact: step.contact, contacts: step.contacts, role: step.role, bucket,
	};
}

/** Sorts items in agenda order (the same order as `compareItems`); see `sortByDay`. */
export function sortItems(items: AgendaItem[]): AgendaItem[] {
	return sortByDay(items, (item) => BUCKET_ORDER[item.bucket], orderDay);
}

/**
 * Sorts steps by `group` (a small whole number, e.g. the bucket), then by the day `dayOf` gives (the due date
 * by default), then note path, then step — fast enough for tens of thousands of steps: they are first spread by
 * (group, day), whole numbers in a small range, so a counting pass; only steps sharing both are compared by
 * path and step.
 */
export function sortByDay<T extends Step>(
	steps: T[],
	group: (step: T) => number = () => 0,
	dayOf: (step: T) => CalendarDay = (step) => step.due,
): T[] {
	if (steps.length < 2) return steps;
	let minDay = Infinity;
	let maxDay = -Infinity;
	let groupCount = 1;
	for (const step of steps) {
		const day = dayOf(step);
		if (day < minDay) minDay = day;
		if (day > maxDay) maxDay = day;
		groupCount = Math.max(groupCount, group(step) + 1);
	}
	const span = maxDay - minDay + 1;
	const slots = span * groupCount;
	const byOrder = (a: T, b: T) => group(a) - group(b) || dayOf(a) - dayOf(b) || compareNoteAndStep(a, b);
	if (slots > 4 * steps.length + 4096) return steps.sort(byOrder); // dates spread thin: a plain sort is cheaper
	const spread: (T[] | undefined)[] = new Array<T[] | undefined>(slots);
	for (const step of steps) {
		const slot = group(step) * span + (dayOf(step) - minDay);
		const bucket = spread[slot];
		if (bucket) bucket.push(step);
		else spread[slot] = [step];
	}
	const sorted: T[] = [];
	for (const bucket of spread) {
		if (!bucket) continue;
		if (bucket.length > 1) bucket.sort(compareNoteAndStep);
		for (const step of bucket) sorted.push(step);
	}
	return sorted;
}

/** Order by due date, then note path, then step (`letter`, `introducer-thanks`, `call`, `check-in`). */
export function compareSteps(a: Step, b: Step): number {
	return a.due - b.due || compareNoteAndStep(a, b);
}

/** Order within one bucket (see `orderDay`): the same as `compareItems` for items of one bucket. */
export function compareInBucket(a: AgendaItem, b: AgendaItem): number {
	return orderDay(a) - orderDay(b) || compareNoteAndStep(a, b);
}

/** Order of two steps on the same day: note path, then step. */
function compareNoteAndStep(a: Step, b: Step): number {
	return (a.note === b.note ? 0 : a.note < b.note ? -1 : 1) || STEP_ORDER[a.step] - STEP_ORDER[b.step];
}

/** Groups interviews into threads by company (see `threadKey`). */
export function groupThreads(interviews: Iterable<Interview>): Map<string, Interview[]> {
	const threads = new Map<string, Interview[]>();
	for (const interview of interviews) {
		const key = threadKey(interview);
		const thread = threads.get(key);
		if (thread) thread.push(interview);
		else threads.set(key, [interview]);
	}
	return threads;
}

/**
 * The whole agenda of a set of notes on day `today`: reads every interview note, builds threads and their
 * steps, buckets and sorts them, and collects every problem. Notes that are not interview notes are skipped.
 */
export function buildAgenda(notes: Iterable<NoteSource>, today: CalendarDay, settings: FollowUpSettings): Agenda {
	const interviews: Interview[] = [];
	const problems: Problem[] = [];
	for (const note of notes) {
		if (!isInterviewNote(note, settings)) continue;
		const parsed = parseInterviewNote(note);
		if (parsed.interview) interviews.push(parsed.interview);
		for (const problem of parsed.problems) problems.push(problem);
	}
	// The steps are made here and shared with no one, so each becomes its agenda item in place (no copy).
	const items: AgendaItem[] = [];
	for (const thread of groupThreads(interviews).values()) {
		for (const step of stepsForThread(thread, settings)) {
			const item = step as AgendaItem;
			item.bucket = bucketOf(step, today, settings.horizonDays);
			items.push(item);
		}
	}
	return { today, items: sortItems(items), problems: problems.sort(compareProblems) };
}
