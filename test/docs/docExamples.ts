import { readdirSync, readFileSync } from "fs";
import { join } from "path";

/**
 * A command example of the docs that the tests run: a fenced block right after the line `<!-- runnable -->`
 * (or `<!-- runnable exit=N -->`), whose first line is `$ ` and the command, and whose other lines are what it
 * prints. A line that is only `…` stands for any number of lines.
 */
export interface DocExample {
	/** The Markdown file, relative to the project folder. */
	file: string;
	/** The line of the command, counted from 1. */
	line: number;
	command: string;
	/** The exit status the command must end with. */
	exit: number;
	/** The expected output, line by line. */
	expected: string[];
	/** Where the output lines lie in the file's lines (from, to: 0-based, `to` excluded), for rewriting them. */
	outputLines: [number, number];
}

const MARKER = /^<!--\s*runnable(?:\s+exit=(\d+))?\s*-->\s*$/;
const FENCE = /^(`{3,}|~{3,})/;

/** The Markdown files the examples are read from: the README and every file under docs/. */
export function docFiles(root: string): string[] {
	const docs = readdirSync(join(root, "docs")).filter((name) => name.endsWith(".md")).sort().map((name) => `docs/${name}`);
	return ["README.md", ...docs];
}

/**
 * The runnable examples of one Markdown text. A marker that is not followed by a fenced block starting with
 * `$ `, or a block that never closes, is an error: an example meant to be run must not be skipped quietly.
 */
export function examplesOf(file: string, text: string): DocExample[] {
	const lines = text.split("\n");
	const examples: DocExample[] = [];
	for (let i = 0; i < lines.length; i++) {
		const marker = MARKER.exec(lines[i]);
		if (!marker) continue;
		const open = FENCE.exec(lines[i + 1] ?? "");
		const first = lines[i + 2] ?? "";
		if (!open || !first.startsWith("$ ")) {
			throw new Error(`${file}:${i + 1}: <!-- runnable --> must be followed by a fenced block whose first line is "$ " and the command.`);
		}
		let close = i + 3;
		while (close < lines.length && !lines[close].startsWith(open[1])) close++;
		if (close >= lines.length) throw new Error(`${file}:${i + 2}: the runnable block never closes.`);
		examples.push({
			file,
			line: i + 3,
			command: first.slice(2),
			exit: marker[1] === undefined ? 0 : Number(marker[1]),
			expected: lines.slice(i + 3, close),
			outputLines: [i + 3, close],
		});
		i = close;
	}
	return examples;
}

/** Whether `actual` lines match `expected` lines, where an expected line `…` matches any number of lines. */
export function linesMatch(expected: readonly string[], actual: readonly string[]): boolean {
	// matches[j] = whether expected[0..i) matches actual[0..j), row by row.
	let matches: boolean[] = [true, ...actual.map(() => false)];
	for (const line of expected) {
		const next: boolean[] = new Array<boolean>(actual.length + 1).fill(false);
		if (line === "…") {
			let seen = false;
			for (let j = 0; j <= actual.length; j++) {
				seen = seen || matches[j];
				next[j] = seen;
			}
		} else {
			for (let j = 1; j <= actual.length; j++) next[j] = matches[j - 1] && actual[j - 1] === line;
		}
		matches = next;
	}
	return matches[actual.length];
}

/** A command's output as lines: CRLF read as LF (an iCalendar file's lines end with CRLF), the last newline dropped. */
export function outputLines(output: string): string[] {
	const text = output.replace(/\r\n/g, "\n");
	if (text === "") return [];
	return (text.endsWith("\n") ? text.slice(0, -1) : text).split("\n");
}

/** Reads a file's text. */
export function readText(root: string, file: string): string {
	return readFileSync(join(root, file), "utf8");
}
