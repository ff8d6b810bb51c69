import { AgendaItem, agendaItem, Bucket, bucketOf, CalendarDay, compareInBucket, compareSteps, sortByDay, Step } from "../rules";

// All steps are kept in `compareSteps` order (due, note, step); each bucket's items in `compareInBucket` order
// (deadline first in overdue and due, due date in the others). Both keys are unique: a note has each step once.

function lowerBound<T>(list: readonly T[], item: T, compare: (a: T, b: T) => number): number {
	let [low, high] = [0, list.length];
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (compare(list[middle], item) < 0) low = middle + 1;
		else high = middle;
	}
	return low;
}

type Buckets = Record<Bucket, AgendaItem[]>;

/**
 * Every open step of the vault, kept in agenda order: each bucket's items sorted as the agenda lists them for
 * the day last asked for, and all steps sorted by (due, note, step) to re-bucket them when the day changes.
 *
 * Why: re-sorting ~30,000 steps on each edit costs ~10 ms, and even one linear pass over them is too slow for
 * a 2 ms update on a slow machine. Kept sorted, one note's change is a binary search and a splice per step,
 * and the agenda is four array copies. Items are re-bucketed (one linear pass) only when the day or the
 * horizon changes, and after a full build only once a day is asked for: a build does not know the day, so
 * the first build no longer buckets (and makes an item for) every step for a day nobody asked about.
 */
export class StepTimeline {
	private steps: Step[] = [];
	private buckets: Buckets = { overdue: [], due: [], upcoming: [], later: [] };
	private day: CalendarDay = 0;
	private horizon = 0;
	/** Whether `buckets` hold every step for `day` and `horizon`; not after `reset`, until `items` is asked. */
	private bucketed = false;

	/** How many steps are open. */
	get size(): number {
		return this.steps.length;
	}

	/** Replaces every step at once (a full build): one sort. Takes `steps` over (sorts it in place). */
	reset(steps: Step[]): void {
		this.steps = sortByDay(steps);
		this.buckets = { overdue: [], due: [], upcoming: [], later: [] };
		this.bucketed = false;
	}

	/** Adds steps, each at its place. */
	insert(steps: readonly Step[]): void {
		for (const step of steps) {
			this.steps.splice(lowerBound(this.steps, step, compareSteps), 0, step);
			if (!this.bucketed) continue;
			const item = agendaItem(step, bucketOf(step, this.day, this.horizon));
			const bucket = this.buckets[item.bucket];
			bucket.splice(lowerBound(bucket, item, compareInBucket), 0, item);
		}
	}

	/** Removes steps that were added (the same objects). */
	remove(steps: readonly Step[]): void {
		for (const step of steps) {
			const index = lowerBound(this.steps, step, compareSteps);
			if (this.steps[index] !== step) continue;
			this.steps.splice(index, 1);
			if (!this.bucketed) continue;
			// Its bucket is the one `insert` or `rebucket` chose: same step, same day, same horizon.
			const item = agendaItem(step, bucketOf(step, this.day, this.horizon));
			const bucket = this.buckets[item.bucket];
			const at = lowerBound(bucket, item, compareInBucket);
			if (at < bucket.length && compareInBucket(bucket[at], item) === 0) bucket.splice(at, 1);
		}
	}

	/** The agenda items of `today`, in agenda order (see `compareItems`). */
	items(today: CalendarDay, horizonDays: number): AgendaItem[] {
		if (!this.bucketed || today !== this.day || horizonDays !== this.horizon) {
			this.day = today;
			this.horizon = horizonDays;
			this.rebucket();
		}
		const { overdue, due, upcoming, later } = this.buckets;
		return overdue.concat(due, upcoming, later);
	}

	private rebucket(): void {
		const buckets: Buckets = { overdue: [], due: [], upcoming: [], later: [] };
		for (const step of this.steps) {
			const bucket = bucketOf(step, this.day, this.horizon);
			buckets[bucket].push(agendaItem(step, bucket));
		}
		// Walked in due order; the two buckets ordered by deadline are sorted again (most pressing first).
		buckets.overdue.sort(compareInBucket);
		buckets.due.sort(compareInBucket);
		this.buckets = buckets;
		this.bucketed = true;
	}
}
