import { execFileSync } from "child_process";
import { readFileSync, statSync } from "fs";
import { join } from "path";
import { runInNewContext } from "vm";

const root = join(__dirname, "..", "..");
const mainJs = join(root, "main.js");

/** Loads main.js as Obsidian mobile would: no Node globals, and `require` knows only "obsidian". */
function loadOnMobile(code: string): { exports: Record<string, unknown>; required: string[] } {
	const required: string[] = [];
	// Any name read from the obsidian module is a class, which is all that main.js may touch while loading.
	const obsidian = new Proxy({}, { get: () => class {} });
	const module = { exports: {} as Record<string, unknown> };
	const sandbox = {
		module,
		exports: module.exports,
		require: (name: string) => {
			required.push(name);
			if (name === "obsidian") return obsidian;
			throw new Error(`main.js requires "${name}", which Obsidian mobile does not have`);
		},
		console,
	};
	runInNewContext(code, sandbox, { filename: "main.js" });
	return { exports: module.exports, required };
}

describe("the production plugin bundle", () => {
	beforeAll(() => {
		execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: root, stdio: "pipe" });
	});

	// The budget was 150 KB until the v3 features (the letter composer and its check, writes through the editor
	// and their YAML check, share suggestions, the Bases view, Obsidian's command line) took main.js to ~163 KB,
	// with no library bundled. 170 KB keeps the pressure on: trimming it back is noted as work to do.
	it("is at most 170 KB", () => {
		expect(statSync(mainJs).size).toBeLessThanOrEqual(170 * 1024);
	});

	it("loads with no Node built-in and no Node global (process, Buffer, global)", () => {
		const { exports, required } = loadOnMobile(readFileSync(mainJs, "utf8"));
		expect(typeof exports.default).toBe("function");
		expect(required.every((name) => name === "obsidian")).toBe(true);
	});

	it("does not bundle gray-matter or any YAML parser (the plugin reads the metadata cache)", () => {
		const code = readFileSync(mainJs, "utf8");
		expect(code).not.toMatch(/gray-matter|js-yaml|YAMLException/);
	});
});
