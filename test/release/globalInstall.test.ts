import { execFileSync, spawnSync } from "child_process";
import { lstatSync, mkdtempSync, realpathSync, rmSync } from "fs";
import { tmpdir } from "os";
import { delimiter, dirname, join } from "path";

// The command on your PATH, outside the project folder, as docs/command-line.md says to get it:
// `npm install --global .` in the project folder. It is installed here into a temporary prefix, offline and
// with a cache of its own (nothing may come from the registry: a global install of a folder only links it),
// and run from another folder, with nothing on the PATH but the prefix's bin and node.
const ROOT = join(__dirname, "..", "..");

let scratch: string;
let prefix: string;
let install: ReturnType<typeof spawnSync>;

beforeAll(() => {
	execFileSync(process.execPath, ["esbuild.config.mjs", "cli"], { cwd: ROOT, stdio: "pipe" });
	scratch = mkdtempSync(join(tmpdir(), "ifu-global-"));
	prefix = join(scratch, "prefix");
	install = spawnSync(
		"npm",
		["install", "--global", ".", "--prefix", prefix, "--cache", join(scratch, "cache"), "--offline", "--no-audit", "--no-fund", "--ignore-scripts"],
		{ cwd: ROOT, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" } },
	);
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function fromElsewhere(command: string) {
	const elsewhere = mkdtempSync(join(scratch, "elsewhere-"));
	const PATH = [join(prefix, "bin"), dirname(process.execPath), "/usr/bin", "/bin"].join(delimiter);
	return spawnSync("bash", ["-c", command], { cwd: elsewhere, encoding: "utf8", env: { PATH, HOME: scratch } });
}

describe("npm install --global . (the command on your PATH)", () => {
	it("installs offline, linking the project folder", () => {
		expect(install.stderr).not.toMatch(/ERR!|npm error/);
		expect(install.status).toBe(0);
		const installed = join(prefix, "lib", "node_modules", "interview-follow-up");
		expect(lstatSync(installed).isSymbolicLink()).toBe(true);
		expect(realpathSync(installed)).toBe(realpathSync(ROOT));
	});

	it("runs `interview-follow-up agenda` from another folder, with the built command line", () => {
		const run = fromElsewhere(`interview-follow-up agenda '${join(ROOT, "example-vault")}' --today 2026-11-27`);
		expect(run.stderr).toBe("");
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/^Follow-ups for Fri, Nov 27, 2026 \(horizon 14 days\)\n\nOverdue \(\d+\)\n {2}- /);
		// The same agenda as the build run in the project folder: the installed command is this project's.
		const here = spawnSync(process.execPath, [join(ROOT, "build", "cli.cjs"), "agenda", "example-vault", "--today", "2026-11-27"], { cwd: ROOT, encoding: "utf8" });
		expect(run.stdout).toBe(here.stdout);
	});

	it("says the usage for --help and exits 2 for an unknown command, from there too", () => {
		expect(fromElsewhere("interview-follow-up --help").stdout).toContain("agenda VAULT [--today YYYY-MM-DD]");
		const bad = fromElsewhere("interview-follow-up bogus");
		expect(bad.status).toBe(2);
		expect(bad.stderr.trimEnd().split("\n")).toHaveLength(1);
	});
});
