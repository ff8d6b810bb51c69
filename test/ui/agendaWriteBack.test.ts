/** @jest-environment jsdom */
import { stringify } from "yaml";
import { Menu } from "../mocks/obsidian";
import { AgendaView, VIEW_TYPE_AGENDA } from "../../src/ui/agendaView";
import { flush, Harness, loadPlugin, morningOf } from "../obsidian/harness";

// SPEC.md section 5 through the in-memory Obsidian: Done rewrites only its own lines with `Vault.process`,
// falls back to `processFrontMatter` for forms the text function leaves alone, and stays disabled until the
// metadata cache shows the write.

const TODAY = "2026-11-27";
const PATH = "Interviews/Acme.md";
const BODY = "# Notes\n\nShe asked about **onboarding**.\n";
/** A check-in is due: the letter and call are done, the last contact 2026-10-20 (38 days ago). */
const WITH_COMMENTS = [
	"---",
	"# Interview with Acme",
	"date: 2026-09-01 # a Tuesday",
	"outcome: well",
	"company: 'Acme'",
	'interviewer: "[[People/Jane Doe|Jane]]"',
	"letter_sent: 2026-09-02",
	"called: 2026-09-09",
	"check_ins: [2026-10-01, 2026-10-20] # so far",
	"tags: [interview]",
	"---",
	BODY,
].join("\n");

async function openAgenda(files: Record<string, string>): Promise<Harness & { view: AgendaView }> {
	const harness = await loadPlugin(files, morningOf(TODAY));
	await harness.plugin.openAgenda();
	await flush();
	const view = harness.app.workspace.getLeavesOfType(VIEW_TYPE_AGENDA)[0].view;
	if (!(view instanceof AgendaView)) throw new Error("the agenda did not open");
	return { ...harness, view };
}

/** Opens the row's menu (right-click) of the item of `step`, or returns `null` when there is no such row. */
function menuOf(view: AgendaView, step: string): Menu | null {
	const row = view.contentEl.find(`.ifu-item[data-step="${step}"] .ifu-row`);
	if (!row) return null;
	row.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
	return Menu.lastShown;
}

/** Picks Mark done in the row's menu (nothing happens while it is disabled, as in Obsidian). */
function markDone(view: AgendaView, step: string): void {
	menuOf(view, step);
	Menu.clickItem("Mark done");
}

/** Whether Mark done is disabled in the row's menu. */
function doneDisabled(view: AgendaView, step: string): boolean {
	const menu = menuOf(view, step);
	const disabled = menu?.entries.find((entry) => entry.title === "Mark done")?.disabled ?? false;
	menu?.hide();
	return disabled;
}

/** The lines of `after` that differ from `before`'s, line by line. */
function changedLines(before: string, after: string): string[] {
	const old = before.split("\n");
	return after.split("\n").filter((line, i) => line !== old[i]);
}

afterEach(() => jest.useRealTimers());

describe("Mark done changes only its own line", () => {
	it("on a note with comments and a flow list, the check-in is appended to the list and nothing else moves", async () => {
		const { app, view } = await openAgenda({ [PATH]: WITH_COMMENTS });
		markDone(view, "check-in");
		await flush();
		const text = app.vault.readNow(PATH);
		expect(changedLines(WITH_COMMENTS, text)).toEqual([`check_ins: [2026-10-01, 2026-10-20, ${TODAY}] # so far`]);
		expect(text.split("\n")).toHaveLength(WITH_COMMENTS.split("\n").length);
	});

	it("a CRLF note stays CRLF", async () => {
		const crlf = WITH_COMMENTS.replace(/\n/g, "\r\n");
		const { app, view } = await openAgenda({ [PATH]: crlf });
		markDone(view, "check-in");
		await flush();
		expect(app.vault.readNow(PATH)).toBe(crlf.replace("2026-10-20]", `2026-10-20, ${TODAY}]`));
	});

	it("a value in a form the text function leaves alone goes through processFrontMatter, which keeps every value", async () => {
		const folded = WITH_COMMENTS.replace("check_ins: [2026-10-01, 2026-10-20] # so far", "check_ins: !!seq [2026-10-01, 2026-10-20]");
		const { app, view } = await openAgenda({ [PATH]: folded });
		const processFrontMatter = jest.spyOn(app.fileManager, "processFrontMatter");
		markDone(view, "check-in");
		await flush();
		expect(processFrontMatter).toHaveBeenCalledTimes(1);
		const frontmatter = {
			date: "2026-09-01", outcome: "well", company: "Acme", interviewer: "[[People/Jane Doe|Jane]]",
			letter_sent: "2026-09-02", called: "2026-09-09", check_ins: ["2026-10-01", "2026-10-20", TODAY], tags: ["interview"],
		};
		expect(app.vault.readNow(PATH)).toBe(`---\n${stringify(frontmatter)}---\n${BODY}`);
	});
});

describe("Mark done stays disabled until the metadata cache shows the write", () => {
	it("logs the check-in once, however often the agenda renders before the cache reads the note", async () => {
		const { app, view } = await openAgenda({ [PATH]: WITH_COMMENTS });
		app.metadataCache.hold();
		markDone(view, "check-in");
		await flush();
		expect(app.vault.readNow(PATH)).toContain(`check_ins: [2026-10-01, 2026-10-20, ${TODAY}] # so far`);
		expect(doneDisabled(view, "check-in")).toBe(true);

		view.render(); // another note changed meanwhile: the step still shows open, its Done still disabled
		expect(doneDisabled(view, "check-in")).toBe(true);
		markDone(view, "check-in");
		await flush();

		app.metadataCache.release();
		await app.metadataCache.settled();
		await flush();
		expect(menuOf(view, "check-in")).toBeNull();
		expect(app.vault.readNow(PATH).match(new RegExp(TODAY, "g"))).toHaveLength(1);
	});

	it("comes back after a few seconds when the cache never shows the write", async () => {
		const { app, view } = await openAgenda({ [PATH]: WITH_COMMENTS });
		app.metadataCache.hold();
		markDone(view, "check-in");
		await flush();
		jest.advanceTimersByTime(3_000);
		await flush();
		expect(doneDisabled(view, "check-in")).toBe(false);
	});

	it("comes back at once when nothing could be written", async () => {
		const { app, view } = await openAgenda({ [PATH]: WITH_COMMENTS });
		jest.spyOn(app.vault, "process").mockRejectedValue(new Error("disk full"));
		markDone(view, "check-in");
		await flush();
		expect(doneDisabled(view, "check-in")).toBe(false);
	});
});
