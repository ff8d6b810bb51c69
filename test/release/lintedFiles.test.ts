import { spawnSync } from "child_process";
import { join } from "path";

// eslint.config.mjs gives manifest.json and LICENSE a parser so that eslint-plugin-obsidianmd's
// validate-manifest and validate-license run on them (without one eslint skips both: "File ignored").

const root = join(__dirname, "..", "..");
const eslintBin = join(root, "node_modules", "eslint", "bin", "eslint.js");

interface LintMessage {
	ruleId: string | null;
	message: string;
}
interface LintResult {
	filePath: string;
	messages: LintMessage[];
}

/** eslint with the project's configuration, answering in JSON: over `files`, or over `stdin` as `stdinName`. */
function eslint(args: string[], stdin?: string): LintResult[] {
	const result = spawnSync(process.execPath, [eslintBin, "--format", "json", ...args], {
		cwd: root,
		input: stdin,
		encoding: "utf8",
	});
	if (result.stdout.trim() === "") throw new Error(`eslint printed nothing: ${result.stderr}`);
	return JSON.parse(result.stdout) as LintResult[];
}
const lintText = (name: string, text: string): LintMessage[] =>
	eslint(["--stdin", "--stdin-filename", name], text)[0].messages;

describe("eslint over the files Obsidian's review reads besides the code", () => {
	it("lints manifest.json and LICENSE (not ignored) and finds nothing", () => {
		const results = eslint(["manifest.json", "LICENSE"]);
		expect(results.map((result) => [result.filePath.slice(root.length + 1), result.messages])).toEqual([
			["LICENSE", []],
			["manifest.json", []],
		]);
	}, 30_000);

	it("reports a manifest that breaks the directory's rules", () => {
		const manifest = { id: "obsidian-follow-up", name: "Follow-up plugin", version: "1.0.0", description: "short", isDesktopOnly: "no" };
		const messages = lintText("manifest.json", JSON.stringify(manifest, null, "\t"));

		expect(messages.every((message) => message.ruleId === "obsidianmd/validate-manifest")).toBe(true);
		expect(messages.map((message) => message.message)).toEqual(
			expect.arrayContaining([
				"The manifest is missing the required 'author' property.",
				"The manifest is missing the required 'minAppVersion' property.",
				"The 'id' property cannot contain 'obsidian'.",
				"The 'name' property cannot contain 'plugin'.",
				"The 'isDesktopOnly' property must be of type 'boolean', but was 'string'.",
			]),
		);
	}, 30_000);

	it("reports a licence still naming the sample plugin's copyright holder", () => {
		const messages = lintText("LICENSE", "MIT License\n\nCopyright (C) 2020-2025 by Dynalist Inc.\n");

		expect(messages.map((message) => message.ruleId)).toContain("obsidianmd/validate-license");
		expect(messages.map((message) => message.message)).toContain(
			'Please change the copyright holder from "Dynalist Inc." to your name.',
		);
	}, 30_000);
});
