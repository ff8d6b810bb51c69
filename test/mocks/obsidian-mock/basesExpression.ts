// Mock only: the part of the Bases expression language (filters and formulas) that the in-memory Obsidian
// evaluates, as obsidian-help documents it ("Bases syntax": operators `!`, `&&`, `||`, `==`, `!=`; property
// access `note.x`, `x`, `file.x`; list literals; "Functions": `file.inFolder`, `file.hasTag` (nested tags
// count), `isType`, `isEmpty`, `toString`, `contains`, `startsWith`, `lower`, `trim`, `replace` with a string
// or a regular expression, `list`). Anything else throws, naming it, so a base that uses more fails loudly
// in a test instead of selecting the wrong notes.

/** What an expression is evaluated against: one file, its frontmatter and its tags (as Obsidian reads them). */
export interface ExpressionFile {
	path: string;
	extension: string;
	frontmatter: Record<string, unknown>;
	/** Every tag of the file, frontmatter and body, without `#`. */
	tags: readonly string[];
}

type Value = string | number | boolean | null | RegExp | Value[] | FileRef | { [key: string]: unknown };

class FileRef {
	constructor(readonly file: ExpressionFile) {}
}

type Token = { kind: "string" | "number" | "regex" | "ident" | "op"; text: string; flags?: string };

function tokenize(source: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	const operandExpected = () => {
		const last = tokens[tokens.length - 1];
		return !last || (last.kind === "op" && !")]".includes(last.text));
	};
	while (i < source.length) {
		const c = source[i];
		if (/\s/.test(c)) {
			i++;
		} else if (c === '"' || c === "'") {
			let text = "";
			i++;
			while (i < source.length && source[i] !== c) {
				if (source[i] === "\\") i++;
				text += source[i++];
			}
			if (i >= source.length) throw new Error(`Bases (mock): unterminated text in ${source}`);
			i++;
			tokens.push({ kind: "string", text });
		} else if (c === "/" && operandExpected()) {
			let body = "";
			i++;
			let inClass = false;
			while (i < source.length && (source[i] !== "/" || inClass)) {
				if (source[i] === "\\") body += source[i++];
				else if (source[i] === "[") inClass = true;
				else if (source[i] === "]") inClass = false;
				body += source[i++];
			}
			i++;
			const flags = /^[gimsuy]*/.exec(source.slice(i))?.[0] ?? "";
			i += flags.length;
			tokens.push({ kind: "regex", text: body, flags });
		} else if (/[0-9]/.test(c)) {
			const text = /^[0-9]+(\.[0-9]+)?/.exec(source.slice(i))?.[0] ?? c;
			i += text.length;
			tokens.push({ kind: "number", text });
		} else if (/[A-Za-z_]/.test(c)) {
			const text = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i))?.[0] ?? c;
			i += text.length;
			tokens.push({ kind: "ident", text });
		} else {
			const two = source.slice(i, i + 2);
			if (["&&", "||", "==", "!="].includes(two)) {
				tokens.push({ kind: "op", text: two });
				i += 2;
			} else if ("!()[],.".includes(c)) {
				tokens.push({ kind: "op", text: c });
				i++;
			} else {
				throw new Error(`Bases (mock): unexpected "${c}" in ${source}`);
			}
		}
	}
	return tokens;
}

type Node =
	| { kind: "literal"; value: Value }
	| { kind: "list"; items: Node[] }
	| { kind: "ident"; name: string }
	| { kind: "member"; object: Node; name: string }
	| { kind: "call"; callee: Node | null; name: string; args: Node[] }
	| { kind: "not"; operand: Node }
	| { kind: "binary"; op: string; left: Node; right: Node };

