import { writeFileSync } from "fs";
import { join } from "path";
import { USAGE } from "../../cli/commandLine";
import { runCli } from "./runCli";
import { makeTempVault, note, TempVault } from "./tempVault";

let vault: TempVault;
beforeAll(() => {
	vault = makeTempVault({ "Interviews/Acme.md": note("date: 2026-11-20\noutcome: well\ncompany: Acme") });
	writeFileSync(join(vault.root, "a-file.md"), "just a file\n");
});
afterAll(() => vault.remove());

describe("a bad call stops with exit status 2 and one line on standard error, printing nothing else", () => {
	it.each([
		["no command at all", [], /Missing command: expected agenda, letter, ics or suggest/],
		["letter without a vault (handed to the letter command)", ["letter"], /^letter: /],
		["an unknown command", ["agendas", "VAULT"], /Unknown command "agendas": expected agenda, letter, ics or suggest/],
		["no vault folder", ["agenda"], /agenda: missing VAULT/],
		["two vault folders", ["agenda", "VAULT", "other"], /expected one VAULT folder, found also "other"/],
		["a vault folder that does not exist", ["agenda", "/no/such/vault/anywhere"], /No vault folder at "\/no\/such\/vault\/anywhere" \(it does not exist\)/],
		["a file instead of a folder", ["agenda", "VAULT/a-file.md"], /is a file, not a folder/],
		["an unknown flag", ["agenda", "VAULT", "--tomorrow"], /unknown option --tomorrow; expected --today, --horizon, --json/],
		["a one-dash flag", ["agenda", "VAULT", "-j"], /unknown option -j; expected --today, --horizon, --json/],
		["a flag without its value", ["agenda", "VAULT", "--today"], /--today needs a value/],
		["a flag given twice", ["agenda", "VAULT", "--json", "--json"], /--json is given twice/],
		["a value for a switch", ["agenda", "VAULT", "--json=yes"], /--json takes no value/],
		["a day that does not exist", ["agenda", "VAULT", "--today", "2026-02-30"], /--today: "2026-02-30" is not a date; expected YYYY-MM-DD/],
		["a date in another format", ["agenda", "VAULT", "--today", "27/11/2026"], /--today: "27\/11\/2026" is not a date/],
		["a date-time", ["agenda", "VAULT", "--today=2026-11-27T10:00"], /--today: "2026-11-27T10:00" is not a date/],
		["a negative horizon", ["agenda", "VAULT", "--horizon", "-3"], /--horizon: Horizon cannot be negative \(found -3\)/],
		["a horizon that is not a whole number", ["agenda", "VAULT", "--horizon", "1.5"], /--horizon: Horizon must be a whole number of days/],
		["a horizon that is text", ["agenda", "VAULT", "--horizon=soon"], /--horizon: Horizon must be a whole number of days, found "soon"/],
		["a horizon beyond a year", ["agenda", "VAULT", "--horizon", "400"], /--horizon: Horizon must be at most 365 days/],
		["ics without a vault", ["ics"], /^ics: missing VAULT/],
		["ics with two vault folders", ["ics", "VAULT", "other"], /^ics: expected one VAULT folder, found also "other"/],
		["ics on a vault folder that does not exist", ["ics", "/no/such/vault/anywhere"], /No vault folder at "\/no\/such\/vault\/anywhere"/],
		["ics on a file", ["ics", "VAULT/a-file.md"], /is a file, not a folder/],
		["ics with an agenda-only flag", ["ics", "VAULT", "--horizon", "7"], /^ics: unknown option --horizon; expected --today\.$/],
		["ics with a day that does not exist", ["ics", "VAULT", "--today", "2026-02-30"], /--today: "2026-02-30" is not a date/],
	])("%s", (_case, args, message) => {
		const run = runCli(...args.map((arg) => arg.replace(/^VAULT/, vault.root)));
		expect(run.status).toBe(2);
		expect(run.stderr).toHaveLength(1);
		expect(run.stderr[0]).not.toContain("\n");
		expect(run.stderr[0]).toMatch(message);
		expect(run.stdout).toBe("");
	});
});

describe("a good call exits with 0, problems in notes included", () => {
	it.each([
		["flags after the folder", ["agenda", "VAULT", "--today", "2026-11-27", "--horizon", "7", "--json"]],
		["flags before the folder, with =", ["agenda", "--json", "--today=2026-11-27", "--horizon=0", "VAULT"]],
		["no flags (today from the clock)", ["agenda", "VAULT"]],
		["the folder after --", ["agenda", "--json", "--", "VAULT"]],
		["ics with a day", ["ics", "VAULT", "--today", "2026-11-27"]],
		["ics with today from the clock", ["ics", "VAULT"]],
	])("%s", (_case, args) => {
		const run = runCli(...args.map((arg) => arg.replace(/^VAULT/, vault.root)));
		expect(run.stderr).toEqual([]);
		expect(run.status).toBe(0);
	});

	it("exits with 0 when a note has an error", () => {
		vault.write("Interviews/Broken.md", note("date: soon"));
		const run = runCli("agenda", vault.root, "--json");
		expect(run.status).toBe(0);
		expect((JSON.parse(run.stdout) as { problems: unknown[] }).problems).toEqual([expect.objectContaining({ note: "Interviews/Broken.md", severity: "error" })]);
	});
});

describe("--help prints the usage and exits with 0", () => {
	it.each([[["--help"]], [["-h"]], [["agenda", "--help"]], [["help"]]])("%j", (args) => {
		const run = runCli(...args);
		expect(run).toEqual({ status: 0, stdout: USAGE, stderr: [] });
		expect(run.stdout).toContain("agenda VAULT [--today YYYY-MM-DD] [--horizon DAYS] [--json]");
	});
});
