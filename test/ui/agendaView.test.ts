/** @jest-environment jsdom */
import { MarkdownView, Menu, usePlatform } from "../mocks/obsidian";
import { AgendaView, VIEW_TYPE_AGENDA } from "../../src/ui/agendaView";
import { DraftActions } from "../../src/ui/agendaItemMenu";
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

async function openAgenda(files: Record<string, string>, now = morningOf(TODAY), drafts: DraftActions | null = null): Promise<Harness & { view: AgendaView }> {
	const harness = await loadPlugin(files, now);
	if (drafts) {
		// As main.ts will once the letters side lands: the same view, given email, copy and call.
		harness.app.workspace.registerViewType(VIEW_TYPE_AGENDA, (leaf) => new AgendaView(leaf as never, harness.plugin, { runMainAction: async () => {}, openPipeline: () => {}, drafts }) as never);
	}
	await harness.plugin.openAgenda();
	await flush();
	const view = harness.app.workspace.getLeavesOfType(VIEW_TYPE_AGENDA)[0].view;
	if (!(view instanceof AgendaView)) throw new Error("the agenda did not open");
	return { ...harness, view };
}

/** Opens a folded section the way a click on its header does. */
function expand(view: AgendaView, key: "later" | "problems"): void {
	const section = view.contentEl.find(`.ifu-section-${key}`);
	if (section.hasClass("is-collapsed")) (section.find(".ifu-section-header")).click();
}

/** Each section as its header shows it: "Overdue 1". */
function titles(view: AgendaView): string[] {
	return view.contentEl.findAll(".ifu-section-header").map((el) => `${el.find(".tree-item-inner").getText()} ${el.find(".tree-item-flair").getText()}`);
}

function item(view: AgendaView, step: string): HTMLElement {
	const el = view.contentEl.find(`.ifu-item[data-step="${step}"]`);
	if (!(el?.instanceOf(HTMLElement))) throw new Error(`no ${step} item`);
	return el;
}

function row(view: AgendaView, step: string): HTMLElement {
	return item(view, step).find(".ifu-row");
}

function rightClick(el: HTMLElement): void {
	el.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true, clientX: 10, clientY: 20 }));
}

function press(el: Element, key: string, init: KeyboardEventInit = {}): void {
	el.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init }));
}

afterEach(() => {
	jest.useRealTimers();
	usePlatform("desktop");
});

