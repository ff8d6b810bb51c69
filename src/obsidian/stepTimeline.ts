import { AgendaItem, agendaItem, Bucket, bucketOf, CalendarDay, compareSteps, sortByDay, Step } from "../rules";

// Agenda order within a bucket is `compareSteps`: due, then note path, then step. The key (due, note, step) is unique.

function lowerBound(list: readonly Step[], step: Step): number {
	let [low, high] = [0, list.length];
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (compareSteps(list[middle], step) < 0) low = middle + 1;
		else high = middle;
	}
	return low;
}

type Buckets = Record<Bucket, AgendaItem[]>;

/**
 * Every open step of the vault, kept in agenda order: each bucket's items sorted by (due, note, step) for the
 * day last asked for, and all steps sorted the same way to re-bucket them when the day changes.
 *
 * Why: re-sorting ~30,000 steps on each edit costs ~10 ms, and even one linear pass over them is too slow for
 * a 2 ms update on a slow machine. Kept sorted, one note's change is a binary search and a splice per step,
 * and the agenda is four array copies. Items are re-bucketed (one linear pass) only when the day or the
 * horizon changes.
 */
export class StepTimeline {
	private steps: Step[] = [];
	private buckets: Buckets = { overdue: [], due: [], upcoming: [], later: [] };
	private day: CalendarDay = 0;
	private horizon = 0;

	/** How many steps are open. */
	get size(): number {
		return this.steps.length;
	}

	/** Replaces every step at once (a full build): one sort. Takes `steps` over (sorts it in place). */
	reset(steps: Step[]): void {
		this.steps = sortByDay(steps);
		this.rebucket();
	}

	/** Adds steps, each at its place. */
	insert(steps: readonly Step[]): void {
		for (const step of steps) {
			this.steps.splice(lowerBound(this.steps, step), 0, step);
			const bucket = this.buckets[bucketOf(step, this.day, this.horizon)];
			bucket.splice(lowerBound(bucket, step), 0, agendaItem(step, bucketOf(step, this.day, this.horizon)));
		}
	}

	/** Removes steps that were added (the same objects). */
	remove(steps: readonly Step[]): void {
		for (const step of steps) {
			const index = lowerBound(this.steps, step);
			if (this.steps[index] !== step) continue;
			this.steps.splice(index, 1);
			// Its bucket is the one `insert` or `rebucket` chose: same step, same day, same horizon.
			const bucket = this.buckets[bucketOf(step, this.day, this.horizon)];
			const at = lowerBound(bucket, step);
			if (at < bucket.length && compareSteps(bucket[at], step) === 0) bucket.splice(at, 1);
		}
	}

	/** The agenda items of `today`, in agenda order: bucket, then due, note and step. */
	items(today: CalendarDay, horizonDays: number): AgendaItem[] {
		if (today !== this.day || horizonDays !== this.horizon) {
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
		this.buckets = buckets;
	}
}
