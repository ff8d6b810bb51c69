/** @jest-environment jsdom */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { agendaToJson } from "../../cli/agendaPrinter";
import { runCli } from "../cli/runCli";
import { day, loadPlugin, morningOf } from "./harness";

// One fixture vault, read twice: by the plugin's live index over the in-memory Obsidian (whose metadata cache
// reads frontmatter with `yaml` and inline tags with its own scanner) and by the command line (gray-matter and
// src/rules/inlineTags.ts). Every rule of SPEC.md sections 1–4 that the two could read differently is in it:
// kinds, panels, `contact`, inline tags in text and in code, broken YAML, a tagged note without frontmatter,
// templates, shares and hidden folders.
const VAULT = join(__dirname, "..", "fixtures", "shared-vault");
const TODAY = "2026-11-27";

/** Every file of a folder, as Obsidian lists them: hidden folders (`.trash`) are not part of the vault. */
function filesOf(root: string, folder = ""): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const path = folder === "" ? entry.name : `${folder}/${entry.name}`;
		if (entry.isDirectory()) Object.assign(files, filesOf(root, path));
		else files[path] = readFileSync(join(root, path), "utf8");
	}
	return files;
}

describe("the plugin and the command line read the same vault into the same agenda", () => {
	let plugin: ReturnType<typeof agendaToJson>;
	let cli: ReturnType<typeof agendaToJson>;

	beforeAll(async () => {
		const harness = await loadPlugin(filesOf(VAULT), morningOf(TODAY));
		plugin = agendaToJson(harness.plugin.index.agenda(day(TODAY)));
		jest.useRealTimers();
		const run = runCli("agenda", VAULT, "--today", TODAY, "--json");
		expect(run.stderr).toEqual([]);
		cli = JSON.parse(run.stdout) as ReturnType<typeof agendaToJson>;
	});

	it("lists the same items, in the same order, with the same kinds and contacts", () => {
		expect(plugin.items).toEqual(cli.items);
	});

	it("reads the same agenda after a cold start, once Obsidian has read the vault", async () => {
		const harness = await loadPlugin(filesOf(VAULT), morningOf(TODAY), null, { coldStart: true });
		expect(harness.plugin.index.isComplete()).toBe(false);
		await harness.app.metadataCache.settled();
		expect(agendaToJson(harness.plugin.index.agenda(day(TODAY)))).toEqual(plugin);
		jest.useRealTimers();
	});

	it("reports the same problems (the parsers' own words for broken YAML aside)", () => {
		const brief = (agenda: ReturnType<typeof agendaToJson>) => agenda.problems.map(({ note, field, severity }) => `${note} ${field} ${severity}`);
		expect(brief(plugin)).toEqual(brief(cli));
	});

	it("exercises every reading the two could differ on", () => {
		const notes = new Set([...cli.items.map((item) => item.note), ...cli.problems.map((problem) => problem.note)]);
		expect([...notes].sort()).toEqual([
			"Interviews/Acme-round-2.md",
			"Interviews/Acme.md",
			"Interviews/Broken.md",
			"Interviews/Globex.md",
			"Interviews/Typo.md",
			"Journal/Recruiter.md",
			"Journal/Tagged with date.md",
			"Networking/Advice from Sam.md",
			"Networking/Coffee with Priya.md",
		]);
		expect(cli.items.map((item) => item.kind)).toEqual(expect.arrayContaining(["interview", "informational", "advice"]));
		expect(cli.items.find((item) => item.note === "Interviews/Acme.md" && item.step === "letter")?.contacts).toEqual(["Jane", "Omar Farouk"]);
		// A rejection after a recovery letter: its reply, due the day after rejected_on, and no letter.
		expect(cli.items.filter((item) => item.note === "Interviews/Globex.md").map(({ step, variant, due }) => [step, variant, due])).toEqual([
			["rejection-reply", "after-rejection", "2026-11-25"],
			["check-in", null, "2026-12-09"],
		]);
		// `Acme.MD`: an upper-case extension is no note (Obsidian's `extension === "md"`) for either reader.
		expect([...notes].filter((note) => note.endsWith(".MD"))).toEqual([]);
		expect(cli.problems.map(({ note, field, severity }) => `${note} ${field} ${severity}`)).toEqual([
			"Interviews/Broken.md frontmatter error",
			// A phone that YAML reads as a number arrives as a number from both readers.
			"Interviews/Globex.md phone warning",
			"Interviews/Typo.md check_ins warning",
			"Interviews/Typo.md outcome warning",
			"Interviews/Typo.md phone warning",
			"Interviews/Typo.md rejected_on warning",
			"Interviews/Typo.md rejection_replied warning",
			"Interviews/Typo.md snoozed_until warning",
			"Interviews/Typo.md status warning",
			"Interviews/Typo.md type warning",
			"Journal/Recruiter.md date error",
		]);
	});
});
