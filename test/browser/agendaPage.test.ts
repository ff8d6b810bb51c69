// The agenda in a real browser: the example vault on 2026-11-27, rendered by the real plugin in headless
// Chromium at a 300 px sidebar. Skipped (with a note) where /usr/bin/chromium is missing, unless CI is set.
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM_PATH, expandSection, launchChromium, openAgendaPage, projectRoot, readNoteInPage, readVaultPageData } from "./agendaPage";
import { parseScreenshotArguments, takeScreenshots } from "./screenshots";

const root = projectRoot(__dirname);
const VAULT = join(root, "example-vault");
const TODAY = "2026-11-27";
const SIDEBAR_WIDTH = 300;
const hasChromium = existsSync(CHROMIUM_PATH);
const inBrowser = hasChromium ? describe : describe.skip;

// A page in a real browser answers in milliseconds, but a busy machine (three time zones in parallel) is slower.
jest.setTimeout(20_000);

if (!hasChromium && !process.env.CI) {
	console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium).`);
}

describe("the browser test's prerequisites", () => {
	(process.env.CI ? it : it.skip)("has Chromium on CI", () => {
		if (!hasChromium) throw new Error(`CI is set but there is no Chromium at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium".`);
	});
});

let browser: Browser;
let page: Page;

beforeAll(async () => {
	if (!hasChromium) return;
	// Builds the page bundle and the screenshots command from the current sources.
	execFileSync(process.execPath, ["esbuild.config.mjs", "screenshots"], { cwd: root, stdio: "pipe" });
	browser = await launchChromium();
	page = await openAgendaPage(browser, readVaultPageData(VAULT, TODAY, () => {}), { sidebarWidth: SIDEBAR_WIDTH });
}, 30_000);

afterAll(async () => {
	await browser?.close();
});

inBrowser("the sections of the agenda", () => {
	it.each(["Overdue", "Due now", "Coming up", "Later", "Problems"])("shows a %s section with its count, in sentence case", async (title) => {
		const headers = await page.locator(".ifu-agenda .ifu-section-header").evaluateAll((els) =>
			els.map((el) => `${el.querySelector(".tree-item-inner")?.textContent} ${el.querySelector(".tree-item-flair")?.textContent}`),
		);
		expect(headers.some((text) => new RegExp(`^${title} \\d+$`).test(text))).toBe(true);
		const transform = await page.locator(".ifu-agenda .ifu-section-title").first().evaluate((el) => getComputedStyle(el).textTransform);
		expect(transform).toBe("none");
	});
});

inBrowser("a 300 px sidebar", () => {
	it("is 300 px wide, and neither the view nor any row overflows it sideways", async () => {
		await expandSection(page, "later");
		await expandSection(page, "problems");
		const report = await page.evaluate(() => {
			const boxes = [
				document.querySelector<HTMLElement>(".harness-sidebar"),
				document.querySelector<HTMLElement>(".ifu-agenda"),
				...Array.from(document.querySelectorAll<HTMLElement>(".ifu-agenda .ifu-section, .ifu-agenda .ifu-item, .ifu-agenda .ifu-problem")),
			].filter((el): el is HTMLElement => el !== null);
			return {
				width: document.querySelector<HTMLElement>(".harness-sidebar")?.offsetWidth,
				checked: boxes.length,
				overflowing: boxes.filter((el) => el.scrollWidth > el.clientWidth).map((el) => `${el.className}: ${el.scrollWidth} > ${el.clientWidth}`),
			};
		});
		expect(report.width).toBe(SIDEBAR_WIDTH);
		expect(report.checked).toBeGreaterThan(15);
		expect(report.overflowing).toEqual([]);
	});

	it("fits each follow-up in at most 56 px: twice as many on a screen as the old cards", async () => {
		const heights = await page.locator(".ifu-agenda .ifu-item").evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
		expect(heights.length).toBeGreaterThan(10);
		expect(heights.filter((height) => height > 56)).toEqual([]);
	});

	it("says why a call is due in the row's tooltip, not in its phrase", async () => {
		const row = page.locator('.ifu-agenda .ifu-item[data-step="call"] .ifu-row').first();
		expect(await row.locator(".ifu-item-title").textContent()).toBe("Call Jane at Acme");
		expect(await row.getAttribute("aria-label")).toMatch(/^Call Jane at Acme — no answer in a week\n/);
	});
});

