/** @jest-environment jsdom */
import { readFileSync } from "fs";
import { join } from "path";
import { Events, MarkdownView, Menu, OpenBase, useApiVersion } from "../mocks/obsidian";
import { FOLLOW_UPS_VIEW_TYPE, JOB_SEARCH_BASE_FILE } from "../../src/bases/jobSearchBase";
import { day, flush, Harness, loadPlugin, morningOf, note } from "../obsidian/harness";
import { EXAMPLE_VAULT, filesOf, settingsOf } from "./vaultFiles";

const TODAY = "2026-11-27";
const ACME = "Interviews/Acme.md";
const GLOBEX = "Interviews/Globex.md";
const CHAT = "Networking/Coffee with Priya.md";
const FILES = {
	[ACME]: note('date: 2026-11-20\noutcome: well\ncompany: Acme\ninterviewer: "[[Jane Doe]]"'),
	[GLOBEX]: note("date: 2026-11-24\noutcome: poorly\ncompany: Globex\ninterviewer: Omar"),
	[CHAT]: note("date: 2026-11-25\ntype: coffee chat\ncompany: Raviga\ninterviewer: Priya"),
	"Notes/Plain.md": "Nothing to follow up.\n",
};

/** A base with one Follow-ups view, whose filter is `filter`. */
function baseText(filter: string): string {
	return `filters:\n  and:\n    - '${filter}'\nviews:\n  - type: ${FOLLOW_UPS_VIEW_TYPE}\n    name: "Follow-ups"\n`;
}

async function openBase(files: Record<string, string>, text: string, data: unknown = null): Promise<Harness & { base: OpenBase; el: HTMLElement }> {
	const harness = await loadPlugin(files, morningOf(TODAY), data);
	const base = harness.app.bases.open(text, "Follow-ups");
	document.body.append(base.containerEl);
	return { ...harness, base, el: base.containerEl };
}

/** The follow-ups shown, as "note · step". */
function shown(el: HTMLElement): string[] {
	return el.findAll(".ifu-item").map((item) => `${item.dataset.note} · ${item.dataset.step}`);
}

function row(el: HTMLElement, path: string, step: string): HTMLElement {
	const found = el.find(`.ifu-item[data-note="${path}"][data-step="${step}"] .ifu-row`);
	if (!found) throw new Error(`no row for ${path} ${step}`);
	return found;
}

/** Lets the metadata cache read a write, Bases re-run its query and the debounced render run. */
async function settle(harness: Harness): Promise<void> {
	await flush();
	await harness.app.metadataCache.settled();
	jest.advanceTimersByTime(500);
	await flush();
}

afterEach(() => useApiVersion("1.13.1"));

describe("the Follow-ups Bases view lists the open follow-ups of the notes the base selects", () => {
	it("shows only the selected notes' follow-ups, with the sidebar's rows", async () => {
		const { el, plugin } = await openBase(FILES, baseText('file.inFolder("Interviews")'));
		const all = plugin.index.agenda(day(TODAY)).items.map((item) => `${item.note} · ${item.step}`);
		expect(all).toContain(`${CHAT} · letter`);
		expect(shown(el)).toEqual([`${ACME} · letter`, `${GLOBEX} · letter`, `${ACME} · call`, `${GLOBEX} · call`]);
		expect(row(el, ACME, "letter").find(".ifu-item-title").getText()).toBe("Send thank-you letter to Jane Doe at Acme");
		expect(el.findAll(".ifu-section-header .tree-item-inner").map((header) => header.getText())).toEqual(["Overdue", "Due now", "Coming up", "Later"]);
	});

	it("keeps Later folded until its header is clicked, as the sidebar does", async () => {
		const { el } = await openBase(FILES, baseText('file.inFolder("Interviews")'));
		el.find(".ifu-section-later .ifu-section-header").click();
		expect(shown(el).slice(4)).toEqual([`${ACME} · check-in`, `${GLOBEX} · check-in`]);
	});

	it("over the example vault's Job search.base, shows the same follow-ups as the sidebar's agenda", async () => {
		const root = EXAMPLE_VAULT;
		const harness = await openBase(filesOf(root), readFileSync(join(root, JOB_SEARCH_BASE_FILE), "utf8"), settingsOf(root));
		const agenda = harness.plugin.index.agenda(day(TODAY)).items.filter((item) => item.bucket !== "later");
		expect(agenda.length).toBeGreaterThan(5);
		expect(shown(harness.el)).toEqual(agenda.map((item) => `${item.note} · ${item.step}`));
	});

	it("says so when the base selects no meeting note, or every follow-up is done", async () => {
		const none = await openBase(FILES, baseText('file.inFolder("Notes")'));
		expect(none.el.getText()).toBe("None of the notes this base selects is a meeting note, so there is nothing to follow up.");
		const done = await openBase({ [ACME]: note("date: 2026-11-20\noutcome: well\ncompany: Acme\nletter_sent: 2026-11-21\nstatus: closed") }, baseText('file.ext == "md"'));
		expect(done.el.getText()).toBe("All caught up: no follow-up is open for the meeting of this base.");
	});

	it("follows Bases' new results (onDataUpdated): a note that joins the base shows its follow-ups", async () => {
		const harness = await openBase(FILES, baseText('file.hasTag("priority")'));
		expect(shown(harness.el)).toEqual([]);
		const chat = harness.app.vault.getFileByPath(CHAT)!;
		await harness.app.vault.modify(chat, harness.app.vault.readNow(CHAT).replace("type: coffee chat", "type: coffee chat\ntags: [priority]"));
		await settle(harness);
		expect(shown(harness.el)).toEqual([`${CHAT} · letter`]);
	});

	it("stops listening when Bases closes the view", async () => {
		const harness = await openBase(FILES, baseText('file.inFolder("Interviews")'));
		const listeners = () => (harness.plugin.index as unknown as Events).listenerCount("changed");
		const before = listeners();
		harness.base.close();
		expect(listeners()).toBe(before - 1);
		expect(harness.el.findAll(".ifu-item")).toHaveLength(0);
	});
});

