import { bucketOf, Bucket, CalendarDay, groupThreads, Interview, latestOf, Step } from "../rules";

/** A thread an article can be shared with: its latest interview, and its open check-in if it has one. */
export interface ShareTarget {
	interview: Interview;
	checkIn: (Step & { bucket: Bucket }) | null;
}

const URGENCY: Record<Bucket, number> = { overdue: 0, due: 1, upcoming: 2, later: 3 };

/**
 * The threads to offer in the article-share picker, one per company (its latest interview, which holds the
 * check-in): those whose check-in is overdue or due come first, by due date, then those coming up and
 * later, then threads without a check-in (an offer, closed); ties by company, then path.
 */
export function shareTargets(
	interviews: Iterable<Interview>,
	stepsOf: (path: string) => readonly Step[],
	today: CalendarDay,
	horizonDays: number,
): ShareTarget[] {
	const targets: ShareTarget[] = [];
	for (const thread of groupThreads(interviews).values()) {
		const interview = latestOf(thread);
		const step = stepsOf(interview.path).find((candidate) => candidate.step === "check-in");
		targets.push({ interview, checkIn: step ? { ...step, bucket: bucketOf(step, today, horizonDays) } : null });
	}
	const rank = (target: ShareTarget) => (target.checkIn ? URGENCY[target.checkIn.bucket] : 4);
	const name = (target: ShareTarget) => (target.interview.company ?? target.interview.path).toLowerCase();
	return targets.sort(
		(a, b) =>
			rank(a) - rank(b) ||
			(a.checkIn && b.checkIn ? a.checkIn.due - b.checkIn.due : 0) ||
			name(a).localeCompare(name(b)) ||
			(a.interview.path < b.interview.path ? -1 : a.interview.path > b.interview.path ? 1 : 0),
	);
}
