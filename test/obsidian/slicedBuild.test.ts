/** @jest-environment jsdom */
import type { App as ObsidianApp } from "obsidian";
import { App, Component } from "../mocks/obsidian";
import { FollowUpIndex } from "../../src/obsidian/followUpIndex";
import { Pacing } from "../../src/obsidian/slicedWork";
import { DEFAULT_SETTINGS, FollowUpSettings } from "../../src/rules";
import { agendaFromScratch, day, flush, note } from "./harness";

const TODAY = day("2026-11-27");

function meeting(date: string, company: string): string {
	return note(`date: ${date}\noutcome: well\ncompany: ${company}\ninterviewer: Sam`);
}

const FILES = {
	"Interviews/Acme.md": meeting("2026-11-10", "Acme"),
	"Interviews/Initech.md": meeting("2026-11-12", "Initech"),
	"Notes/Groceries.md": "Milk, eggs.\n",
	"Interviews/Globex.md": meeting("2026-11-14", "Globex"),
	"Interviews/Hooli.md": meeting("2026-11-16", "Hooli"),
	"Clippings/Hiring.md": "---\ntitle: How hiring managers read\ntags: [clippings]\n---\nAbout follow-up letters.\n",
	"Interviews/Umbrella.md": meeting("2026-11-18", "Umbrella"),
};

/** The index over `FILES`, attached, whose walk does two notes a slice and pauses until `nextSlice` is called. */
function slowIndex(settings: FollowUpSettings = DEFAULT_SETTINGS) {
	const app = new App();
	app.vault.seed(FILES);
	const pauses: (() => void)[] = [];
	const pacing: Pacing = { sliceMs: 0, minimumPerSlice: 2, now: () => 0, later: (next) => pauses.push(next) };
	const index = new FollowUpIndex(app as unknown as ObsidianApp, settings, pacing);
	const owner = new Component();
	owner.load();
	index.attach(owner as never);
	const changed = jest.fn();
	index.on("changed", changed);
	return {
		app, index, owner, changed, pauses,
		nextSlice: () => pauses.shift()?.(),
		allSlices: () => {
			while (pauses.length > 0) pauses.shift()!();
		},
		notesShown: () => index.agenda(TODAY).items.map((item) => item.note).filter((path, i, all) => all.indexOf(path) === i).sort(),
	};
}

describe("a big vault is read in slices, and nothing that happens meanwhile is lost", () => {
	it("says nothing is complete while the walk goes on, then shows what the rules compute", () => {
		const { app, index, changed, nextSlice, allSlices } = slowIndex();
		app.workspace.triggerLayoutReady();
		expect(index.isComplete()).toBe(false);
		expect(index.agenda(TODAY).items).toEqual([]);
		nextSlice();
		expect(index.isComplete()).toBe(false);
		allSlices();
		expect(index.isComplete()).toBe(true);
		expect(changed).toHaveBeenCalledTimes(1);
		expect(index.agenda(TODAY)).toEqual(agendaFromScratch(app, TODAY, DEFAULT_SETTINGS));
	});

	it("reads again what was edited, created, deleted or renamed while it walked", async () => {
		const { app, index, nextSlice, allSlices, notesShown } = slowIndex();
		app.workspace.triggerLayoutReady(); // Acme and Initech are read
		await app.vault.modify(app.vault.getFileByPath("Interviews/Acme.md")!, meeting("2026-11-10", "Acme").replace("interviewer: Sam", "interviewer: Sam\nstatus: closed"));
		await app.fileManager.trashFile(app.vault.getFileByPath("Interviews/Umbrella.md")!); // not read yet
		await app.vault.create("Interviews/Stark.md", meeting("2026-11-20", "Stark")); // not in the walk's list
		await app.metadataCache.settled();
		nextSlice(); // Groceries and Globex
		await app.fileManager.renameFile(app.vault.getFileByPath("Interviews/Initech.md")!, "Archive/Initech.md");
		await app.fileManager.renameFile(app.vault.getFileByPath("Interviews/Globex.md")!, "Interviews/2026/Globex.md");
		allSlices();
		expect(notesShown()).toEqual(["Interviews/2026/Globex.md", "Interviews/Hooli.md", "Interviews/Stark.md"]);
		expect(index.agenda(TODAY)).toEqual(agendaFromScratch(app, TODAY, DEFAULT_SETTINGS));
	});

	it("keeps showing the index in place until a new build is over", async () => {
		const { app, index, nextSlice, allSlices, notesShown } = slowIndex();
		app.workspace.triggerLayoutReady();
		allSlices();
		const before = notesShown();
		index.setSettings({ ...DEFAULT_SETTINGS, interviewsFolder: "Elsewhere" });
		nextSlice();
		expect(index.isComplete()).toBe(true);
		expect(notesShown()).toEqual(before);
		// An edit during the new build shows at once in the index in place, and survives the build.
		await app.vault.modify(app.vault.getFileByPath("Interviews/Hooli.md")!, note("date: 2026-11-16\ntype: informational\ncompany: Hooli\ncontact: Ann"));
		await app.metadataCache.settled();
		expect(index.interviewOf("Interviews/Hooli.md")?.kind).toBe("informational");
		allSlices();
		expect(notesShown()).toEqual(["Interviews/Hooli.md"]);
	});

	it("a build started meanwhile replaces the one under way, whose slices then do nothing", () => {
		const { app, index, changed, nextSlice, allSlices } = slowIndex();
		app.workspace.triggerLayoutReady();
		nextSlice();
		const settings = { ...DEFAULT_SETTINGS, horizonDays: 3 };
		index.setSettings(settings);
		allSlices();
		expect(changed).toHaveBeenCalledTimes(1);
		expect(index.agenda(TODAY)).toEqual(agendaFromScratch(app, TODAY, settings));
	});

	it("stops when the plugin unloads", () => {
		const { app, index, owner, changed, allSlices } = slowIndex();
		app.workspace.triggerLayoutReady();
		owner.unload();
		allSlices();
		expect(changed).not.toHaveBeenCalled();
		expect(index.isComplete()).toBe(false);
	});

	it("puts the share candidates it found in place with the rest, then reads and ranks them", async () => {
		const { app, index, allSlices } = slowIndex();
		app.workspace.triggerLayoutReady();
		await app.vault.create("Clippings/Pricing.md", "---\ntitle: Pricing in regulated markets\n---\nWhat regulators ask.\n");
		await app.metadataCache.settled();
		allSlices();
		await flush();
		expect(index.shares.candidateCount).toBe(2);
	});
});
