import { readVaultSettings, SETTINGS_PATH } from "../../cli/vaultSettings";
import { DEFAULT_SETTINGS } from "../../src/rules";
import { runCli } from "./runCli";
import { makeTempVault, note, TempVault } from "./tempVault";

let vault: TempVault;
afterEach(() => vault.remove());

function settingsOf(dataJson: string | null) {
	vault = makeTempVault(dataJson === null ? {} : { [SETTINGS_PATH]: dataJson });
	const warnings: string[] = [];
	return { settings: readVaultSettings(vault.root, (line) => warnings.push(line)), warnings };
}

describe("settings come from the plugin's data.json, as the plugin reads them", () => {
	it("uses the stored values", () => {
		const { settings, warnings } = settingsOf(JSON.stringify({ interviewsFolder: "Job search/Interviews", horizonDays: 7, myName: "Alex Rivera" }));
		expect(settings).toEqual({ ...DEFAULT_SETTINGS, interviewsFolder: "Job search/Interviews", horizonDays: 7, myName: "Alex Rivera" });
		expect(warnings).toEqual([]);
	});

	it.each([["no data.json", null], ["an empty data.json", ""]])("uses the defaults, silently, with %s", (_case, dataJson) => {
		expect(settingsOf(dataJson)).toEqual({ settings: DEFAULT_SETTINGS, warnings: [] });
	});

	it("uses the defaults and says so when data.json is not JSON", () => {
		const { settings, warnings } = settingsOf("{ horizonDays: 7,");
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/^warning: \.obsidian\/plugins\/interview-follow-up\/data\.json is not valid JSON \(.+\); the default settings are used\.$/);
	});

	it("replaces an unusable value by its default and says which", () => {
		const { settings, warnings } = settingsOf(JSON.stringify({ horizonDays: -2, callDelayDays: 5 }));
		expect(settings).toEqual({ ...DEFAULT_SETTINGS, callDelayDays: 5 });
		expect(warnings).toEqual([expect.stringMatching(/^warning: .*data\.json: Horizon cannot be negative \(found -2\)\. The default, 14, is used\.$/)]);
	});
});

describe("the agenda follows the vault's settings", () => {
	const acme = note("date: 2026-11-20\noutcome: well\ncompany: Acme\nletter_sent: 2026-11-21");

	it("reads interview notes from the configured folder", () => {
		vault = makeTempVault({ "Job search/Acme.md": acme, [SETTINGS_PATH]: JSON.stringify({ interviewsFolder: "Job search" }) });
		const run = runCli("agenda", vault.root, "--today", "2026-11-27", "--json");
		expect((JSON.parse(run.stdout) as { items: { note: string }[] }).items.map((item) => item.note)).toEqual(["Job search/Acme.md", "Job search/Acme.md"]);
	});

	it("uses the configured delays and horizon", () => {
		vault = makeTempVault({ "Interviews/Acme.md": acme, [SETTINGS_PATH]: JSON.stringify({ callDelayDays: 10, horizonDays: 3 }) });
		const run = runCli("agenda", vault.root, "--today", "2026-11-27");
		expect(run.stdout).toContain("(horizon 3 days)");
		expect(run.stdout).toContain("Coming up (1)\n  - Call the interviewer at Acme — no answer in 10 days — in 3 days");
	});

	it("--horizon wins over the stored horizon", () => {
		vault = makeTempVault({ "Interviews/Acme.md": acme, [SETTINGS_PATH]: JSON.stringify({ horizonDays: 3 }) });
		const run = runCli("agenda", vault.root, "--today", "2026-11-27", "--horizon", "30");
		expect(run.stdout).toContain("(horizon 30 days)");
		expect(run.stdout).not.toContain("Later");
	});

	it("still prints the agenda, with defaults and a warning, when data.json is broken", () => {
		vault = makeTempVault({ "Interviews/Acme.md": acme, [SETTINGS_PATH]: "not json" });
		const run = runCli("agenda", vault.root, "--today", "2026-11-27");
		expect(run.status).toBe(0);
		expect(run.stderr).toEqual([expect.stringContaining("is not valid JSON")]);
		expect(run.stdout).toContain("Due now (1)\n  - Call the interviewer at Acme — no answer in a week — due today");
	});
});
