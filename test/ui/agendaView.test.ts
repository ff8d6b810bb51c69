/** @jest-environment jsdom */
import { MarkdownView, Menu } from "../mocks/obsidian";
import { AgendaView, VIEW_TYPE_AGENDA } from "../../src/ui/agendaView";
import { flush, Harness, loadPlugin, morningOf, note } from "../obsidian/harness";

const TODAY = "2026-11-27";
const FRONTMATTER = [
	"date: 2026-11-20",
	"outcome: well",
	"company: Acme",
	"role: Product designer",
	'interviewer: "[[People/Jane Doe|Jane]]"',
	"tags:",
	"  - interview",
	"  - job/acme",
].join("\n");
const ACME = note(FRONTMATTER);
const PATH = "Interviews/Acme.md";

async function openAgenda(files: Record<string, string>, now = morningOf(TODAY)): Promise<Harness & { view: AgendaView }> {
	const harness = await loadPlugin(files, now);
	await harness.plugin.openAgenda();
	await flush();
	const view = harness.app.workspace.getLeavesOfType(VIEW_TYPE_AGENDA)[0].view;
	if (!(view instanceof AgendaView)) throw new Error("the agenda did not open");
	return { ...harness, view };
}

/** Opens a collapsed section the way a click on its summary does (jsdom has no activation behaviour for it). */
function expand(view: AgendaView, key: "later" | "problems"): void {
	const details = view.contentEl.find(`details.ifu-section-${key}`) as HTMLDetailsElement;
	details.open = true;
	details.dispatchEvent(new Event("toggle"));
}

function titles(view: AgendaView): string[] {
	return view.contentEl.findAll(".ifu-section-title").map((el) => el.getText());
}

function item(view: AgendaView, step: string): HTMLElement {
	const el = view.contentEl.find(`.ifu-item[data-step="${step}"]`);
	if (!(el.instanceOf(HTMLElement))) throw new Error(`no ${step} item`);
	return el;
}

function button(view: AgendaView, step: string, cls: string): HTMLButtonElement {
	return item(view, step).find(`.${cls}`) as HTMLButtonElement;
}

afterEach(() => jest.useRealTimers());

describe("the agenda shows each follow-up as an action, by bucket", () => {
	it("lists Overdue, Due now and Coming up open, Later and Problems collapsed", async () => {
		const { view } = await openAgenda({ [PATH]: ACME, "Interviews/Broken.md": note("outcome: well"), "Interviews/Soon.md": note("date: 2026-11-26\noutcome: poorly\ncompany: Initech") });
		expect(titles(view)).toEqual(["Overdue (1)", "Due now (2)", "Coming up (1)", "Later (2)", "Problems (1)"]);
		expect(view.contentEl.findAll("details").map((d) => (d as HTMLDetailsElement).open)).toEqual([false, false]);
		expect(item(view, "letter").find(".ifu-item-title")?.getText()).toBe("Send thank-you letter to Jane at Acme");
		expect(item(view, "letter").find(".ifu-item-meta")?.getText()).toBe("Product designer6 days overdue");
		expect(view.contentEl.find(".ifu-problem")).toBeNull(); // built only when opened
		expand(view, "problems");
		expect(view.contentEl.find(".ifu-problem")?.getText()).toContain("date");
	});

	it.each([
		["Done", "ifu-done", "Mark done: Send thank-you letter to Jane at Acme"],
		["Snooze", "ifu-snooze", "Snooze: Send thank-you letter to Jane at Acme"],
		["status menu", "ifu-status", "Set status: Send thank-you letter to Jane at Acme"],
	])("labels the %s button for screen readers", async (_name, cls, label) => {
		const { view } = await openAgenda({ [PATH]: ACME });
		expect(button(view, "letter", cls).getAttribute("aria-label")).toBe(label);
	});

	it("explains what an interview note looks like when there is none", async () => {
		const { view } = await openAgenda({});
		expect(view.contentEl.getText()).toContain('Put a note in the "Interviews" folder, or tag it #interview');
		expect(view.contentEl.find("pre")?.getText()).toContain("date: 2026-11-20");
	});

	it("opens the note when the item is clicked", async () => {
		const { app, view } = await openAgenda({ [PATH]: ACME });
		(item(view, "letter").find(".ifu-item-title")).click();
		await flush();
		const opened = app.workspace.getLeaf(false).view;
		expect(opened instanceof MarkdownView && opened.file?.path).toBe(PATH);
	});
});

