import { execFileSync, spawnSync } from "child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

// `npm version` runs the package's "version" script, version-bump.mjs, which must carry the new version into
// manifest.json and record it in versions.json. Both run here on copies, never on the repository's own files.

const root = join(__dirname, "..", "..");

interface Manifest {
	version: string;
	minAppVersion: string;
	[key: string]: unknown;
}

function readJson<T>(dir: string, file: string): T {
	return JSON.parse(readFileSync(join(dir, file), "utf8")) as T;
}

/** A temporary folder holding copies of the named files from the repository root. */
function copyOf(files: string[]): string {
	const dir = mkdtempSync(join(tmpdir(), "ifu-release-"));
	for (const file of files) copyFileSync(join(root, file), join(dir, file));
	return dir;
}

/**
 * The environment without anything an outer `npm test` set: an inherited npm_config_local_prefix would
 * point a nested npm at the repository itself, and GIT_* variables at its git directory.
 */
function cleanEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
	const env: Record<string, string | undefined> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (/^npm_/i.test(key) || /^GIT_/.test(key)) continue;
		env[key] = value;
	}
	return { ...env, ...extra };
}

const manifestNow = readJson<Manifest>(root, "manifest.json");
const versionsNow = readJson<Record<string, string>>(root, "versions.json");
const packageNow = readJson<{ version: string }>(root, "package.json");

describe("the three version files today", () => {
	it("agree: package.json, manifest.json and versions.json name the same version", () => {
		expect(manifestNow.version).toBe(packageNow.version);
		expect(versionsNow[manifestNow.version]).toBe(manifestNow.minAppVersion);
	});
});

describe("version-bump.mjs (what `npm version` runs)", () => {
	let dir: string;
	beforeEach(() => {
		dir = copyOf(["version-bump.mjs", "manifest.json", "versions.json"]);
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it("writes the new version into manifest.json and adds version → minAppVersion to versions.json", () => {
		execFileSync(process.execPath, ["version-bump.mjs"], {
			cwd: dir,
			env: cleanEnv({ npm_package_version: "0.2.0" }),
			stdio: "pipe",
		});

		const manifest = readJson<Manifest>(dir, "manifest.json");
		expect(manifest).toEqual({ ...manifestNow, version: "0.2.0" });
		expect(readJson(dir, "versions.json")).toEqual({ ...versionsNow, "0.2.0": manifestNow.minAppVersion });
	});

	it("records a raised minAppVersion for the new version only", () => {
		writeFileSync(join(dir, "manifest.json"), JSON.stringify({ ...manifestNow, minAppVersion: "1.9.0" }));
		execFileSync(process.execPath, ["version-bump.mjs"], {
			cwd: dir,
			env: cleanEnv({ npm_package_version: "0.3.0" }),
			stdio: "pipe",
		});

		expect(readJson(dir, "versions.json")).toEqual({ ...versionsNow, "0.3.0": "1.9.0" });
	});

	it("refuses to run outside `npm version` and leaves both files alone", () => {
		const result = spawnSync(process.execPath, ["version-bump.mjs"], { cwd: dir, env: cleanEnv(), encoding: "utf8" });

		expect(result.status).toBe(2);
		expect(result.stderr).toContain("npm_package_version");
		expect(readFileSync(join(dir, "manifest.json"), "utf8")).toBe(readFileSync(join(root, "manifest.json"), "utf8"));
		expect(readFileSync(join(dir, "versions.json"), "utf8")).toBe(readFileSync(join(root, "versions.json"), "utf8"));
	});
});

describe("`npm version minor` in a copy of the project", () => {
	let dir: string;
	const git = (...args: string[]): string =>
		execFileSync("git", args, { cwd: dir, env: cleanEnv(), encoding: "utf8" }).trim();

	beforeAll(() => {
		dir = copyOf(["package.json", "package-lock.json", ".npmrc", "version-bump.mjs", "manifest.json", "versions.json"]);
		git("init", "--quiet");
		git("config", "user.name", "Release test");
		git("config", "user.email", "release-test@example.invalid");
		git("config", "commit.gpgsign", "false");
		git("config", "tag.gpgsign", "false");
		git("add", ".");
		git("commit", "--quiet", "-m", "Version files as released");
		execFileSync("npm", ["version", "minor", "--no-audit", "--no-fund"], { cwd: dir, env: cleanEnv(), stdio: "pipe" });
	}, 60_000);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	const [major, minor] = packageNow.version.split(".").map(Number);
	const next = `${major}.${minor + 1}.0`;

	it("moves package.json, manifest.json and versions.json (and the lock file) to the next version together", () => {
		expect(readJson<{ version: string }>(dir, "package.json").version).toBe(next);
		expect(readJson<{ version: string }>(dir, "package-lock.json").version).toBe(next);
		expect(readJson<Manifest>(dir, "manifest.json").version).toBe(next);
		expect(readJson<Record<string, string>>(dir, "versions.json")[next]).toBe(manifestNow.minAppVersion);
	});

	it("commits all of them in one commit and leaves nothing behind", () => {
		expect(git("show", "--name-only", "--format=", "HEAD").split("\n").sort()).toEqual([
			"manifest.json",
			"package-lock.json",
			"package.json",
			"versions.json",
		]);
		expect(git("status", "--porcelain")).toBe("");
	});

	it("tags the commit with the bare version, the tag the release workflow and Obsidian expect", () => {
		expect(git("tag", "--list")).toBe(next);
		expect(git("rev-parse", `${next}^{commit}`)).toBe(git("rev-parse", "HEAD"));
	});
});
