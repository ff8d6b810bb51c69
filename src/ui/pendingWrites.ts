/** How long a write waits to be seen by the metadata cache: a write that changed nothing may never be. */
const SEEN_TIMEOUT_MS = 3_000;

interface PendingWrite {
	path: string;
	/** The write has returned. */
	written: boolean;
	/** The cache read the note again while the write was under way (the in-memory Obsidian's order). */
	changed: boolean;
	timer: number;
	settle: () => void;
}

/**
 * The agenda's writes that the metadata cache has not shown yet, by note and step. Obsidian reads a note a
 * moment after it is written; until then the agenda still shows the step open, and a second click on its
 * Done would write again. So a write for a note and step runs only when none is pending for them.
 */
export class PendingWrites {
	private writes = new Map<string, PendingWrite>();

	/** Whether a write for `step` of note `path` is waiting for the cache. */
	isPending(path: string, step: string): boolean {
		return this.writes.has(keyOf(path, step));
	}

	/**
	 * Runs `write` for `step` of note `path` unless one is pending for them. Resolves once the cache has read
	 * the note again (or after a few seconds), or as soon as `write` says nothing was written.
	 */
	async run(path: string, step: string, write: () => Promise<boolean>): Promise<void> {
		const key = keyOf(path, step);
		if (this.writes.has(key)) return;
		const seen = new Promise<void>((resolve) => {
			const timer = window.setTimeout(() => this.settle(key), SEEN_TIMEOUT_MS);
			this.writes.set(key, { path, written: false, changed: false, timer, settle: resolve });
		});
		const entry = this.writes.get(key)!;
		let written = false;
		try {
			written = await write();
		} finally {
			if (!written || entry.changed) this.settle(key);
			else entry.written = true;
		}
		await seen;
	}

	/** The metadata cache read note `path` again. Returns whether that settled a pending write. */
	noteChanged(path: string): boolean {
		let settled = false;
		for (const [key, entry] of this.writes) {
			if (entry.path !== path) continue;
			if (!entry.written) entry.changed = true;
			else settled = this.settle(key);
		}
		return settled;
	}

	/** Forgets every pending write (the view closes). */
	clear(): void {
		for (const key of [...this.writes.keys()]) this.settle(key);
	}

	private settle(key: string): boolean {
		const entry = this.writes.get(key);
		if (!entry) return false;
		this.writes.delete(key);
		window.clearTimeout(entry.timer);
		entry.settle();
		return true;
	}
}

function keyOf(path: string, step: string): string {
	return `${step}\n${path}`;
}
