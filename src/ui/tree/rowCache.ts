/**
 * The rows of a pane's last render, by key, kept to be put back as they are: a render after one note changed
 * rebuilds only that note's rows and moves the others (`npm run bench`: an update is then a fraction of a full
 * render). A row is reused when its `signature` is the same (`===`) as before: a text of everything it shows,
 * or an object that is made anew whenever what it shows changes.
 */
export class RowCache<T> {
	private rows = new Map<string, { signature: unknown; el: HTMLElement; value: T }>();
	private next = new Map<string, { signature: unknown; el: HTMLElement; value: T }>();

	/** Starts a render: rows asked for until `end` are kept, the others dropped. */
	begin(): void {
		this.next = new Map();
	}

	/** The row for `key`: the one built before if it showed the same `signature`, else a new one from `build`. */
	row(key: string, signature: unknown, value: T, build: () => HTMLElement): HTMLElement {
		const old = this.rows.get(key);
		const el = old && old.signature === signature ? old.el : build();
		this.next.set(key, { signature, el, value });
		return el;
	}

	/** Ends a render. */
	end(): void {
		this.rows = this.next;
	}

	/** The value shown by the row with `key` (a row's `data-key`). */
	valueOf(key: string | undefined): T | undefined {
		return key === undefined ? undefined : (this.next.get(key) ?? this.rows.get(key))?.value;
	}

	/** Forgets every row (settings changed, say). */
	clear(): void {
		this.rows.clear();
		this.next.clear();
	}
}
