import { canonicalPlainKey, decodeYamlDoubleQuoted, fail } from "./yamlScalars";

/** A small reader of YAML's flow forms: `[…]`, `{…}`, quoted and plain scalars, comments to the line's end. */
export class FlowParser {
	private at = 0;
	constructor(private readonly text: string) {}

	/** Blank space, line breaks and comments (a `#` after a space or a line break). */
	private space(): void {
		for (;;) {
			const ch = this.text[this.at];
			if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") this.at++;
			else if (ch === "#" && (this.at === 0 || /\s/.test(this.text[this.at - 1]))) {
				while (this.at < this.text.length && this.text[this.at] !== "\n") this.at++;
			} else return;
		}
	}

	/** After the value: nothing but space and comments. */
	rest(): void {
		const close = this.at;
		this.space();
		if (this.at < this.text.length) fail();
		// A comment must be apart from the value it follows (`"a"#b` is not valid).
		if (this.text[close] === "#") fail();
	}

	/** The top node; returns where it ends. */
	top(): number {
		this.node(false);
		return this.at;
	}

	/** One node; `inFlow` when inside a collection (a plain scalar then ends at `,` `[` `]` `{` `}`). Returns its key text. */
	node(inFlow: boolean): string {
		this.space();
		const ch = this.text[this.at];
		if (ch === "[") return this.sequence();
		if (ch === "{") return this.mapping();
		if (ch === '"' || ch === "'") return this.quoted(ch);
		return this.plain(inFlow);
	}

	private quoted(quote: string): string {
		const from = ++this.at;
		for (; this.at < this.text.length; this.at++) {
			const ch = this.text[this.at];
			if (quote === '"' && ch === "\\") this.at++;
			else if (quote === "'" && ch === "'" && this.text[this.at + 1] === "'") this.at++;
			else if (ch === quote) break;
		}
		if (this.at >= this.text.length) fail();
		const inner = this.text.slice(from, this.at++);
		// Line breaks inside fold to spaces; the key text only needs to tell keys apart.
		const value = quote === '"' ? decodeYamlDoubleQuoted(inner) : inner.replace(/''/g, "'");
		if (value === null) fail();
		return value.replace(/[ \t]*\r?\n[ \t]*/g, " ");
	}

	private plain(inFlow: boolean): string {
		const rest = this.text.slice(this.at);
		if (/^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?:[\s,[\]{}]|$))/.test(rest)) fail();
		const stop = inFlow ? /[,[\]{}]|:(?=[\s,[\]{}]|$)|\s#/ : /:(?=\s|$)|\s#/;
		const found = stop.exec(rest);
		const raw = (found ? rest.slice(0, found.index) : rest).trimEnd();
		if (raw === "") fail();
		this.at += raw.length;
		return canonicalPlainKey(raw.replace(/\s+/g, " "));
	}

	private sequence(): string {
		this.entries("]", null);
		return "[]";
	}

	private mapping(): string {
		this.entries("}", new Set<string>());
		return "{}";
	}

	/**
	 * The entries of a flow collection up to `close`: nodes, each maybe a `key: value` pair (in a sequence, a pair
	 * of one) whose key stays on one line. `keys` (a mapping's): a collection as a key, or a key twice, fails.
	 */
	private entries(close: "]" | "}", keys: Set<string> | null): void {
		this.at++;
		for (;;) {
			this.space();
			if (this.text[this.at] === close) break;
			const ch = this.text[this.at];
			if (keys !== null && (ch === "[" || ch === "{")) fail(); // a collection as a key: not read here
			const from = this.at;
			const key = this.node(true);
			if (keys !== null) {
				if (keys.has(key)) fail();
				keys.add(key);
			}
			this.space();
			if (this.text[this.at] === ":") {
				if (this.text.slice(from, this.at).includes("\n")) fail();
				this.at++;
				this.space();
				if (this.text[this.at] !== "," && this.text[this.at] !== close) this.node(true);
				this.space();
			}
			if (this.text[this.at] === ",") this.at++;
			else if (this.text[this.at] !== close) fail();
		}
		this.at++;
	}
}