/** The row (or header) that has keyboard focus, as "nav:text". */
async function focused(): Promise<string> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el?.dataset.nav) return `not a row: ${el?.className ?? "nothing"}`;
		return `${el.dataset.nav}:${(el.querySelector(".ifu-item-title") ?? el.querySelector(".tree-item-inner") ?? el).textContent}`;
	});
}

/** Tabs from the agenda's header button until focus enters its rows; returns how many presses it took. */
async function tabIntoRows(): Promise<number> {
	await page.focus(".ifu-agenda .nav-action-button");
	for (let press = 1; press <= 10; press++) {
		await page.keyboard.press("Tab");
		if (await page.evaluate(() => document.activeElement?.closest(".ifu-agenda [data-nav]") !== null)) {
			// Back to the first row: earlier tests leave the list's Tab stop where they clicked.
			await page.keyboard.press("Home");
			return press;
		}
	}
	throw new Error("Tab never reached the agenda's rows");
}

inBrowser("the keyboard", () => {
	it("makes the list one Tab stop; the arrow keys move from row to row, headers included", async () => {
		await tabIntoRows();
		const tabStops = await page.locator(".ifu-agenda [data-nav][tabindex='0']").count();
		expect(tabStops).toBe(1);
		const overdue = (await page.locator(".ifu-agenda .ifu-section-overdue .ifu-item-title").allTextContents()).map((title) => `item:${title}`);
		expect(overdue.length).toBeGreaterThanOrEqual(3);
		const seen = [await focused()];
		for (let i = 0; i < Math.min(5, overdue.length); i++) {
			await page.keyboard.press("ArrowDown");
			seen.push(await focused());
		}
		expect(seen[0]).toBe("section:Overdue");
		expect(seen.slice(1)).toEqual(overdue.slice(0, 5));
		await page.keyboard.press("Home");
		for (let i = 0; i <= overdue.length; i++) await page.keyboard.press("ArrowDown");
		expect(await focused()).toBe("section:Due now");
		// Tab leaves the list at once instead of walking through every row.
		await page.keyboard.press("Tab");
		expect(await page.evaluate(() => document.activeElement?.closest(".ifu-agenda [data-nav]") ?? null)).toBeNull();
	});

	it("shows a visible focus ring on the current row", async () => {
		await tabIntoRows();
		await page.keyboard.press("ArrowDown");
		const ring = await page.evaluate(() => {
			const style = getComputedStyle(document.activeElement as HTMLElement);
			return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
		});
		expect(ring).toBe(true);
	});

	it("folds a section with Enter on its header, and opens it again", async () => {
		await tabIntoRows();
		await page.keyboard.press("Enter");
		expect(await page.locator(".ifu-agenda .ifu-section-overdue").getAttribute("class")).toContain("is-collapsed");
		expect(await focused()).toBe("section:Overdue");
		expect(await page.locator(".ifu-agenda .ifu-section-overdue .ifu-item").count()).toBe(0);
		await page.keyboard.press("ArrowRight");
		const count = Number(await page.locator(".ifu-agenda .ifu-section-overdue .tree-item-flair").textContent());
		expect(await page.locator(".ifu-agenda .ifu-section-overdue .ifu-item").count()).toBe(Math.min(count, 25));
	});

	it.each([["the context-menu key", "ContextMenu"], ["Shift+F10", "Shift+F10"]])("opens the row's menu with %s, and picks an entry with the arrows and Enter", async (_name, key) => {
		await tabIntoRows();
		await page.keyboard.press("ArrowDown");
		await page.keyboard.press(key);
		const menu = page.locator(".menu");
		await menu.waitFor();
		// The first overdue row is a check-in with a suggestion from the example vault's clippings: "Share this…" leads.
		expect(await menu.locator(".menu-item-title").allTextContents()).toEqual(["Share this…", "Share article", "Mark done", "Snooze…", "Set status…", "Open note"]);
		for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowDown");
		await page.keyboard.press("Enter");
		// Set status… opens the status menu where the first menu was.
		await page.locator(".menu .menu-item-title", { hasText: "They replied" }).waitFor();
		await page.keyboard.press("Escape");
		expect(await page.locator(".menu").count()).toBe(0);
	});
});

inBrowser("the row's menu", () => {
	it("opens on right-click and on the ⋯ button, which shows when the row is hovered", async () => {
		const row = page.locator('.ifu-agenda .ifu-item[data-step="call"] .ifu-row').first();
		const more = row.locator(".ifu-more");
		await page.mouse.move(0, 0);
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		expect(await more.isVisible()).toBe(false);
		await row.hover();
		expect(await more.isVisible()).toBe(true);
		expect(await row.locator(".ifu-main-action").getAttribute("aria-label")).toBe("Call script: Call Jane at Acme");
		await more.click();
		expect(await page.locator(".menu .menu-item-title").first().textContent()).toBe("Call script");
		await page.keyboard.press("Escape");
		await row.click({ button: "right" });
		expect(await page.locator(".menu .menu-item-title").allTextContents()).toContain("Mark done");
		await page.keyboard.press("Escape");
	});
});

