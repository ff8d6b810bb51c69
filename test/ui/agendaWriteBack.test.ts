/** @jest-environment jsdom */
import { stringify } from "yaml";
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

function done(view: AgendaView, step: string): HTMLButtonElement | null {
	return view.contentEl.find(`.ifu-item[data-step="${step}"] .ifu-done`) as HTMLButtonElement | null;
}

/** The lines of `after` that differ from `before`'s, line by line. */
function changedLines(before: string, after: string): string[] {
	const old = before.split("\n");
	return after.split("\n").filter((line, i) => line !== old[i]);
}

afterEach(() => jest.useRealTimers());

describe("Done changes only its own line", () => {
	it("on a note with comments and a flow list, the check-in is appended to the list and nothing else moves", async () => {
		const { app, view } = await openAgenda({ [PATH]: WITH_COMMENTS });
		done(view, "check-in")!.click();
		await flush();
		const text = app.vault.readNow(PATH);
		expect(changedLines(WITH_COMMENTS, text)).toEqual([`check_ins: [2026-10-01, 2026-10-20, ${TODAY}] # so far`]);
		expect(text.split("\n")).toHaveLength(WITH_COMMENTS.split("\n").length);
	});

	it("a CRLF note stays CRLF", async () => {
		const crlf = WITH_COMMENTS.replace(/\n/g, "\r\n");
		const { app, view } = await openAgenda({ [PATH]: crlf });
		done(view, "check-in")!.click();
		await flush();
		expect(app.vault.readNow(PATH)).toBe(crlf.replace("2026-10-20]", `2026-10-20, ${TODAY}]`));
	});

	it("a value in a form the text function leaves alone goes through processFrontMatter, which keeps every value", async () => {
		const folded = WITH_COMMENTS.replace("check_ins: [2026-10-01, 2026-10-20] # so far", "check_ins: !!seq [2026-10-01, 2026-10-20]");
		const { app, view } = await openAgenda({ [PATH]: folded });
		const processFrontMatter = jest.spyOn(app.fileManager, "processFrontMatter");
		done(view, "check-in")!.click();
		await flush();
		expect(processFrontMatter).toHaveBeenCalledTimes(1);
		const frontmatter = {
			date: "2026-09-01", outcome: "well", company: "Acme", interviewer: "[[People/Jane Doe|Jane]]",
			letter_sent: "2026-09-02", called: "2026-09-09", check_ins: ["2026-10-01", "2026-10-20", TODAY], tags: ["interview"],
		};
		expect(app.vault.readNow(PATH)).toBe(`---\n${stringify(frontmatter)}---\n${BODY}`);
	});
});

describe("Done stays disabled until the metadata cache shows the write", () => {
	it("logs the check-in once, however often the agenda renders before the cache reads the note", async () => {
		const { app, view } = await openAgenda({ [PATH]: WITH_COMMENTS });
		app.metadataCache.hold();
		done(view, "check-in")!.click();
		await flush();
		expect(app.vault.readNow(PATH)).toContain(`check_ins: [2026-10-01, 2026-10-20, ${TODAY}] # so far`);
		expect(done(view, "check-in")!.disabled).toBe(true);

		view.render(); // another note changed meanwhile: the step still shows open, its Done still disabled
		expect(done(view, "check-in")!.disabled).toBe(true);
		done(view, "check-in")!.click();
		await flush();

		app.metadataCache.release();
		await app.metadataCache.settled();
		await flush();
		expect(done(view, "check-in")).toBeNull();
		expect(app.vault.readNow(PATH).match(new RegExp(TODAY, "g"))).toHaveLength(1);
	});

	it("comes back after a few seconds when the cache never shows the write", async () => {
		const { app, view } = await openAgenda({ [PATH]: WITH_COMMENTS });
		app.metadataCache.hold();
		done(view, "check-in")!.click();
		await flush();
		jest.advanceTimersByTime(3_000);
		await flush();
		expect(done(view, "check-in")!.disabled).toBe(false);
	});

	it("comes back at once when nothing could be written", async () => {
		const { app, view } = await openAgenda({ [PATH]: WITH_COMMENTS });
		jest.spyOn(app.vault, "process").mockRejectedValue(new Error("disk full"));
		done(view, "check-in")!.click();
		await flush();
		expect(done(view, "check-in")!.disabled).toBe(false);
	});
});
