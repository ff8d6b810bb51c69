// The Follow-ups Bases view in a real browser: the example vault's Job search.base, open on its Follow-ups
// view beside the agenda, rendered by the real plugin in headless Chromium at 300 px and at a phone's width.
// Skipped (with a note) where /usr/bin/chromium is missing, unless CI is set (agendaPage.test.ts checks that).
import { execFileSync } from "child_process";
import { existsSync } from "fs";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM_PATH, expandSection, launchChromium, openAgendaPage, projectRoot, readNoteInPage, readVaultPageData } from "./agendaPage";
import { PHONE_WIDTH } from "./screenshots";

const root = projectRoot(__dirname);
const VAULT = join(root, "example-vault");
const TODAY = "2026-11-27";
const inBrowser = existsSync(CHROMIUM_PATH) ? describe : describe.skip;

jest.setTimeout(20_000);

let browser: Browser;

beforeAll(async () => {
	if (!existsSync(CHROMIUM_PATH)) return;
	execFileSync(process.execPath, ["esbuild.config.mjs", "screenshots"], { cwd: root, stdio: "pipe" });
	browser = await launchChromium();
}, 30_000);

afterAll(async () => {
	await browser?.close();
});

/** Every follow-up a pane shows, as "note · step", in order. */
async function followUps(page: Page, pane: string): Promise<string[]> {
	return page.locator(`${pane} .ifu-item`).evaluateAll((els) => els.map((el) => `${el.getAttribute("data-note")} · ${el.getAttribute("data-step")}`));
}

/** The pane's boxes that are wider inside than out (a row that overflows the pane sideways). */
async function overflowing(page: Page, pane: string): Promise<{ width: number; checked: number; overflowing: string[] }> {
	return page.evaluate((selector) => {
		const boxes = [document.querySelector<HTMLElement>(selector), ...Array.from(document.querySelectorAll<HTMLElement>(`${selector} .ifu-section, ${selector} .ifu-item`))].filter(
			(el): el is HTMLElement => el !== null,
		);
		return {
			width: document.querySelector<HTMLElement>(selector)?.offsetWidth ?? 0,
			checked: boxes.length,
			overflowing: boxes.filter((el) => el.scrollWidth > el.clientWidth).map((el) => `${el.className}: ${el.scrollWidth} > ${el.clientWidth}`),
		};
	}, pane);
}

inBrowser("the example vault's Job search.base on its Follow-ups view", () => {
	let page: Page;
	beforeAll(async () => {
		const data = readVaultPageData(VAULT, TODAY, () => {});
		expect(data.base).toContain("interview-follow-ups");
		page = await openAgendaPage(browser, data, { sidebarWidth: 300 });
	});
	afterAll(async () => {
		await page.close();
	});

	it("renders the same follow-ups as the sidebar, in the same sections", async () => {
		const base = await followUps(page, ".harness-base");
		expect(base.length).toBeGreaterThan(10);
		expect(base).toEqual(await followUps(page, ".ifu-agenda"));
		const headers = await page.locator(".harness-base .ifu-section-header .tree-item-inner").allTextContents();
		expect(headers).toEqual(["Overdue", "Due now", "Coming up", "Later"]);
	});

	it("is 300 px wide, and no row overflows it", async () => {
		expect(await overflowing(page, ".harness-base")).toMatchObject({ width: 300, overflowing: [] });
	});

	it("opens Later on a click, as the sidebar does", async () => {
		const before = (await followUps(page, ".harness-base")).length;
		await page.locator(".harness-base .ifu-section-later .ifu-section-header").click();
		await page.waitForFunction((count) => document.querySelectorAll(".harness-base .ifu-item").length > count, before);
		expect(await overflowing(page, ".harness-base")).toMatchObject({ overflowing: [] });
	});

	it("writes Done from its row's menu, and the follow-up leaves both the base and the sidebar", async () => {
		const item = page.locator(".harness-base .ifu-section-overdue .ifu-item").first();
		const note = (await item.getAttribute("data-note")) as string;
		const step = (await item.getAttribute("data-step")) as string;
		await item.locator(".ifu-row").click({ button: "right" });
		expect(await page.locator(".menu .menu-item-title").allTextContents()).toContain("Mark done");
		await page.locator(".menu .menu-item-title", { hasText: "Mark done" }).click();
		await page.waitForFunction(
			([path, kind]) =>
				!Array.from(document.querySelectorAll(".ifu-section-overdue .ifu-item")).some((el) => el.getAttribute("data-note") === path && el.getAttribute("data-step") === kind),
			[note, step],
		);
		expect(await readNoteInPage(page, note)).toMatch(/2026-11-27/);
	});
});

inBrowser("the Follow-ups Bases view on a phone", () => {
	it(`fills a ${PHONE_WIDTH} px screen without overflowing, its buttons always shown`, async () => {
		const page = await openAgendaPage(browser, { ...readVaultPageData(VAULT, TODAY, () => {}), mobile: true }, { sidebarWidth: PHONE_WIDTH });
		await expandSection(page, "later");
		expect(await overflowing(page, ".harness-base")).toMatchObject({ width: PHONE_WIDTH, overflowing: [] });
		const buttons = await page.locator(".harness-base .ifu-row-buttons").first().evaluate((el) => getComputedStyle(el).opacity);
		expect(buttons).toBe("1");
		await page.close();
	});
});
