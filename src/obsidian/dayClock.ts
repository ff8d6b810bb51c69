import { Events } from "obsidian";
import { CalendarDay, localToday } from "../rules";

/**
 * Today in the local zone, and a `"day-changed"` event when the date rolls over (midnight, or waking a laptop
 * the next morning), so open views move their buckets without a reload. `check` is called by an interval.
 */
export class DayClock extends Events {
	private day: CalendarDay;

	/** `now` is the time source: `() => new Date()` in the plugin, a fixed time in tests and screenshots. */
	constructor(private now: () => Date) {
		super();
		this.day = localToday(now());
	}

	/** Today, as of the last check; a check happens first so a caller never sees yesterday. */
	today(): CalendarDay {
		this.check();
		return this.day;
	}

	/** Looks at the clock; triggers `"day-changed"` when the date differs from the last one seen. */
	check(): void {
		const day = localToday(this.now());
		if (day === this.day) return;
		this.day = day;
		this.trigger("day-changed", day);
	}
}
