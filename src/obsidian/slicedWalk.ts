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

/**
 * Visits `items` in order, in slices paced by `pacing`, then calls `done`. The first slice runs before this
 * returns, so a walk of at most `minimumPerSlice` items is over (and `done` called) by then. Once `stopped()`
 * says so, between two slices, nothing more runs: neither `visit` nor `done`.
 */
export function walkInSlices<T>(items: readonly T[], visit: (item: T) => void, pacing: Pacing, stopped: () => boolean, done: () => void): void {
	let next = 0;
	const slice = (): void => {
		if (stopped()) return;
		const deadline = pacing.now() + pacing.sliceMs;
		let stop = Math.min(items.length, next + pacing.minimumPerSlice);
		for (;;) {
			for (; next < stop; next++) visit(items[next]);
			if (next >= items.length || pacing.now() >= deadline) break;
			stop = Math.min(items.length, next + CLOCK_EVERY);
		}
		if (next < items.length) pacing.later(slice);
		else done();
	};
	slice();
}
