/**
 * How a long walk shares the app's one thread: it works for a slice of time, then lets the app draw and answer
 * input before it goes on. A task that holds the thread for more than 50 ms is a "long task" (the W3C Long
 * Tasks API's threshold): the user feels it as a freeze.
 */
export interface Pacing {
	/** How long a slice runs, in ms, once it has done `minimumPerSlice` items. */
	sliceMs: number;
	/** Items every slice does before it looks at the clock: a small walk ends in one slice, whatever the clock says. */
	minimumPerSlice: number;
	/** A monotonic clock, in ms. */
	now(): number;
	/** Runs `next` once the app has had its turn. */
	later(next: () => void): void;
}

/** How often a slice looks at the clock, in items. */
const CLOCK_EVERY = 256;

/** The plugin's pacing: slices of about 10 ms, a timer between them (`later` registers it with the plugin). */
export function appPacing(later: (next: () => void) => void): Pacing {
	return { sliceMs: 10, minimumPerSlice: 1_000, now: () => performance.now(), later };
}

/** Everything at once: for a caller with nothing else to run (a test, the command line's engine). */
export const AT_ONCE: Pacing = { sliceMs: Infinity, minimumPerSlice: Infinity, now: () => 0, later: (next) => next() };

/** One stage of a piece of work: a list, made when the stage begins, and what is done with each of its items. */
export interface Stage {
	/** Makes the stage's list; returns how many items it holds. */
	start(): number;
	/** Does item `index` of the list. */
	visit(index: number): void;
}

/** A stage over the items `list` gives, each handed to `visit`, in order. */
export function stage<T>(list: () => readonly T[], visit: (item: T) => void): Stage {
	let items: readonly T[] = [];
	return {
		start: () => (items = list()).length,
		visit: (index) => visit(items[index]),
	};
}

/**
 * Does `stages` one after another, each item in order, in slices paced by `pacing`, then calls `done` (in the
 * last slice). A stage's list is made when it begins, inside a slice, and counts against it. The first slice runs
 * before this returns, so work of at most `minimumPerSlice` items is over (and `done` called) by then. Once
 * `stopped()` says so, between two slices, nothing more runs: no item, and not `done`.
 */
export function workInSlices(stages: readonly Stage[], pacing: Pacing, stopped: () => boolean, done: () => void): void {
	let at = 0;
	let count: number | null = null;
	let next = 0;
	const slice = (): void => {
		if (stopped()) return;
		const deadline = pacing.now() + pacing.sliceMs;
		let beforeTheClock = pacing.minimumPerSlice;
		while (at < stages.length) {
			const current = stages[at];
			if (count === null) {
				count = current.start();
				next = 0;
			}
			const stop = Math.min(count, next + beforeTheClock);
			beforeTheClock -= stop - next;
			for (; next < stop; next++) current.visit(next);
			if (next >= count) {
				// This stage is over; the next one goes on in the same slice.
				at++;
				count = null;
				continue;
			}
			if (pacing.now() >= deadline) {
				pacing.later(slice);
				return;
			}
			beforeTheClock = CLOCK_EVERY;
		}
		done();
	};
	slice();
}
