/** @jest-environment jsdom */
import { MarkdownView, useApiVersion } from "../mocks/obsidian";
import { runCommandLine } from "../../cli/commandLine";
import { CLOCK_TODAY, runCli } from "../cli/runCli";
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

/** What a terminal shows of a standalone run: standard output and standard error, in the order written. */
function terminal(...argv: string[]): string {
	let text = "";
	runCommandLine(argv, { out: (out) => (text += out), err: (line) => (text += `${line}\n`) }, () => CLOCK_TODAY);
	return text;
}

describe("interview-follow-up:letter prints what interview-follow-up letter prints", () => {
	const ACME = "Interviews/2026-11-20 Acme - Senior Engineer.md";
	const PIED_PIPER = "Interviews/2026-11-26 Pied Piper - Backend Engineer.md";
	const MASSIVE = "Interviews/2026-11-23 Massive Dynamic - Data Engineer.md";
	const STARK = "Interviews/2026-11-24 Stark Industries - Solutions Architect.md";
	const COFFEE = "Networking/2026-11-24 Coffee chat with Monica - Raviga.md";
	it.each([
		["the thank-you letter", { note: ACME }, [ACME]],
		["a panel's letters, one after another", { note: PIED_PIPER }, [PIED_PIPER]],
		["the reply after a rejection (the default step of a rejected interview)", { note: MASSIVE }, [MASSIVE]],
		["the introducer's thanks", { note: STARK, step: "introducer-thanks" }, [STARK, "--step", "introducer-thanks"]],
		["the call script", { note: ACME, step: "call" }, [ACME, "--step", "call"]],
		["the check-in", { note: ACME, step: "check-in" }, [ACME, "--step", "check-in"]],
		["the thanks for a coffee chat, as mailto: links", { note: COFFEE, mailto: "true" }, [COFFEE, "--mailto"]],
		["a note named without .md", { note: ACME.replace(/\.md$/, "") }, [ACME]],
		["another day", { note: ACME, today: "2026-12-01" }, [ACME, "--today", "2026-12-01"]],
		["a step the note does not have, refused naming why", { note: COFFEE, step: "call" }, [COFFEE, "--step", "call"]],
		["a note that is no interview note", { note: "Welcome.md" }, ["Welcome.md"]],
	])("%s", async (_name, params: Record<string, string>, args: string[]) => {
		const { app } = await exampleVault();
		const standalone = terminal("letter", EXAMPLE_VAULT, ...args, ...(params.today ? [] : ["--today", TODAY]));
		expect(standalone.length).toBeGreaterThan(40);
		expect(await app.cli.run("interview-follow-up:letter", { today: TODAY, ...params })).toBe(standalone);
	});

	it("drafts from an open note as its editor shows it, typing not yet saved", async () => {
		const { app } = await exampleVault();
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(ACME)!);
		const editor = app.workspace.getActiveViewOfType(MarkdownView)!.editor;
		editor.setValue(
			editor
				.getValue()
				.replace('interviewer: "[[People/Jane Doe|Jane]]"', 'interviewer: "[[People/Bill Lumbergh|Bill]]"')
				// The learned: line goes, so the body's section is the letter's material.
				.replace(/^learned: .*\n/m, "")
				.replace("## What I learned from listening\n", "## What I learned\nThe platform team moves every service to one deploy pipeline by March.\n\n## More\n"),
		);
		expect(await app.vault.read(app.vault.getFileByPath(ACME)!)).not.toContain("Bill"); // not saved yet
		const printed = await app.cli.run("interview-follow-up:letter", { today: TODAY, note: ACME });
		expect(printed).toContain("Dear Bill,");
		expect(printed).toContain("The platform team moves every service to one deploy pipeline by March.");
	});

	it.each([
		["no note=", {}, "letter: missing note=, the interview note's path in the vault, such as note=Interviews/Acme.md.\n"],
		["a note that is not there", { note: "Interviews/Nobody.md" }, 'letter: no note at "Interviews/Nobody.md" in the vault.\n'],
		["a step that is no step", { note: "Welcome.md", step: "lunch" }, 'letter: step= "lunch" is not a step; expected letter, rejection-reply, introducer-thanks, call, check-in.\n'],
	])("says what it expected for %s", async (_name, params: Record<string, string>, message) => {
		const { app } = await exampleVault();
		expect(await app.cli.run("interview-follow-up:letter", params)).toBe(message);
	});
});

describe("the handlers exist only where Obsidian has its command line (1.12.2 and later)", () => {
	it("registers interview-follow-up:agenda and :letter on 1.12.2", async () => {
		useApiVersion("1.12.2");
		const { app } = await exampleVault();
		expect([...app.cli.handlers.keys()]).toEqual(["interview-follow-up:agenda", "interview-follow-up:letter"]);
	});

	it("registers none on 1.12.1, and the plugin works as before", async () => {
		useApiVersion("1.12.1");
		const { app, plugin } = await exampleVault();
		expect(app.cli.handlers.size).toBe(0);
		expect(plugin.index.isComplete()).toBe(true);
	});
});
