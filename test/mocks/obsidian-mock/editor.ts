// Obsidian's `Editor`, over a plain string: the cursor, the selection and the edits the letters commands make.

/** A position in the editor: 0-based line and character. */
export interface EditorPosition {
	line: number;
	ch: number;
}

/** The editor of an open note. Mock: holds the text; `from`/`to` are the selection (equal: a cursor). */
export class Editor {
	private text: string;
	private from: EditorPosition;
	private to: EditorPosition;

	constructor(text = "", cursor: EditorPosition = { line: 0, ch: 0 }) {
		this.text = text;
		this.from = cursor;
		this.to = cursor;
	}

	getValue(): string {
		return this.text;
	}

	setValue(text: string): void {
		this.text = text;
	}

	lineCount(): number {
		return this.text.split("\n").length;
	}

	getLine(line: number): string {
		return this.text.split("\n")[line] ?? "";
	}

	getCursor(): EditorPosition {
		return this.to;
	}

	setCursor(pos: EditorPosition | number, ch?: number): void {
		this.from = this.to = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
	}

	setSelection(anchor: EditorPosition, head: EditorPosition = anchor): void {
		this.from = anchor;
		this.to = head;
	}

	getSelection(): string {
		return this.text.slice(this.offsetOf(this.from), this.offsetOf(this.to));
	}

	/** Replaces the selection (or inserts at the cursor) and puts the cursor after the new text. */
	replaceSelection(replacement: string): void {
		const start = this.offsetOf(this.from);
		this.text = `${this.text.slice(0, start)}${replacement}${this.text.slice(this.offsetOf(this.to))}`;
		this.from = this.to = this.positionOf(start + replacement.length);
	}

	scrollIntoView(): void {}

	focus(): void {}

	private offsetOf(pos: EditorPosition): number {
		const lines = this.text.split("\n");
		let offset = 0;
		for (let line = 0; line < pos.line && line < lines.length; line++) offset += lines[line].length + 1;
		return Math.min(offset + pos.ch, this.text.length);
	}

	private positionOf(offset: number): EditorPosition {
		const before = this.text.slice(0, offset).split("\n");
		return { line: before.length - 1, ch: before[before.length - 1].length };
	}
}