describe("the agenda shows each follow-up as a compact row, by bucket", () => {
	it("lists Overdue, Due now and Coming up open, Later and Problems folded, each with its count", async () => {
		const { view } = await openAgenda({ [PATH]: ACME, "Interviews/Broken.md": note("outcome: well"), "Interviews/Soon.md": note("date: 2026-11-26\noutcome: poorly\ncompany: Initech") });
		expect(titles(view)).toEqual(["Overdue 1", "Due now 2", "Coming up 1", "Later 2", "Problems 1"]);
		expect(view.contentEl.findAll(".ifu-section.is-collapsed").map((el) => el.getAttr("data-section"))).toEqual(["later", "problems"]);
		expect(row(view, "letter").find(".ifu-item-title").getText()).toBe("Send thank-you letter to Jane at Acme");
		expect(row(view, "letter").findAll(".ifu-item-meta > span").map((el) => el.getText())).toEqual(["Job interview", "Product designer", "6 days overdue"]);
		expect(view.contentEl.find(".ifu-problem")).toBeNull(); // built only when opened
		expand(view, "problems");
		expect(view.contentEl.find(".ifu-problem").getText()).toContain("date");
	});

	it("names the call without its reason, which stays in the row's tooltip", async () => {
		const { view } = await openAgenda({ [PATH]: ACME.replace("2026-11-20", "2026-11-19") });
		expect(row(view, "call").find(".ifu-item-title").getText()).toBe("Call Jane at Acme");
		expect(row(view, "call").getAttr("aria-label")).toBe(`Call Jane at Acme — no answer in a week\n${PATH}`);
		expect(row(view, "call").getAttr("title")).toBeNull();
	});

	it("labels the row's two icon buttons for screen readers", async () => {
		const { view } = await openAgenda({ [PATH]: ACME });
		expect(row(view, "letter").findAll("button").map((button) => button.getAttr("aria-label"))).toEqual([
			"Write letter: Send thank-you letter to Jane at Acme",
			"More actions: Send thank-you letter to Jane at Acme",
		]);
	});

	it("shows the reply after a rejection as its own row, after a thank-you already sent, with its main action", async () => {
		const { view } = await openAgenda({ [PATH]: ACME.replace("interviewer: ", "status: rejected\nletter_sent: 2026-11-21\ninterviewer: ") });
		expect(view.contentEl.find('.ifu-item[data-step="letter"]')).toBeNull();
		expect(row(view, "rejection-reply").find(".ifu-item-title").getText()).toBe("Reply to Jane at Acme after the rejection");
		expect(row(view, "rejection-reply").findAll("button").map((button) => button.getAttr("aria-label"))).toEqual([
			"Write reply: Reply to Jane at Acme after the rejection",
			"More actions: Reply to Jane at Acme after the rejection",
		]);
		rightClick(row(view, "rejection-reply"));
		expect(Menu.shownTitles()).toEqual(["Write reply", "Email draft", "Copy draft", "---", "Mark done", "Snooze…", "Set status…", "---", "Open note"]);
	});

	it("explains what an interview note looks like when there is none", async () => {
		const { view } = await openAgenda({});
		expect(view.contentEl.getText()).toContain('Put a note in the "Interviews" folder, or tag it #interview');
		expect(view.contentEl.find("pre").getText()).toContain("date: 2026-11-20");
	});

	it("says all is caught up when every follow-up is done", async () => {
		const { view } = await openAgenda({ [PATH]: note(`${FRONTMATTER}\nstatus: closed`) });
		expect(view.contentEl.find(".ifu-caught-up").getText()).toBe("All caught up: no follow-up is open.");
	});

	it("opens the note when the row is clicked", async () => {
		const { app, view } = await openAgenda({ [PATH]: ACME });
		row(view, "letter").click();
		await flush();
		const opened = app.workspace.getLeaf(false).view;
		expect(opened instanceof MarkdownView && opened.file?.path).toBe(PATH);
	});
});

describe("a note that can't be scheduled is said at the top", () => {
	const BROKEN = { "Interviews/Broken.md": note("outcome: well"), "Interviews/Odd.md": note("date: 2026-11-20\noutcome: maybe"), "Interviews/Also broken.md": note("date: 2026-13-01") };

	it.each([
		[{ "Interviews/Broken.md": BROKEN["Interviews/Broken.md"] }, "1 note can't be scheduled"],
		[BROKEN, "2 notes can't be scheduled"],
	])("counts the notes with an error: %#", async (files, line) => {
		const { view } = await openAgenda({ [PATH]: ACME, ...files });
		expect(view.contentEl.find(".ifu-error-line").getText()).toBe(line);
	});

	it("says nothing at the top for warnings alone", async () => {
		const { view } = await openAgenda({ [PATH]: ACME, "Interviews/Odd.md": BROKEN["Interviews/Odd.md"] });
		expect(view.contentEl.find(".ifu-error-line")).toBeNull();
	});

	it("opens Problems on a click, errors before warnings, and puts focus on the first", async () => {
		const { view } = await openAgenda({ [PATH]: ACME, ...BROKEN });
		(view.contentEl.find(".ifu-error-line")).click();
		const problems = view.contentEl.find(".ifu-section-problems");
		expect(problems.hasClass("is-collapsed")).toBe(false);
		expect(problems.findAll(".ifu-problem").map((el) => `${el.find(".ifu-problem-severity").getText()} ${el.find(".ifu-problem-note").getText()}`)).toEqual([
			"Error Also broken",
			"Error Broken",
			"Warning Odd",
		]);
		expect(document.activeElement).toBe(problems.find(".ifu-problem .ifu-row"));
	});
});

