import { Pacing, stage, workInSlices } from "../../src/obsidian/slicedWork";

/** A pacing whose slices end after `perSlice` items, and whose pauses wait in `queue` until a test runs them. */
function stepped(perSlice: number): { pacing: Pacing; queue: (() => void)[] } {
	const queue: (() => void)[] = [];
	return { pacing: { sliceMs: 0, minimumPerSlice: perSlice, now: () => 0, later: (next) => queue.push(next) }, queue };
}

describe("long work lets the app run between its slices", () => {
	it("visits every item once, in order, across slices, then says it is done", () => {
		const { pacing, queue } = stepped(2);
		const seen: number[] = [];
		const done = jest.fn();
		workInSlices([stage(() => [1, 2, 3, 4, 5], (item) => seen.push(item))], pacing, () => false, done);
		expect(seen).toEqual([1, 2]);
		expect(done).not.toHaveBeenCalled();
		while (queue.length > 0) queue.shift()!();
		expect(seen).toEqual([1, 2, 3, 4, 5]);
		expect(done).toHaveBeenCalledTimes(1);
	});

	it("ends a small walk before it returns, whatever the clock says", () => {
		const { pacing, queue } = stepped(3);
		const done = jest.fn();
		workInSlices([stage(() => ["a", "b", "c"], () => undefined)], pacing, () => false, done);
		expect(done).toHaveBeenCalledTimes(1);
		expect(queue).toEqual([]);
	});

	it("stops between two slices once told to, and is then never done", () => {
		const { pacing, queue } = stepped(1);
		const seen: string[] = [];
		let stopped = false;
		const done = jest.fn();
		workInSlices([stage(() => ["a", "b", "c"], (item) => seen.push(item))], pacing, () => stopped, done);
		stopped = true;
		while (queue.length > 0) queue.shift()!();
		expect(seen).toEqual(["a"]);
		expect(done).not.toHaveBeenCalled();
	});

	it("after its minimum, a slice goes on until its time is up", () => {
		let clock = 0;
		const queue: (() => void)[] = [];
		// Every look at the clock finds a millisecond gone: a slice of 3 ms ends at its third look.
		const pacing: Pacing = { sliceMs: 3, minimumPerSlice: 1, now: () => clock++, later: (next) => queue.push(next) };
		const seen: number[] = [];
		workInSlices([stage(() => Array.from({ length: 2_000 }, (_, i) => i), (item) => seen.push(item))], pacing, () => false, () => undefined);
		expect(seen.length).toBe(1 + 256 + 256);
		expect(queue.length).toBe(1);
	});

	it("goes on with the next stage in the same slice, and makes a stage's list only when that stage begins", () => {
		const { pacing, queue } = stepped(3);
		const seen: string[] = [];
		const made: string[] = [];
		const list = (name: string, items: string[]) => () => {
			made.push(name);
			return items;
		};
		const done = jest.fn();
		workInSlices([stage(list("files", ["f1", "f2"]), (item) => seen.push(item)), stage(list("threads", ["t1", "t2", "t3"]), (item) => seen.push(item))], pacing, () => false, done);
		expect(seen).toEqual(["f1", "f2", "t1"]);
		expect(made).toEqual(["files", "threads"]);
		queue.shift()!();
		expect(seen).toEqual(["f1", "f2", "t1", "t2", "t3"]);
		expect(done).toHaveBeenCalledTimes(1);
	});
});