describe("acting on an item writes only SPEC.md's key; every other key and the body stay byte for byte", () => {
	async function act(click: (view: AgendaView) => void | Promise<void>, files: Record<string, string> = { [PATH]: ACME }) {
		const harness = await openAgenda(files);
		await click(harness.view);
		await flush();
		return harness.app.vault.readNow(PATH);
	}

	it("Done on the letter writes letter_sent: today", async () => {
		expect(await act((view) => button(view, "letter", "ifu-done").click())).toBe(note(`${FRONTMATTER}\nletter_sent: ${TODAY}`));
	});

	it("Done on a check-in appends today to check_ins", async () => {
		const withCheckIns = note(`${FRONTMATTER.replace("2026-11-20", "2026-09-01")}\nletter_sent: 2026-09-02\ncheck_ins:\n  - 2026-10-01`);
		const expected = withCheckIns.replace("  - 2026-10-01", `  - 2026-10-01\n  - ${TODAY}`);
		expect(await act((view) => button(view, "check-in", "ifu-done").click(), { [PATH]: withCheckIns })).toBe(expected);
	});

	it.each([
		["Tomorrow", "2026-11-28"],
		["In 3 days", "2026-11-30"],
		["Next week", "2026-12-04"],
	])("Snooze › %s writes snoozed_until: %s", async (choice, until) => {
		const text = await act((view) => {
			button(view, "letter", "ifu-snooze").click();
			Menu.clickItem(choice);
		});
		expect(text).toBe(note(`${FRONTMATTER}\nsnoozed_until: ${until}`));
	});

	it.each([
		["They replied", "responded"],
		["Offer", "offer"],
		["Rejected", "rejected"],
		["Close", "closed"],
	])("status › %s writes status: %s", async (choice, status) => {
		const text = await act((view) => {
			button(view, "letter", "ifu-status").click();
			Menu.clickItem(choice);
		});
		expect(text).toBe(note(`${FRONTMATTER}\nstatus: ${status}`));
	});

	it("Snooze › Pick a date accepts a later date and refuses today", async () => {
		const text = await act(async () => {
			(document.querySelector(".ifu-snooze") as HTMLElement).click();
			Menu.clickItem("Pick a date…");
			const input = document.querySelector(".modal input[type=date]") as HTMLInputElement;
			const snooze = Array.from(document.querySelectorAll<HTMLButtonElement>(".modal button")).find((b) => b.textContent === "Snooze")!;
			input.value = TODAY;
			snooze.click();
			expect(document.querySelector(".modal .ifu-field-error")?.textContent).toBe("Pick a date after today.");
			input.value = "2026-12-15";
			snooze.click();
			await flush();
		});
		expect(text).toBe(note(`${FRONTMATTER}\nsnoozed_until: 2026-12-15`));
		expect(document.querySelector(".modal")).toBeNull();
	});
});

describe("note text never becomes HTML", () => {
	it("shows a note named like an HTML tag as text", async () => {
		const evil = "<img src=x onerror=alert(1)>";
		const { view } = await openAgenda({
			[`Interviews/${evil}.md`]: note(`date: 2026-11-20\noutcome: well\ncompany: "${evil}"\ninterviewer: "<b>Jane</b>"`),
			[`Interviews/${evil} 2.md`]: note("outcome: well"),
		});
		expand(view, "problems");
		expect(view.contentEl.querySelector("img, b")).toBeNull();
		expect(item(view, "letter").find(".ifu-item-title")?.getText()).toBe(`Send thank-you letter to <b>Jane</b> at ${evil}`);
		expect(view.contentEl.find(".ifu-problem-note")?.getText()).toBe(`${evil} 2`);
	});
});

