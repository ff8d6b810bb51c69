import { execFileSync, spawnSync } from "child_process";
import { readFileSync, statSync } from "fs";
import { join } from "path";

// The command line as users run it: the bundle esbuild makes, in its own Node process.
const ROOT = join(__dirname, "..", "..");
const CLI = join(ROOT, "build", "cli.cjs");

function cli(...args: string[]) {
	const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8" });
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
	execFileSync(process.execPath, ["esbuild.config.mjs", "cli"], { cwd: ROOT, stdio: "pipe" });
}, 60_000);

describe("the installed command (package.json bin)", () => {
	const BIN = join(ROOT, "bin", "interview-follow-up.cjs");

	it("is package.json's bin, an executable script that starts with a node shebang", () => {
		const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string>; scripts: Record<string, string> };
		expect(pkg.bin).toEqual({ "interview-follow-up": "bin/interview-follow-up.cjs" });
		expect(pkg.scripts.prepare).toBe("node esbuild.config.mjs cli");
		expect(readFileSync(BIN, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
		expect(statSync(BIN).mode & 0o111).toBe(0o111);
	});

	it("runs the built command line, as npx runs it", () => {
		const run = spawnSync(BIN, ["agenda", "example-vault", "--today", "2026-11-27"], { cwd: ROOT, encoding: "utf8" });
		expect(run.status).toBe(0);
		expect(run.stdout).toContain("Overdue (4)\n  - Share something with Alice at Umbrella Corporation");
	});
});

describe("the built command line", () => {
	it("prints the example vault's agenda and exits with 0", () => {
		const run = cli("agenda", "example-vault", "--today", "2026-11-27");
		expect(run.stderr).toBe("");
		expect(run.status).toBe(0);
		expect(run.stdout).toContain("Overdue (4)\n  - Share something with Alice at Umbrella Corporation — 4 days overdue\n");
	});

	it("prints JSON that parses", () => {
		const run = cli("agenda", "example-vault", "--today", "2026-11-27", "--json");
		expect(run.status).toBe(0);
		expect(JSON.parse(run.stdout)).toMatchObject({ today: "2026-11-27" });
	});

	it.each([
		[["agenda", "no-such-vault"]],
		[["agenda", "example-vault", "--today", "2026-02-30"]],
		[["bogus"]],
	])("exits with 2 and one line on standard error for %j", (args) => {
		const run = cli(...args);
		expect(run.status).toBe(2);
		expect(run.stdout).toBe("");
		expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
	});
});
