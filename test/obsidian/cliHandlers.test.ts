/** @jest-environment jsdom */
import { useApiVersion } from "../mocks/obsidian";
import { runCli } from "../cli/runCli";
import { EXAMPLE_VAULT, filesOf, settingsOf } from "../bases/vaultFiles";
import { Harness, loadPlugin, morningOf } from "./harness";

const TODAY = "2026-11-27";

/** The plugin loaded over the example vault (with its data.json), as Obsidian would run it. */
async function exampleVault(): Promise<Harness> {
	return loadPlugin(filesOf(EXAMPLE_VAULT), morningOf(TODAY), settingsOf(EXAMPLE_VAULT));
}

afterEach(() => useApiVersion("1.13.1"));

describe("Obsidian's own command line prints what the standalone command line prints", () => {
	it.each([
		["the agenda", { today: TODAY }, ["--today", TODAY]],
		["the agenda of another day", { today: "2026-12-10" }, ["--today", "2026-12-10"]],
		["the agenda with a longer horizon", { today: TODAY, horizon: "40" }, ["--today", TODAY, "--horizon", "40"]],
		["the agenda as JSON", { today: TODAY, json: "true" }, ["--today", TODAY, "--json"]],
		["the agenda as JSON, another day and horizon", { json: "true", today: "2026-10-01", horizon: "3" }, ["--json", "--today", "2026-10-01", "--horizon", "3"]],
	])("interview-follow-up:agenda: %s", async (_name, params: Record<string, string>, flags: string[]) => {
		const { app } = await exampleVault();
		const standalone = runCli("agenda", EXAMPLE_VAULT, ...flags);
		expect(standalone.status).toBe(0);
		expect(standalone.stdout.length).toBeGreaterThan(200);
		expect(await app.cli.run("interview-follow-up:agenda", params)).toBe(standalone.stdout);
	});

	it("uses the app's today when no today= is given", async () => {
		const { app } = await exampleVault();
		expect(await app.cli.run("interview-follow-up:agenda")).toBe(runCli("agenda", EXAMPLE_VAULT, "--today", TODAY).stdout);
	});

	it.each([
		["a date that does not exist", { today: "2026-02-30" }, 'today: "2026-02-30" is not a date; expected YYYY-MM-DD, for example 2026-11-27.\n'],
		["a horizon that is no number", { horizon: "soon" }, 'horizon: Horizon must be a whole number of days, found "soon".\n'],
	])("says what it expected for %s", async (_name, params, message) => {
		const { app } = await exampleVault();
		expect(await app.cli.run("interview-follow-up:agenda", params)).toBe(message);
	});
});

describe("the handlers exist only where Obsidian has its command line (1.12.2 and later)", () => {
	it("registers interview-follow-up:agenda on 1.12.2", async () => {
		useApiVersion("1.12.2");
		const { app } = await exampleVault();
		expect([...app.cli.handlers.keys()]).toContain("interview-follow-up:agenda");
	});

	it("registers none on 1.12.1, and the plugin works as before", async () => {
		useApiVersion("1.12.1");
		const { app, plugin } = await exampleVault();
		expect(app.cli.handlers.size).toBe(0);
		expect(plugin.index.isComplete()).toBe(true);
	});
});