function parse(source: string): Node {
	const tokens = tokenize(source);
	let at = 0;
	const peek = (text: string) => tokens[at]?.kind === "op" && tokens[at].text === text;
	const expect = (text: string) => {
		if (!peek(text)) throw new Error(`Bases (mock): expected "${text}" in ${source}`);
		at++;
	};
	const args = (): Node[] => {
		const list: Node[] = [];
		expect("(");
		while (!peek(")")) {
			list.push(or());
			if (!peek(")")) expect(",");
		}
		expect(")");
		return list;
	};
	const primary = (): Node => {
		const token = tokens[at++];
		if (!token) throw new Error(`Bases (mock): unexpected end of ${source}`);
		if (token.kind === "string") return { kind: "literal", value: token.text };
		if (token.kind === "number") return { kind: "literal", value: Number(token.text) };
		if (token.kind === "regex") return { kind: "literal", value: new RegExp(token.text, token.flags) };
		if (token.kind === "ident") {
			if (token.text === "true" || token.text === "false") return { kind: "literal", value: token.text === "true" };
			if (token.text === "null") return { kind: "literal", value: null };
			if (peek("(")) return { kind: "call", callee: null, name: token.text, args: args() };
			return { kind: "ident", name: token.text };
		}
		if (token.text === "(") {
			const inner = or();
			expect(")");
			return inner;
		}
		if (token.text === "[") {
			const items: Node[] = [];
			while (!peek("]")) {
				items.push(or());
				if (!peek("]")) expect(",");
			}
			expect("]");
			return { kind: "list", items };
		}
		throw new Error(`Bases (mock): unexpected "${token.text}" in ${source}`);
	};
	const postfix = (): Node => {
		let node = primary();
		while (peek(".")) {
			at++;
			const name = tokens[at++];
			if (name?.kind !== "ident") throw new Error(`Bases (mock): expected a name after "." in ${source}`);
			node = peek("(") ? { kind: "call", callee: node, name: name.text, args: args() } : { kind: "member", object: node, name: name.text };
		}
		return node;
	};
	const unary = (): Node => {
		if (peek("!")) {
			at++;
			return { kind: "not", operand: unary() };
		}
		return postfix();
	};
	const equality = (): Node => {
		const left = unary();
		if (peek("==") || peek("!=")) {
			const op = tokens[at++].text;
			return { kind: "binary", op, left, right: unary() };
		}
		return left;
	};
	const and = (): Node => {
		let node = equality();
		while (peek("&&")) {
			at++;
			node = { kind: "binary", op: "&&", left: node, right: equality() };
		}
		return node;
	};
	const or = (): Node => {
		let node = and();
		while (peek("||")) {
			at++;
			node = { kind: "binary", op: "||", left: node, right: and() };
		}
		return node;
	};
	const node = or();
	if (at < tokens.length) throw new Error(`Bases (mock): unexpected "${tokens[at].text}" in ${source}`);
	return node;
}

function truthy(value: Value): boolean {
	if (Array.isArray(value)) return value.length > 0;
	return Boolean(value);
}

function typeOf(value: Value): string {
	if (value === null) return "null";
	if (Array.isArray(value)) return "list";
	if (value instanceof RegExp) return "regexp";
	if (value instanceof FileRef) return "file";
	if (typeof value === "object") return "object";
	return typeof value;
}

/** A value as text, as `toString()` gives it: a list's items joined, nothing for a missing value. */
function text(value: Value): string {
	if (value === null) return "";
	if (Array.isArray(value)) return value.map(text).join(", ");
	if (value instanceof RegExp) return value.source;
	if (value instanceof FileRef) return value.file.path;
	if (typeof value === "object") return JSON.stringify(value);
	return String(value);
}

function equal(a: Value, b: Value): boolean {
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => equal(item, b[i]));
	return a === b;
}

function fileMember(ref: FileRef, name: string): Value {
	const { file } = ref;
	const fileName = file.path.split("/").pop() ?? file.path;
	switch (name) {
		case "path":
			return file.path;
		case "name":
			return fileName;
		case "basename":
			return fileName.replace(/\.[^.]*$/, "");
		case "ext":
			return file.extension;
		case "folder":
			return file.path.includes("/") ? file.path.slice(0, file.path.lastIndexOf("/")) : "/";
		case "tags":
			return file.tags.map((tag) => `#${tag}`);
		case "properties":
			return file.frontmatter;
		default:
			throw new Error(`Bases (mock): file.${name} is not modelled`);
	}
}

