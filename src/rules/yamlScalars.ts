// How YAML reads a scalar or a key, for the frontmatter check (frontmatterCheck.ts) and the reading of keys
// (frontmatterText.ts): double-quoted escapes, the core schema's plain keys, and the check's one way to fail.

const ESCAPES: Readonly<Record<string, string>> = {
	"0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
	N: "\u0085", _: "\u00a0", L: "\u2028", P: "\u2029",
};
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** A failed check: thrown inside, caught once at the top. */
export class NotReadable extends Error {}

export function fail(): never {
	throw new NotReadable();
}

/**
 * The text of a double-quoted YAML scalar's inside (`st\x61tus` → `status`), with every YAML escape; `null`
 * when an escape is not one YAML has (which makes the block invalid). An escaped line break joins the lines.
 */
export function decodeYamlDoubleQuoted(inner: string): string | null {
	let out = "";
	for (let i = 0; i < inner.length; i++) {
		const ch = inner[i];
		if (ch !== "\\") {
			out += ch;
			continue;
		}
		const next = inner[++i];
		if (next === undefined) return null;
		if (next === "\n") continue;
		if (next === "\r" && inner[i + 1] === "\n") {
			i++;
			continue;
		}
		const length = HEX_LENGTH[next];
		if (length !== undefined) {
			const hex = inner.slice(i + 1, i + 1 + length);
			if (!new RegExp(`^[0-9A-Fa-f]{${length}}$`).test(hex)) return null;
			const code = parseInt(hex, 16);
			if (code > 0x10ffff) return null;
			out += String.fromCodePoint(code);
			i += length;
			continue;
		}
		const escaped = ESCAPES[next];
		if (escaped === undefined) return null;
		out += escaped;
	}
	return out;
}

/**
 * A plain key as YAML 1.2's core schema compares it: `true` and `True` are one key, `~` and `null` another,
 * `0x1F` and `31` another; text that is none of those is itself. Telling them apart would let a duplicate pass.
 */
export function canonicalPlainKey(key: string): string {
	if (/^(?:~|null|Null|NULL|)$/.test(key)) return "\u0000null";
	if (/^(?:true|True|TRUE|false|False|FALSE)$/.test(key)) return `\u0000${key.toLowerCase()}`;
	if (/^[-+]?(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/.test(key)) {
		const number = /^[-+]?0o/.test(key) ? parseInt(key.replace("0o", ""), 8) : Number(key.replace(/^([-+]?)\.(inf|Inf|INF)$/, "$1Infinity"));
		return `\u0000${String(number)}`;
	}
	return key;
}
