/** @jest-environment jsdom */
import { PendingWrites } from "../../src/ui/pendingWrites";

const PATH = "Interviews/Acme.md";

describe("a write for a note and step runs once until the metadata cache shows it", () => {
	it("a second Done while the first is pending writes nothing", async () => {
		const pending = new PendingWrites();
		const write = jest.fn(async () => true);
		const first = pending.run(PATH, "check-in", write);
		const second = pending.run(PATH, "check-in", write);
		await second;
		expect(write).toHaveBeenCalledTimes(1);
		expect(pending.isPending(PATH, "check-in")).toBe(true);
		pending.noteChanged(PATH);
		await first;
		expect(pending.isPending(PATH, "check-in")).toBe(false);
	});

	it("another step of the same note is written meanwhile", async () => {
		const pending = new PendingWrites();
		const write = jest.fn(async () => true);
		void pending.run(PATH, "check-in", write);
		void pending.run(PATH, "letter", write);
		await Promise.resolve();
		expect(write).toHaveBeenCalledTimes(2);
		pending.clear();
	});

	it("counts a cache update that came while the write was under way", async () => {
		const pending = new PendingWrites();
		await pending.run(PATH, "call", async () => {
			pending.noteChanged(PATH);
			return true;
		});
		expect(pending.isPending(PATH, "call")).toBe(false);
	});

	it("is no longer pending when the write failed", async () => {
		const pending = new PendingWrites();
		await expect(pending.run(PATH, "call", () => Promise.reject(new Error("disk full")))).rejects.toThrow("disk full");
		await pending.run(PATH, "call", async () => false);
		expect(pending.isPending(PATH, "call")).toBe(false);
	});
});
