// Obsidian's `Events` and `Component`: listeners and the clean-up that unloading does.

/** A registered listener, as `Events.on` returns it. */
export interface EventRef {
	events: Events;
	name: string;
	callback: (...args: unknown[]) => unknown;
	ctx?: unknown;
}

/** Obsidian's event emitter: listeners run in registration order, synchronously. */
export class Events {
	private listeners = new Map<string, EventRef[]>();

	on(name: string, callback: (...args: never[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { events: this, name, callback: callback as (...args: unknown[]) => unknown, ctx };
		this.listeners.set(name, [...(this.listeners.get(name) ?? []), ref]);
		return ref;
	}

	off(name: string, callback: (...args: never[]) => unknown): void {
		this.listeners.set(name, (this.listeners.get(name) ?? []).filter((ref) => ref.callback !== callback));
	}

	offref(ref: EventRef): void {
		this.listeners.set(ref.name, (this.listeners.get(ref.name) ?? []).filter((other) => other !== ref));
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.listeners.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	tryTrigger(ref: EventRef, data: unknown[]): void {
		try {
			ref.callback.apply(ref.ctx, data);
		} catch (error) {
			// Obsidian logs a failing listener and goes on with the others.
			console.error(error);
		}
	}

	/** Mock only: how many listeners `name` has (tests check that unloading removes them). */
	listenerCount(name: string): number {
		return this.listeners.get(name)?.length ?? 0;
	}
}

/** Obsidian's `Component`: owns listeners and children, and releases them all on `unload`. */
export class Component {
	private loaded = false;
	private cleanups: (() => void)[] = [];
	private children: Component[] = [];

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		void this.onload();
		for (const child of this.children) child.load();
	}

	onload(): void | Promise<void> {}

	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		for (const child of this.children) child.unload();
		this.children = [];
		for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(child: T): T {
		this.children.push(child);
		if (this.loaded) child.load();
		return child;
	}

	removeChild<T extends Component>(child: T): T {
		this.children = this.children.filter((other) => other !== child);
		child.unload();
		return child;
	}

	register(cleanup: () => unknown): void {
		this.cleanups.push(() => void cleanup());
	}

	registerEvent(ref: EventRef): void {
		this.register(() => ref.events.offref(ref));
	}

	registerDomEvent(el: EventTarget, type: string, callback: (event: never) => unknown, options?: boolean | AddEventListenerOptions): void {
		const listener = callback as unknown as EventListener;
		el.addEventListener(type, listener, options);
		this.register(() => el.removeEventListener(type, listener, options));
	}

	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}
}

/** A debounced function with Obsidian's `cancel` and `run`. */
export interface Debouncer<T extends unknown[], V> {
	(...args: T): this;
	cancel(): this;
	run(): V | void;
}

/** Obsidian's `debounce`: runs `callback` once `timeout` ms after the last call (or the first, without `resetTimer`). */
export function debounce<T extends unknown[], V>(callback: (...args: T) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: number | null = null;
	let pending: T | null = null;
	const run = (): V | void => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
		if (pending === null) return;
		const args = pending;
		pending = null;
		return callback(...args);
	};
	const debounced = function (...args: T) {
		pending = args;
		if (timer !== null && !resetTimer) return debounced;
		if (timer !== null) window.clearTimeout(timer);
		timer = window.setTimeout(run, timeout);
		return debounced;
	} as Debouncer<T, V>;
	debounced.cancel = () => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
		pending = null;
		return debounced;
	};
	debounced.run = run;
	return debounced;
}
