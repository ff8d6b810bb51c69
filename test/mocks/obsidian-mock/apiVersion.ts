// Obsidian's `apiVersion` and `requireApiVersion` (obsidian.d.ts: "The current version of the Obsidian API";
// "Returns true if the API version is equal or higher than the requested version"). Tests switch the version
// to run the plugin as an older app would.

/** The in-memory app's version: that of the obsidian package the plugin is built against. */
export let apiVersion = "1.13.1";

function parts(version: string): number[] {
	return version.split(".").map((part) => Number.parseInt(part, 10) || 0);
}

/** True when the app's API version is `version` or newer. */
export function requireApiVersion(version: string): boolean {
	const have = parts(apiVersion);
	const want = parts(version);
	for (let i = 0; i < Math.max(have.length, want.length); i++) {
		const a = have[i] ?? 0;
		const b = want[i] ?? 0;
		if (a !== b) return a > b;
	}
	return true;
}

/** Mock only: runs the app as Obsidian `version` (plugins loaded afterwards see only that version's API). */
export function useApiVersion(version: string): void {
	apiVersion = version;
}
