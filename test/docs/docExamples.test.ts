import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { delimiter, dirname, join } from "path";
import { DocExample, docFiles, examplesOf, linesMatch, outputLines, readText } from "./docExamples";

// The docs tell the truth: every command example of README.md and docs/ marked `<!-- runnable -->` is run as
// written, from the project folder, with `interview-follow-up` on the PATH (the built command, as a global
// install links it), and must print what the example shows. UPDATE_DOC_EXAMPLES=1 writes the new output into
// examples that elide nothing (see docs/development.md).
const ROOT = join(__dirname, "..", "..");
const UPDATE = process.env.UPDATE_DOC_EXAMPLES === "1";

let binFolder: string;

beforeAll(() => {
	execFileSync(process.execPath, ["esbuild.config.mjs", "cli"], { cwd: ROOT, stdio: "pipe" });
	binFolder = mkdtempSync(join(tmpdir(), "ifu-doc-bin-"));
	symlinkSync(join(ROOT, "bin", "interview-follow-up.cjs"), join(binFolder, "interview-follow-up"));
}, 60_000);

afterAll(() => rmSync(binFolder, { recursive: true, force: true }));

function run(example: DocExample): { status: number | null; lines: string[] } {
	const path = [binFolder, join(process.execPath, ".."), process.env.PATH ?? ""].join(delimiter);
	const result = spawnSync("bash", ["-c", example.command], { cwd: ROOT, encoding: "utf8", env: { ...process.env, PATH: path } });
	return { status: result.status, lines: outputLines(result.stdout) };
}

const examples = docFiles(ROOT).flatMap((file) => examplesOf(file, readText(ROOT, file)));

describe("the docs' runnable examples", () => {
	it("are there: the README and the command-line, letters and calendar docs show real output", () => {
		const files = new Set(examples.map((example) => example.file));
		expect([...files].sort()).toEqual(expect.arrayContaining(["README.md", "docs/calendar.md", "docs/command-line.md", "docs/letters.md"]));
	});

	it.each(examples.map((example) => [`${example.file}:${example.line}`, example] as const))("%s prints what it shows", (_, example) => {
		const { status, lines } = run(example);
		if (UPDATE && !example.expected.includes("…")) {
			// The file as it is now (an earlier example of it may have been rewritten), its example at the same place.
			const text = readText(ROOT, example.file);
			const now = examplesOf(example.file, text).find((other) => other.command === example.command && other.exit === example.exit);
			if (now === undefined) throw new Error(`${example.file}: the example "${example.command}" is gone`);
			const file = text.split("\n");
			file.splice(now.outputLines[0], now.outputLines[1] - now.outputLines[0], ...lines);
			writeFileSync(join(ROOT, example.file), file.join("\n"));
			return;
		}
		expect(status).toBe(example.exit);
		if (!linesMatch(example.expected, lines)) expect(lines.join("\n")).toBe(example.expected.join("\n"));
	});
});

describe("reading the examples", () => {
	it.each([
		["an exact match", ["a", "b"], ["a", "b"], true],
		["a changed line", ["a", "b"], ["a", "c"], false],
		["a missing line", ["a", "b"], ["a"], false],
		["an extra line", ["a"], ["a", "b"], false],
		["… for lines in the middle", ["a", "…", "d"], ["a", "b", "c", "d"], true],
		["… for no line", ["a", "…", "b"], ["a", "b"], true],
		["… at the end", ["a", "…"], ["a", "b", "c"], true],
		["… does not excuse a wrong last line", ["a", "…", "d"], ["a", "b", "c"], false],
		["nothing printed, nothing shown", [], [], true],
	])("%s", (_, expected, actual, matches) => {
		expect(linesMatch(expected, actual)).toBe(matches);
	});

	it("takes the command, the exit status and the output of a marked block, and skips unmarked blocks", () => {
		const text = ["```console", "$ not run", "```", "<!-- runnable exit=2 -->", "```console", "$ echo hi", "hi", "```", ""].join("\n");
		expect(examplesOf("x.md", text)).toEqual([{ file: "x.md", line: 6, command: "echo hi", exit: 2, expected: ["hi"], outputLines: [6, 7] }]);
	});

	it("refuses a marker without a command block, so no example is skipped quietly", () => {
		expect(() => examplesOf("x.md", "<!-- runnable -->\nSome text\n")).toThrow("x.md:1");
		expect(() => examplesOf("x.md", "<!-- runnable -->\n```console\n$ echo hi\n")).toThrow("never closes");
	});

	it("reads CRLF output as lines", () => {
		expect(outputLines("A\r\nB\r\n")).toEqual(["A", "B"]);
		expect(outputLines("")).toEqual([]);
	});
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as `-`. */
function anchorOf(heading: string): string {
	return heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, "").replace(/ /g, "-");
}

function anchorsOf(text: string): Set<string> {
	const withoutCode = text.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
	return new Set([...withoutCode.matchAll(/^#{1,6} +(.+)$/gm)].map((match) => anchorOf(match[1])));
}

describe("the docs' links", () => {
	const links = docFiles(ROOT).flatMap((file) => {
		const text = readText(ROOT, file).replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
		const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g), ...text.matchAll(/src="([^"]+)"/g)].map((match) => match[1]);
		return targets.filter((target) => !/^[a-z]+:/.test(target)).map((target) => [file, target] as const);
	});

	it.each(links)("%s links to %s, which the repository holds", (file, target) => {
		const [path, anchor] = target.split("#");
		const resolved = path === "" ? file : join(dirname(file), path);
		expect(existsSync(join(ROOT, resolved))).toBe(true);
		if (anchor) expect([...anchorsOf(readText(ROOT, resolved))]).toContain(anchor);
	});

	it("cites no file the repository does not hold", () => {
		for (const file of docFiles(ROOT)) expect(readText(ROOT, file)).not.toMatch(/SPEC\.md|LETTERS\.md|STYLE\.md|\.\.\/shared/);
	});
});

describe("the README", () => {
	const readme = readText(ROOT, "README.md");

	it("is a front page: a few screens, at most 150 lines", () => {
		expect(readme.trimEnd().split("\n").length).toBeLessThanOrEqual(150);
	});

	it("gives the two set-up commands", () => {
		expect(readme).toContain("npm install && npm run demo");
		expect(readme).toContain("npm test");
	});
});
