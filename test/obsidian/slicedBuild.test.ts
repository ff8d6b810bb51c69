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
		const walks = jest.spyOn(app.vault, "getMarkdownFiles");
		await app.vault.modify(app.vault.getFileByPath("Interviews/Acme.md")!, meeting("2026-11-10", "Acme").replace("interviewer: Sam", "interviewer: Sam\nstatus: closed"));
		await app.fileManager.trashFile(app.vault.getFileByPath("Interviews/Umbrella.md")!); // not read yet
		await app.vault.create("Interviews/Stark.md", meeting("2026-11-20", "Stark")); // not in the walk's list
		await app.metadataCache.settled();
		nextSlice(); // Groceries and Globex
		await app.fileManager.renameFile(app.vault.getFileByPath("Interviews/Initech.md")!, "Archive/Initech.md");
		await app.fileManager.renameFile(app.vault.getFileByPath("Interviews/Globex.md")!, "Interviews/2026/Globex.md");
		allSlices();
		// The cache's `resolved` after each change did not start the walk again: the changes were read at its end.
		expect(walks).not.toHaveBeenCalled();
		expect(notesShown()).toEqual(["Interviews/2026/Globex.md", "Interviews/Hooli.md", "Interviews/Stark.md"]);
		expect(index.agenda(TODAY)).toEqual(agendaFromScratch(app, TODAY, DEFAULT_SETTINGS));
	});

	it("keeps showing the index in place, with its settings, until a new build is over", async () => {
		const { app, index, nextSlice, allSlices, notesShown } = slowIndex();
		app.workspace.triggerLayoutReady();
		allSlices();
		const before = notesShown();
		index.setSettings({ ...DEFAULT_SETTINGS, interviewsFolder: "Elsewhere" });
		nextSlice(); // the new build has read Acme, Initech, Groceries and Globex
		expect(index.isComplete()).toBe(true);
		expect(notesShown()).toEqual(before);
		// An edit of a note the new build has read shows at once in the index in place (read as it was built: by
		// the old folder, Initech is still a meeting), and the new index reads it again before it takes over.
		await app.vault.modify(app.vault.getFileByPath("Interviews/Acme.md")!, note("date: 2026-11-10\ntype: informational\ncompany: Acme\ncontact: Ann"));
		await app.vault.modify(app.vault.getFileByPath("Interviews/Initech.md")!, note("date: 2026-11-12\noutcome: poorly\ncompany: Initech\ninterviewer: Sam"));
		await app.metadataCache.settled();
		expect(index.interviewOf("Interviews/Acme.md")?.kind).toBe("informational");
		expect(index.interviewOf("Interviews/Initech.md")?.outcome).toBe("poorly");
		allSlices();
		expect(notesShown()).toEqual(["Interviews/Acme.md"]);
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

	it("puts the share candidates it found in place with the rest, and those changed meanwhile as they are now", async () => {
		const { app, index, nextSlice, allSlices } = slowIndex();
		app.workspace.triggerLayoutReady();
		nextSlice();
		nextSlice(); // the walk has taken the Hiring clipping
		await app.vault.modify(app.vault.getFileByPath("Clippings/Hiring.md")!, "---\ntitle: How hiring managers read\n---\nNo longer a clipping.\n");
		await app.fileManager.renameFile(app.vault.getFileByPath("Clippings/Hiring.md")!, "Notes/Hiring.md");
		await app.vault.create("Clippings/Pricing.md", "---\ntitle: Pricing in regulated markets\n---\nWhat regulators ask.\n");
		await app.vault.create("Share ideas/Seminar.md", "---\ntags: [share-idea]\n---\nA seminar on plant maintenance.\n");
		await app.metadataCache.settled();
		allSlices();
		await flush();
		expect(index.shares.candidateCount).toBe(2); // Pricing and the seminar; not the note Hiring became
	});
});