describe("the row's menu: right-click, the ⋯ button, the context-menu key or Shift+F10", () => {
	it("offers the main action, Email draft, Copy draft, Mark done, Snooze…, Set status… and Open note", async () => {
		const { view } = await openAgenda({ [PATH]: ACME });
		rightClick(row(view, "letter"));
		expect(Menu.shownTitles()).toEqual(["Write letter", "Email draft", "Copy draft", "---", "Mark done", "Snooze…", "Set status…", "---", "Open note"]);
	});

	it.each([
		["letter", ["Write letter", "Email draft", "Copy draft"]],
		["call", ["Call script", "Call Jane"]],
	])("offers email and copy, or the call, for a %s when the letters side provides them", async (step, titles) => {
		const calls: string[] = [];
		const drafts = { emailDraft: () => calls.push("email"), copyDraft: () => calls.push("copy"), callContact: () => calls.push("call") };
		const { view } = await openAgenda({ [PATH]: ACME.replace("2026-11-20", "2026-11-19") }, morningOf(TODAY), drafts);
		rightClick(row(view, step));
		expect(Menu.shownTitles().slice(0, titles.length)).toEqual(titles);
		Menu.clickItem(titles[1]);
		expect(calls).toEqual([step === "call" ? "call" : "email"]);
	});

	it("offers a panel's letters one person at a time, and no draft to send for a check-in before its article", async () => {
		const calls: string[] = [];
		const drafts = {
			emailDraft: (_item: unknown, contact?: string) => calls.push(`email ${contact}`),
			copyDraft: (_item: unknown, contact?: string) => calls.push(`copy ${contact}`),
			callContact: () => calls.push("call"),
		};
		const panel = ACME.replace(/^interviewer: .*$/m, "interviewer: [Jane, Omar]");
		const { view } = await openAgenda({ [PATH]: panel }, morningOf(TODAY), drafts);
		rightClick(row(view, "letter"));
		expect(Menu.shownTitles().slice(0, 5)).toEqual(["Write letter", "Email draft to Jane", "Email draft to Omar", "Copy draft to Jane", "Copy draft to Omar"]);
		Menu.clickItem("Email draft to Omar");
		expect(calls).toEqual(["email Omar"]);
	});

	it.each([
		["the ⋯ button", (view: AgendaView) => (row(view, "letter").find(".ifu-more")).click()],
		["the context-menu key", (view: AgendaView) => press(row(view, "letter"), "ContextMenu")],
		["Shift+F10", (view: AgendaView) => press(row(view, "letter"), "F10", { shiftKey: true })],
	])("opens with %s", async (_name, open) => {
		const { view } = await openAgenda({ [PATH]: ACME });
		open(view);
		expect(Menu.shownTitles()[0]).toBe("Write letter");
	});

	it("opens on a long press on mobile, without opening the note", async () => {
		usePlatform("mobile");
		const { app, view } = await openAgenda({ [PATH]: ACME });
		expect(view.contentEl.hasClass("ifu-touch")).toBe(true);
		const target = row(view, "letter");
		const touch = (type: string, touches: { clientX: number; clientY: number }[]) => {
			const event = new Event(type, { bubbles: true, cancelable: true });
			Object.defineProperty(event, "touches", { value: touches });
			target.dispatchEvent(event);
		};
		touch("touchstart", [{ clientX: 5, clientY: 5 }]);
		jest.advanceTimersByTime(600);
		expect(Menu.shownTitles()[0]).toBe("Write letter");
		touch("touchend", []);
		target.click();
		await flush();
		expect(app.workspace.getLeavesOfType("markdown")).toHaveLength(0);
	});
});

describe("the keyboard: one Tab stop, arrows between rows, Enter opens", () => {
	it("moves with ArrowDown and ArrowUp across headers and rows, keeping one Tab stop", async () => {
		const { view } = await openAgenda({ [PATH]: ACME });
		const tabStops = () => view.contentEl.findAll("[data-nav]").filter((el) => el.getAttr("tabindex") === "0");
		expect(tabStops()).toHaveLength(1);
		const first = tabStops()[0];
		first.focus();
		press(first, "ArrowDown");
		expect(document.activeElement).toBe(row(view, "letter"));
		press(document.activeElement as HTMLElement, "ArrowUp");
		expect(document.activeElement).toBe(first);
		press(first, "End");
		expect(tabStops()).toEqual([document.activeElement]);
	});

	it("opens the note with Enter", async () => {
		const { app, view } = await openAgenda({ [PATH]: ACME });
		press(row(view, "letter"), "Enter");
		await flush();
		const opened = app.workspace.getLeaf(false).view;
		expect(opened instanceof MarkdownView && opened.file?.path).toBe(PATH);
	});

	it("keeps focus in the list after Done, on the row that took the done one's place", async () => {
		const { app, view } = await openAgenda({ [PATH]: ACME });
		row(view, "letter").focus();
		press(row(view, "letter"), "ContextMenu");
		Menu.clickItem("Mark done");
		await flush();
		await app.metadataCache.settled();
		jest.advanceTimersByTime(500);
		expect(app.vault.readNow(PATH)).toContain(`letter_sent: ${TODAY}`);
		expect(view.contentEl.find('.ifu-item[data-step="letter"]')).toBeNull();
		expect((document.activeElement as HTMLElement).closest(".ifu-agenda")).toBe(view.contentEl);
	});
});