describe("the Follow-ups Bases view acts as the sidebar does", () => {
	it("Mark done from the row's menu writes letter_sent, and the row goes", async () => {
		const harness = await openBase(FILES, baseText('file.inFolder("Interviews")'));
		row(harness.el, ACME, "letter").dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
		expect(Menu.shownTitles()).toEqual(["Write letter", "Email draft", "Copy draft", "---", "Mark done", "Snooze…", "Set status…", "---", "Open note"]);
		Menu.clickItem("Mark done");
		await settle(harness);
		expect(harness.app.vault.readNow(ACME)).toContain(`letter_sent: ${TODAY}`);
		expect(shown(harness.el)).toEqual([`${GLOBEX} · letter`, `${ACME} · call`, `${GLOBEX} · call`]);
	});

	it("Set status from the menu writes status, and a click on a row opens its note", async () => {
		const harness = await openBase(FILES, baseText('file.inFolder("Interviews")'));
		row(harness.el, GLOBEX, "letter").find("[data-action=menu]").click();
		Menu.clickItem("Set status…");
		Menu.clickItem("They replied");
		await settle(harness);
		expect(harness.app.vault.readNow(GLOBEX)).toContain("status: responded");
		row(harness.el, ACME, "letter").click();
		await flush();
		const opened = harness.app.workspace.getLeaf(false).view;
		expect(opened instanceof MarkdownView && opened.file?.path).toBe(ACME);
	});

	it("the row's main button runs the main action (the letter is written into the note)", async () => {
		const harness = await openBase(FILES, baseText('file.inFolder("Interviews")'));
		row(harness.el, ACME, "letter").find("[data-action=main]").click();
		await settle(harness);
		expect(harness.app.vault.readNow(ACME)).toMatch(/Subject:/);
	});
});

describe("without Bases nothing breaks", () => {
	it("on an app older than 1.10 the plugin loads, registers no view, and the base it creates has only its tables", async () => {
		useApiVersion("1.8.7");
		const harness = await loadPlugin(FILES, morningOf(TODAY));
		expect(harness.app.bases.registrations.size).toBe(0);
		harness.app.runCommand("interview-follow-up:create-job-search-base");
		await flush();
		expect(harness.app.vault.readNow(JOB_SEARCH_BASE_FILE)).not.toContain(FOLLOW_UPS_VIEW_TYPE);
		expect(harness.plugin.index.agenda(day(TODAY)).items.length).toBeGreaterThan(0);
	});

	it("with Bases off in the vault (registerBasesView returns false) the same", async () => {
		const harness = await loadPlugin(FILES, morningOf(TODAY), null, { bases: false });
		expect(harness.app.bases.registrations.size).toBe(0);
		harness.app.runCommand("interview-follow-up:create-job-search-base");
		await flush();
		expect(harness.app.vault.readNow(JOB_SEARCH_BASE_FILE)).not.toContain(FOLLOW_UPS_VIEW_TYPE);
	});

	it("where the obsidian module has no BasesView class, registering returns false instead of throwing", () => {
		jest.isolateModules(() => {
			jest.doMock("obsidian", () => ({ ...jest.requireActual<object>("../mocks/obsidian"), BasesView: undefined }));
			// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded again inside the isolated registry
			const { registerFollowUpsBasesView } = require("../../src/obsidian/basesView") as typeof import("../../src/obsidian/basesView");
			const registerBasesView = jest.fn(() => true);
			expect(registerFollowUpsBasesView({ registerBasesView } as never, {} as never, { runMainAction: async () => {} })).toBe(false);
			expect(registerBasesView).not.toHaveBeenCalled();
		});
	});
});