inBrowser("the error line", () => {
	it("says how many notes can't be scheduled, and a click opens Problems with the error first", async () => {
		await page.evaluate(() => {
			const header = document.querySelector<HTMLElement>(".ifu-agenda .ifu-section-problems:not(.is-collapsed) .ifu-section-header");
			header?.click(); // folded, as at first
		});
		const line = page.locator(".ifu-agenda .ifu-error-line");
		expect(await line.textContent()).toMatch(/^(1 note|\d+ notes) can't be scheduled$/);
		// At the top: before every section.
		const order = await page.locator(".ifu-agenda > *").evaluateAll((els) => els.map((el) => (el.classList.contains("ifu-error-line") ? "line" : el.classList.contains("ifu-section") ? "section" : "other")));
		expect(order.indexOf("line")).toBeLessThan(order.indexOf("section"));
		await line.click();
		const problems = page.locator(".ifu-agenda .ifu-section-problems");
		expect(await problems.getAttribute("class")).not.toContain("is-collapsed");
		const severities = await problems.locator(".ifu-problem-severity").allTextContents();
		expect(severities).toEqual([...severities].sort()); // "Error" before "Warning"
		const errors = await problems.locator(".ifu-problem-error").evaluateAll((els) => new Set(els.map((el) => el.getAttribute("data-note"))).size);
		expect(await line.textContent()).toBe(`${errors} ${errors === 1 ? "note" : "notes"} can't be scheduled`);
		const firstError = await problems.locator(".ifu-problem-error .ifu-problem-note").first().textContent();
		expect(await focused()).toBe(`problem:${firstError}`);
		expect(await problems.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true);
	});
});

inBrowser("the pipeline", () => {
	it("shows the response rate and one row per company, grouped by status with counts", async () => {
		const pipeline = page.locator(".ifu-pipeline");
		expect(await pipeline.locator(".ifu-response-rate").textContent()).toMatch(/^Response rate: \d+ of \d+ \(\d+%\)$/);
		const headers = await pipeline.locator(".ifu-section-header").evaluateAll((els) => els.map((el) => el.textContent));
		expect(headers[0]).toMatch(/^Waiting\d+$/);
		const acme = pipeline.locator(".ifu-thread", { hasText: "Acme" });
		expect(await acme.count()).toBe(1);
		// The spans' texts; the " · " between them is drawn by CSS.
		expect(await acme.locator(".ifu-item-meta").allTextContents()).toEqual(["Job interviewlast contact Nov 21, 6 days ago", "Next: call Janedue today"]);
	});

	it("opens the thread's latest note on a click", async () => {
		await page.locator(".ifu-pipeline .ifu-thread", { hasText: "Globex" }).locator(".ifu-row").click();
		await page.waitForFunction(() => document.querySelector(".harness-main .workspace-leaf:not([style*='none'])") !== null);
		const opened = await page.evaluate(() => (window as unknown as { ifuHarness: { openedNote(): string | null } }).ifuHarness.openedNote());
		expect(opened).toMatch(/Globex/);
	});

	it("follows an edit at once: Done in the agenda moves the thread's next step", async () => {
		const globex = () => page.locator(".ifu-pipeline .ifu-thread", { hasText: "Globex" }).locator(".ifu-thread-next").textContent();
		expect(await globex()).toMatch(/^Next: send recovery letter to Hank/);
		const row = page.locator('.ifu-agenda .ifu-item[data-step="letter"]', { hasText: "Globex" }).locator(".ifu-row");
		await row.click({ button: "right" });
		await page.locator(".menu .menu-item-title", { hasText: "Mark done" }).click();
		await page.waitForFunction(() => !document.querySelector(".ifu-pipeline")?.textContent?.includes("send recovery letter to Hank"));
		expect(await globex()).toMatch(/^Next: call Hank/);
	});
});

inBrowser("a click on Done", () => {
	const KEYS: Record<string, RegExp> = {
		letter: /^letter_sent: ["']?2026-11-27["']?$/m,
		"introducer-thanks": /^introducer_thanked: ["']?2026-11-27["']?$/m,
		call: /^called: ["']?2026-11-27["']?$/m,
		"check-in": /^check_ins:[\s\S]*- ["']?2026-11-27["']?$/m,
	};

	it.each([["the first overdue item", ".ifu-section-overdue"], ["the first item due now", ".ifu-section-due"]])(
		"on %s writes today into its note and takes it out of its section",
		async (_name, section) => {
			const item = page.locator(`${section} .ifu-item`).first();
			const note = (await item.getAttribute("data-note")) as string;
			const step = (await item.getAttribute("data-step")) as string;
			const before = await readNoteInPage(page, note);
			await item.locator(".ifu-row").click({ button: "right" });
			await page.locator(".menu .menu-item-title", { hasText: "Mark done" }).click();
			// A check-in done schedules the next one, so the step may come back in a later section: look in this one.
			await page.waitForFunction(
				([where, path, kind]) =>
					!Array.from(document.querySelectorAll(`${where} .ifu-item`)).some((el) => el.getAttribute("data-note") === path && el.getAttribute("data-step") === kind),
				[section, note, step],
			);
			const after = await readNoteInPage(page, note);
			expect(before).not.toMatch(KEYS[step]);
			expect(after).toMatch(KEYS[step]);
			// The body below the frontmatter is untouched.
			expect(after.slice(after.indexOf("\n---\n", 4))).toBe(before.slice(before.indexOf("\n---\n", 4)));
		},
	);
});

inBrowser("the settings tab", () => {
	it("shows every folder whole, and the unit after every day field", async () => {
		const cut = await page.locator(".harness-settings input").evaluateAll((inputs) =>
			(inputs as HTMLInputElement[]).filter((input) => input.scrollWidth > input.clientWidth).map((input) => input.value),
		);
		expect(cut).toEqual([]);
		expect(await page.locator(".harness-settings .ifu-unit").allTextContents()).toEqual(Array(6).fill("days"));
	});
});

describe("the screenshots command's arguments", () => {
	const now = new Date(2026, 10, 27, 9, 0, 0);

	it.each([
		[[], { vault: "example-vault", outDir: "screenshots", today: "2026-11-27" }],
		[["my-vault"], { vault: "my-vault", outDir: "screenshots", today: "2026-11-27" }],
		[["my-vault", "out", "--today", "2027-01-04"], { vault: "my-vault", outDir: "out", today: "2027-01-04" }],
		[["--today=2027-01-04", "my-vault"], { vault: "my-vault", outDir: "screenshots", today: "2027-01-04" }],
	])("reads %j; VAULT, OUT_DIR and today default to example-vault, screenshots and the local today", (args, expected) => {
		expect(parseScreenshotArguments(args, now)).toEqual(expected);
	});
});

inBrowser("npm run screenshots", () => {
	const command = join(root, "build", "screenshots.cjs");

	it("writes the agenda and the pipeline, light and dark, the phone, the settings, the Follow-ups base and agenda.html", async () => {
		const out = mkdtempSync(join(tmpdir(), "ifu-shots-"));
		try {
			const warnings: string[] = [];
			const written = await takeScreenshots(parseScreenshotArguments([VAULT, out, "--today", TODAY]), (line) => warnings.push(line), browser);
			expect(warnings).toEqual([]);
			const pngs = ["agenda-light.png", "pipeline-light.png", "agenda-dark.png", "pipeline-dark.png", "pipeline.png", "settings.png", "agenda-mobile.png", "bases-light.png", "bases-mobile.png"];
			expect(written.map((path) => path.slice(out.length + 1)).sort()).toEqual([...pngs, "agenda.html"].sort());
			for (const name of pngs) {
				const png = readFileSync(join(out, name));
				expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
				expect(png.length).toBeGreaterThan(20_000);
			}
			const html = readFileSync(join(out, "agenda.html"), "utf8");
			expect(html).toContain("Call Jane at Acme — no answer in a week"); // the call's tooltip
			expect(html).not.toContain("<script");
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	}, 30_000);

	it.each([
		[["--today", "2026-02-30"], /--today: "2026-02-30" is not a date/],
		[["--when", "today"], /unknown option --when/],
		[[join(root, "no-such-vault")], /No vault folder at/],
		[["example-vault", "out", "extra"], /unexpected argument "extra"/],
	])("refuses %j with exit status 2 and one line", (args, message) => {
		const run = spawnSync(process.execPath, [command, ...args], { cwd: root, encoding: "utf8" });
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(message);
		expect(run.stderr.trim().split("\n")).toHaveLength(1);
	});
});
