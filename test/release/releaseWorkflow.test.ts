import { existsSync, readFileSync } from "fs";
import { join } from "path";
import YAML from "yaml";

// The release workflow (.github/workflows/release.yml), read as GitHub reads it: what starts it, what it
// builds, and what the draft release carries. Obsidian installs a plugin from a release's main.js,
// manifest.json and styles.css, found by the tag that equals manifest.json's version.

const root = join(__dirname, "..", "..");
const ASSETS = ["main.js", "manifest.json", "styles.css"];

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Workflow {
	on: { push: { tags: string[]; branches?: string[] } };
	jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

const workflow = YAML.parse(readFileSync(join(root, ".github/workflows/release.yml"), "utf8")) as Workflow;
const [job] = Object.values(workflow.jobs);
const steps = job.steps;
const runs = steps.map((step) => step.run ?? "").join("\n");

/** GitHub's filter pattern as a regular expression: `*` any run of characters but `/`; `+`, `?` and `[…]` as in one. */
function tagPattern(pattern: string): RegExp {
	const source = pattern.replace(/\./g, "\\.").replace(/\*/g, "[^/]*");
	return new RegExp(`^${source}$`);
}
const triggers = (tag: string): boolean => workflow.on.push.tags.some((pattern) => tagPattern(pattern).test(tag));

describe("the release workflow", () => {
	it("starts on a pushed version tag as `npm version` makes it (0.1.0, no v), and on no branch", () => {
		expect(Object.keys(workflow.on)).toEqual(["push"]);
		expect(workflow.on.push.branches).toBeUndefined();
		for (const tag of ["0.1.0", "0.2.0", "1.10.3"]) expect(triggers(tag)).toBe(true);
		for (const tag of ["v0.1.0", "latest", "0.1"]) expect(triggers(tag)).toBe(false);
	});

	it("checks out, sets up Node 20, installs from the lock file and builds, in that order", () => {
		const at = (found: (step: Step) => boolean): number => steps.findIndex(found);
		const checkout = at((step) => step.uses?.startsWith("actions/checkout@") ?? false);
		const node = at((step) => step.uses?.startsWith("actions/setup-node@") ?? false);
		const install = at((step) => /^\s*npm ci\b/m.test(step.run ?? ""));
		const build = at((step) => /^\s*npm run build\b/m.test(step.run ?? ""));
		const release = at((step) => /gh release create/.test(step.run ?? ""));

		expect([checkout, node, install, build, release].every((index) => index >= 0)).toBe(true);
		expect(checkout).toBeLessThan(node);
		expect(node).toBeLessThanOrEqual(install);
		expect(install).toBeLessThanOrEqual(build);
		expect(build).toBeLessThan(release);
		expect(String(steps[node].with?.["node-version"])).toMatch(/^20(\.x)?$/);
		expect(runs).not.toMatch(/npm install\b/);
	});

	it("creates a draft release for the tag carrying main.js, manifest.json and styles.css", () => {
		const release = steps.find((step) => /gh release create/.test(step.run ?? ""));
		const command = (release?.run ?? "").replace(/\\\n/g, " ").replace(/[ \t]+/g, " ");

		expect(command).toMatch(/tag="\$\{GITHUB_REF#refs\/tags\/\}"/);
		expect(command).toMatch(/gh release create "\$tag" --title="\$tag" --draft main\.js manifest\.json styles\.css\s*$/);
		expect(release?.env?.GITHUB_TOKEN).toBe("${{ secrets.GITHUB_TOKEN }}");
		expect(job.permissions?.contents).toBe("write");
	});

	it("fails before releasing when the tag is not manifest.json's version", () => {
		const check = steps.findIndex((step) => /manifest\.json/.test(step.run ?? "") && /exit 1/.test(step.run ?? ""));
		const release = steps.findIndex((step) => /gh release create/.test(step.run ?? ""));
		expect(check).toBeGreaterThanOrEqual(0);
		expect(check).toBeLessThan(release);
	});

	it("ships files the repository has or the build makes", () => {
		expect(existsSync(join(root, "manifest.json"))).toBe(true);
		expect(existsSync(join(root, "styles.css"))).toBe(true);
		// main.js is the production build's output, never committed.
		expect(readFileSync(join(root, "esbuild.config.mjs"), "utf8")).toMatch(/["']main\.js["']/);
		expect(readFileSync(join(root, ".gitignore"), "utf8").split("\n")).toContain("/main.js");
		for (const asset of ASSETS) expect(runs).toContain(asset);
	});
});
