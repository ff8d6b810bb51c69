// Obsidian's `Editor`, over a plain string: the text, the cursor and selection, the edits plugins make, and an
// undo history.
//
// What it models, and where that comes from:
// - Each edit — `replaceSelection`, `replaceRange`, one `transaction` however many `changes` it holds — is ONE
//   undoable change: obsidian.d.ts declares `transaction(tx: EditorTransaction)` with `changes: EditorChange[]`,
//   and public plugins rely on it as one undo step (e.g. "List Callouts, Improved": "One transaction, so a single
//   undo puts every changed line back"; obsidian-heading-shifter applies all of a shift in one `transaction`).
// - The changes of one transaction are placed against the text as it was before it (CodeMirror's `ChangeSet`,
//   which Obsidian's editor is built on), and the cursor and selection move with the text around them
//   (CodeMirror maps the selection through every change), so an edit above the cursor does not move what the
//   user is looking at.
// - `undo()` takes back the last change and puts the selection back where it was before it; `redo()` again.
// - Mock only: `type(text)` is the user typing at the cursor; `setViewDataFromFile` (used by `MarkdownView`)
//   replaces the whole buffer and forgets the history, as Obsidian does when a file changes under an open editor
//   (see workspace.ts).

/** A position in the editor: 0-based line and character. */
export interface EditorPosition {
	line: number;
	ch: number;
}

/** A range, or a caret where `to` is absent (obsidian.d.ts `EditorRangeOrCaret`). */
export interface EditorRangeOrCaret {
	from: EditorPosition;
	to?: EditorPosition;
}

/** One change of a transaction: the text that replaces `from`–`to` (obsidian.d.ts `EditorChange`). */
export interface EditorChange extends EditorRangeOrCaret {
	text: string;
}

/** What `transaction` applies at once (obsidian.d.ts `EditorTransaction`). */
export interface EditorTransaction {
	replaceSelection?: string;
	changes?: EditorChange[];
	selection?: EditorRangeOrCaret;
}

/** The text and selection before a change, so `undo` can go back to them. */
interface HistoryEntry {
	before: { text: string; anchor: number; head: number };
	after: { text: string; anchor: number; head: number };
	origin?: string;
}

/** A change in offsets of the text before it. */
interface OffsetChange {
	from: number;
	to: number;
	text: string;
}

/** The editor of an open note. Mock: holds the text; `anchor`/`head` are the selection (equal: a cursor). */
export class Editor {
	private text: string;
	private anchor: number;
	private head: number;
	private done: HistoryEntry[] = [];
	private undone: HistoryEntry[] = [];
	private changeListeners: (() => void)[] = [];

	constructor(text = "", cursor: EditorPosition = { line: 0, ch: 0 }) {
		this.text = text;
		this.anchor = this.head = this.posToOffset(cursor);
	}

	getValue(): string {
		return this.text;
	}

	/** Replaces the whole text, as one undoable change (CodeMirror's `setValue` is one change of the document). */
	setValue(text: string): void {
		this.apply([{ from: 0, to: this.text.length, text }], { anchor: 0, head: 0 });
	}

	lineCount(): number {
		return this.text.split("\n").length;
	}

	lastLine(): number {
		return this.lineCount() - 1;
	}

	getLine(line: number): string {
		return this.text.split("\n")[line] ?? "";
	}

	getRange(from: EditorPosition, to: EditorPosition): string {
		return this.text.slice(this.posToOffset(from), this.posToOffset(to));
	}

	getCursor(side: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const offset = side === "anchor" ? this.anchor : side === "head" ? this.head : side === "from" ? Math.min(this.anchor, this.head) : Math.max(this.anchor, this.head);
		return this.offsetToPos(offset);
	}

	setCursor(pos: EditorPosition | number, ch?: number): void {
		this.anchor = this.head = this.posToOffset(typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos);
	}

	setSelection(anchor: EditorPosition, head: EditorPosition = anchor): void {
		this.anchor = this.posToOffset(anchor);
		this.head = this.posToOffset(head);
	}

	somethingSelected(): boolean {
		return this.anchor !== this.head;
	}

	getSelection(): string {
		return this.text.slice(Math.min(this.anchor, this.head), Math.max(this.anchor, this.head));
	}

	/** Replaces the selection (or inserts at the cursor) and puts the cursor after the new text: one change. */
	replaceSelection(replacement: string, origin?: string): void {
		const from = Math.min(this.anchor, this.head);
		const end = from + replacement.length;
		this.apply([{ from, to: Math.max(this.anchor, this.head), text: replacement }], { anchor: end, head: end }, origin);
	}

