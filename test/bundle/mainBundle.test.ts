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

	it("is at most 150 KB", () => {
		expect(statSync(mainJs).size).toBeLessThanOrEqual(150 * 1024);
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