describe("acting on an item writes only SPEC.md's key; every other key and the body stay byte for byte", () => {
	async function act(click: (view: AgendaView) => void | Promise<void>, files: Record<string, string> = { [PATH]: ACME }) {
		const harness = await openAgenda(files);
		await click(harness.view);
		await flush();
		return harness.app.vault.readNow(PATH);
	}

	function menuOf(view: AgendaView, step: string, ...choices: string[]): void {
		rightClick(row(view, step));
		for (const choice of choices) Menu.clickItem(choice);
	}

	it("Mark done on the letter writes letter_sent: today", async () => {
		expect(await act((view) => menuOf(view, "letter", "Mark done"))).toBe(note(`${FRONTMATTER}\nletter_sent: ${TODAY}`));
	});

	it("Mark done on the reply after a rejection writes rejection_replied: today", async () => {
		const rejected = note(`${FRONTMATTER}\nstatus: rejected\nletter_sent: 2026-11-21\nrejected_on: 2026-11-25`);
		expect(await act((view) => menuOf(view, "rejection-reply", "Mark done"), { [PATH]: rejected })).toBe(note(`${FRONTMATTER}\nstatus: rejected\nletter_sent: 2026-11-21\nrejected_on: 2026-11-25\nrejection_replied: ${TODAY}`));
	});

	it("Mark done on a check-in appends today to check_ins", async () => {
		const withCheckIns = note(`${FRONTMATTER.replace("2026-11-20", "2026-09-01")}\nletter_sent: 2026-09-02\ncheck_ins:\n  - 2026-10-01`);
		const expected = withCheckIns.replace("  - 2026-10-01", `  - 2026-10-01\n  - ${TODAY}`);
		expect(await act((view) => menuOf(view, "check-in", "Mark done"), { [PATH]: withCheckIns })).toBe(expected);
	});

	it.each([
		["Tomorrow", "2026-11-28"],
		["In 3 days", "2026-11-30"],
		["Next week", "2026-12-04"],
	])("Snooze… › %s writes snoozed_until: %s", async (choice, until) => {
		expect(await act((view) => menuOf(view, "letter", "Snooze…", choice))).toBe(note(`${FRONTMATTER}\nsnoozed_until: ${until}`));
	});

	it.each([
		["They replied", "status: responded"],
		["Offer", "status: offer"],
		["Rejected", "status: rejected\nrejected_on: 2026-11-27"],
		["Close", "status: closed"],
	])("Set status… › %s writes %s", async (choice, lines) => {
		expect(await act((view) => menuOf(view, "letter", "Set status…", choice))).toBe(note(`${FRONTMATTER}\n${lines}`));
	});

	it("Snooze… › Pick a date accepts a later date and refuses today", async () => {
		const text = await act(async (view) => {
			menuOf(view, "letter", "Snooze…", "Pick a date…");
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
		expect(item(view, "letter").find(".ifu-item-title").getText()).toBe(`Send thank-you letter to <b>Jane</b> at ${evil}`);
		expect(view.contentEl.find(".ifu-problem-note").getText()).toBe(`${evil} 2`);
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
		expect(titles(view).slice(0, 2)).toEqual(["Coming up 2", "Later 1"]);
		jest.advanceTimersByTime(3 * 60_000);
		expect(titles(view).slice(0, 2)).toEqual(["Due now 1", "Coming up 1"]);
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

	it("shows the first 25 items of a section and a row for the rest, which shows them all", async () => {
		const { view } = await openAgenda(many(35));
		const overdue = () => view.contentEl.findAll(".ifu-section-overdue .ifu-item").length;
		expect(overdue()).toBe(25);
		const more = view.contentEl.find(".ifu-section-overdue .ifu-show-more");
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