	/** Replaces `from`–`to` (or inserts at `from`): one change; the selection moves with the text around it. */
	replaceRange(replacement: string, from: EditorPosition, to: EditorPosition = from, origin?: string): void {
		this.apply([{ from: this.posToOffset(from), to: this.posToOffset(to), text: replacement }], null, origin);
	}

	/** Applies every change of `tx` at once, each placed against the text before the transaction: one change. */
	transaction(tx: EditorTransaction, origin?: string): void {
		const changes: OffsetChange[] = (tx.changes ?? []).map((change) => {
			const from = this.posToOffset(change.from);
			return { from, to: change.to ? this.posToOffset(change.to) : from, text: change.text };
		});
		if (tx.replaceSelection !== undefined) changes.push({ from: Math.min(this.anchor, this.head), to: Math.max(this.anchor, this.head), text: tx.replaceSelection });
		changes.sort((a, b) => a.from - b.from);
		for (let i = 1; i < changes.length; i++) if (changes[i].from < changes[i - 1].to) throw new RangeError("Overlapping changes in one transaction");
		this.apply(changes, null, origin);
		if (tx.selection) this.setSelection(tx.selection.from, tx.selection.to ?? tx.selection.from);
	}

	undo(): void {
		const entry = this.done.pop();
		if (!entry) return;
		this.undone.push(entry);
		this.restore(entry.before);
	}

	redo(): void {
		const entry = this.undone.pop();
		if (!entry) return;
		this.done.push(entry);
		this.restore(entry.after);
	}

	posToOffset(pos: EditorPosition): number {
		const lines = this.text.split("\n");
		let offset = 0;
		for (let line = 0; line < pos.line && line < lines.length; line++) offset += lines[line].length + 1;
		const lineLength = lines[Math.min(pos.line, lines.length - 1)]?.length ?? 0;
		return Math.min(offset + Math.min(pos.ch, lineLength), this.text.length);
	}

	offsetToPos(offset: number): EditorPosition {
		const before = this.text.slice(0, Math.max(0, Math.min(offset, this.text.length))).split("\n");
		return { line: before.length - 1, ch: before[before.length - 1].length };
	}

	scrollIntoView(): void {}

	focus(): void {}

	/** Mock only: the user types `text` at the cursor (replacing the selection), as keystrokes do. */
	type(text: string): void {
		this.replaceSelection(text, "+input");
	}

	/** Mock only: how many changes `undo` can take back. */
	undoDepth(): number {
		return this.done.length;
	}

	/** Mock only: calls `listener` after every change of the text (the open view saves a while after one). */
	onChange(listener: () => void): void {
		this.changeListeners.push(listener);
	}

	/**
	 * Mock only: the view loads the file's text into the editor: the buffer is replaced, the cursor goes to the
	 * start and the history is forgotten (see `MarkdownView.setViewData`). Not a change: nothing is saved.
	 */
	setViewDataFromFile(text: string): void {
		this.text = text;
		this.anchor = this.head = 0;
		this.done = [];
		this.undone = [];
	}

	// One undoable change: the changes (sorted, not overlapping, in offsets of the text before) and the selection
	// after them — given, or the old one mapped through the changes.
	private apply(changes: OffsetChange[], selection: { anchor: number; head: number } | null, origin?: string): void {
		const before = { text: this.text, anchor: this.anchor, head: this.head };
		let text = "";
		let last = 0;
		for (const change of changes) {
			text += this.text.slice(last, change.from) + change.text;
			last = change.to;
		}
		text += this.text.slice(last);
		if (text === this.text && selection === null) return;
		const mapped = selection ?? { anchor: mapOffset(this.anchor, changes), head: mapOffset(this.head, changes) };
		this.text = text;
		this.anchor = mapped.anchor;
		this.head = mapped.head;
		this.done.push({ before, after: { text, anchor: this.anchor, head: this.head }, origin });
		this.undone = [];
		for (const listener of this.changeListeners) listener();
	}

	private restore(state: { text: string; anchor: number; head: number }): void {
		this.text = state.text;
		this.anchor = state.anchor;
		this.head = state.head;
		for (const listener of this.changeListeners) listener();
	}
}

/**
 * Where an offset of the old text lands after `changes`: before a change it stays, after one it moves by what the
 * change added or took away, inside a replaced range it goes to the range's new end (CodeMirror's `mapPos`).
 */
function mapOffset(offset: number, changes: readonly OffsetChange[]): number {
	let shift = 0;
	for (const change of changes) {
		// Before a change, or at its start (an insertion at the cursor leaves the cursor before it): stays.
		if (offset <= change.from) break;
		if (offset < change.to) return change.from + shift + change.text.length;
		shift += change.text.length - (change.to - change.from);
	}
	return offset + shift;
}