describe("the view stays current, renders only while shown, and moves buckets at midnight", () => {
	it("removes the item of a note deleted while the view is open", async () => {
		const { app, view } = await openAgenda({ [PATH]: ACME });
		await app.fileManager.trashFile(app.vault.getFileByPath(PATH)!);
		jest.advanceTimersByTime(500);
		expect(view.contentEl.find(".ifu-item")).toBeNull();
	});

	it("does not render while the sidebar is collapsed, and catches up when it is shown", async () => {
		const { app, view } = await openAgenda({ [PATH]: ACME });
		app.workspace.rightSplit.collapse();
		await app.vault.modify(app.vault.getFileByPath(PATH)!, ACME.replace("outcome: well", "outcome: well\nletter_sent: 2026-11-21"));
		await app.metadataCache.settled();
		jest.advanceTimersByTime(500);
		expect(view.contentEl.find('.ifu-item[data-step="letter"]')).not.toBeNull();
		app.workspace.rightSplit.expand();
		expect(view.contentEl.find('.ifu-item[data-step="letter"]')).toBeNull();
	});

	it("moves a step from Coming up to Due now after midnight", async () => {
		const { view } = await openAgenda({ [PATH]: note("date: 2026-11-26\noutcome: well") }, new Date(2026, 10, 26, 23, 58));
		expect(titles(view).slice(0, 2)).toEqual(["Coming up (2)", "Later (1)"]);
		jest.advanceTimersByTime(3 * 60_000);
		expect(titles(view).slice(0, 2)).toEqual(["Due now (1)", "Coming up (1)"]);
	});
});

describe("the agenda opens in the right sidebar, also from a deferred leaf", () => {
	it("loads a restored, deferred agenda instead of adding a second one", async () => {
		const harness = await loadPlugin({ [PATH]: ACME }, morningOf(TODAY));
		const leaf = harness.app.workspace.addDeferredRightLeaf(VIEW_TYPE_AGENDA);
		expect(leaf.view instanceof AgendaView).toBe(false);
		harness.app.runCommand("interview-follow-up:open-agenda");
		await flush();
		expect(harness.app.workspace.getLeavesOfType(VIEW_TYPE_AGENDA)).toEqual([leaf]);
		expect(leaf.view instanceof AgendaView && leaf.view.contentEl.find(".ifu-item") !== null).toBe(true);
	});

	it("opens from the ribbon icon", async () => {
		const harness = await loadPlugin({}, morningOf(TODAY));
		(harness.app.ribbonEl.find('[aria-label="Open follow-up agenda"]')).click();
		await flush();
		expect(harness.app.workspace.getLeavesOfType(VIEW_TYPE_AGENDA)).toHaveLength(1);
	});
});

describe("a long agenda stays readable and cheap to render", () => {
	const many = (count: number) =>
		Object.fromEntries(
			Array.from({ length: count }, (_, i) => [
				`Interviews/Company ${String(i).padStart(2, "0")}.md`,
				note(`date: 2026-11-0${1 + (i % 9)}\noutcome: well\ncompany: Company ${i}\ncalled: true`),
			]),
		);

	it("shows the first 25 items of a section and a button for the rest, which shows them all", async () => {
		const { view } = await openAgenda(many(35));
		const overdue = () => view.contentEl.findAll(".ifu-section-overdue .ifu-item").length;
		expect(overdue()).toBe(25);
		const more = view.contentEl.find(".ifu-section-overdue .ifu-show-more") as HTMLButtonElement;
		expect(more.getText()).toBe("Show 10 more");
		more.click();
		expect(overdue()).toBe(35);
		expect(view.contentEl.find(".ifu-section-overdue .ifu-show-more")).toBeNull();
	});

	it("builds the items of Later only when it is opened", async () => {
		const { view } = await openAgenda({ [PATH]: ACME });
		expect(view.contentEl.findAll(".ifu-section-later .ifu-item")).toHaveLength(0);
		expand(view, "later");
		expect(view.contentEl.findAll(".ifu-section-later .ifu-item").map((el) => el.getAttribute("data-step"))).toEqual(["check-in"]);
	});
});