function callMethod(target: Value, name: string, args: Value[]): Value {
	if (target instanceof FileRef) {
		if (name === "inFolder") {
			const folder = text(args[0]).replace(/\/+$/, "");
			return target.file.path.startsWith(`${folder}/`);
		}
		if (name === "hasTag") {
			const wanted = args.map((arg) => text(arg).replace(/^#/, "").toLowerCase());
			return target.file.tags.some((tag) => wanted.some((w) => tag.toLowerCase() === w || tag.toLowerCase().startsWith(`${w}/`)));
		}
	}
	switch (name) {
		case "isType":
			return typeOf(target) === args[0];
		case "isEmpty":
			if (target === null || target === "") return true;
			if (Array.isArray(target)) return target.length === 0;
			if (typeof target === "object" && !(target instanceof RegExp) && !(target instanceof FileRef)) return Object.keys(target).length === 0;
			return false;
		case "toString":
			return text(target);
	}
	if (typeof target === "string") {
		switch (name) {
			case "lower":
				return target.toLowerCase();
			case "trim":
				return target.trim();
			case "contains":
				return target.includes(text(args[0]));
			case "startsWith":
				return target.startsWith(text(args[0]));
			case "replace":
				// obsidian-help "Functions": a text pattern replaces every occurrence; a RegExp follows its `g` flag.
				return args[0] instanceof RegExp ? target.replace(args[0], text(args[1])) : target.split(text(args[0])).join(text(args[1]));
		}
	}
	if (Array.isArray(target) && name === "contains") return target.some((item) => equal(item, args[0]));
	if (target === null) throw new Error(`Bases (mock): ${name}() called on a missing value`);
	throw new Error(`Bases (mock): ${name}() on ${typeOf(target)} is not modelled`);
}

function evaluate(node: Node, file: ExpressionFile): Value {
	switch (node.kind) {
		case "literal":
			return node.value;
		case "list":
			return node.items.map((item) => evaluate(item, file));
		case "ident":
			if (node.name === "file") return new FileRef(file);
			if (node.name === "note") return file.frontmatter;
			return (file.frontmatter[node.name] ?? null) as Value;
		case "member": {
			const object = evaluate(node.object, file);
			if (object instanceof FileRef) return fileMember(object, node.name);
			if (object !== null && typeof object === "object" && !Array.isArray(object) && !(object instanceof RegExp)) {
				return ((object as Record<string, unknown>)[node.name] ?? null) as Value;
			}
			if (Array.isArray(object) && node.name === "length") return object.length;
			if (typeof object === "string" && node.name === "length") return object.length;
			return null;
		}
		case "call": {
			const args = node.args.map((arg) => evaluate(arg, file));
			if (node.callee === null) {
				if (node.name === "list") return Array.isArray(args[0]) ? args[0] : [args[0]];
				throw new Error(`Bases (mock): the function ${node.name}() is not modelled`);
			}
			return callMethod(evaluate(node.callee, file), node.name, args);
		}
		case "not":
			return !truthy(evaluate(node.operand, file));
		case "binary":
			if (node.op === "&&") return truthy(evaluate(node.left, file)) && truthy(evaluate(node.right, file));
			if (node.op === "||") return truthy(evaluate(node.left, file)) || truthy(evaluate(node.right, file));
			return node.op === "==" ? equal(evaluate(node.left, file), evaluate(node.right, file)) : !equal(evaluate(node.left, file), evaluate(node.right, file));
	}
}

/** A filter as a `.base` file holds it (obsidian.d.ts `BasesConfigFileFilter`): a statement, or `and`/`or`/`not` of filters. */
export type BasesFilter = string | { and: BasesFilter[] } | { or: BasesFilter[] } | { not: BasesFilter[] };

/** Mock only: evaluates one statement for one file; `&&` and `||` stop early, as in the Bases docs' examples. */
export function evaluateStatement(statement: string, file: ExpressionFile): boolean {
	return truthy(evaluate(parse(statement), file));
}

/**
 * Mock only: whether `file` passes `filter`. `and` is "all of", `or` "any of", `not` "none of" (the Bases
 * filter menu's "All the following are true", "Any…", "None…").
 */
export function passesFilter(filter: BasesFilter | undefined, file: ExpressionFile): boolean {
	if (filter === undefined || filter === null) return true;
	if (typeof filter === "string") return evaluateStatement(filter, file);
	if ("and" in filter) return filter.and.every((part) => passesFilter(part, file));
	if ("or" in filter) return filter.or.some((part) => passesFilter(part, file));
	if ("not" in filter) return !filter.not.some((part) => passesFilter(part, file));
	throw new Error(`Bases (mock): a filter needs and, or or not; found ${JSON.stringify(filter)}`);
}
