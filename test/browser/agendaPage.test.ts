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
	it.each(["Overdue", "Due now", "Coming up", "Later", "Problems"])("shows a %s section with a count", async (title) => {
		const titles = await page.locator(".ifu-agenda .ifu-section-title").allTextContents();
		expect(titles.some((text) => new RegExp(`^${title} \\(\\d+\\)$`).test(text.trim()))).toBe(true);
	});
});

inBrowser("a 300 px sidebar", () => {
	it("is 300 px wide, and neither the view nor any item or problem overflows it sideways", async () => {
		await expandSection(page, "later");
		await expandSection(page, "problems");
		const report = await page.evaluate(() => {
			const boxes = [
				document.querySelector<HTMLElement>(".harness-sidebar"),
				document.querySelector<HTMLElement>(".ifu-agenda"),
				...Array.from(document.querySelectorAll<HTMLElement>(".ifu-section, .ifu-item, .ifu-problem, .ifu-item-buttons")),
			].filter((el): el is HTMLElement => el !== null);
			return {
				width: document.querySelector<HTMLElement>(".harness-sidebar")?.offsetWidth,
				checked: boxes.length,
				overflowing: boxes.filter((el) => el.scrollWidth > el.clientWidth).map((el) => `${el.className}: ${el.scrollWidth} > ${el.clientWidth}`),
			};
		});
		expect(report.width).toBe(SIDEBAR_WIDTH);
		expect(report.checked).toBeGreaterThan(20);
		expect(report.overflowing).toEqual([]);
	});
});

inBrowser("the keyboard", () => {
	it("reaches every button by Tab, in order, with a visible focus ring", async () => {
		await expandSection(page, "later");
		await expandSection(page, "problems");
		// Number the buttons and remember how each looks unfocused, to tell a focus ring from a resting shadow.
		const total = await page.evaluate(() => {
			const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>(".ifu-agenda button"));
			buttons.forEach((button, index) => {
				button.dataset.probe = String(index);
				button.dataset.restingShadow = getComputedStyle(button).boxShadow;
			});
			(document.activeElement as HTMLElement | null)?.blur();
			return buttons.length;
		});
		const reached = new Map<number, { cls: string; focusVisible: boolean }>();
		for (let press = 0; press < total * 2 + 40 && reached.size < total; press++) {
			await page.keyboard.press("Tab");
			const focused = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el.dataset.probe === undefined) return null;
				const style = getComputedStyle(el);
				const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
				const ring = style.boxShadow !== "none" && style.boxShadow !== el.dataset.restingShadow;
				return { probe: Number(el.dataset.probe), cls: el.className, focusVisible: outline || ring };
			});
			if (focused) reached.set(focused.probe, { cls: focused.cls, focusVisible: focused.focusVisible });
		}
		expect(total).toBeGreaterThan(40);
		expect(reached.size).toBe(total);
		const kinds = [...reached.values()].map((button) => button.cls);
		for (const kind of ["ifu-done", "ifu-snooze", "ifu-status", "ifu-main-action"]) {
			expect(kinds.filter((cls) => cls.includes(kind))).toHaveLength(await page.locator(`.ifu-agenda button.${kind}`).count());
		}
		expect([...reached.values()].filter((button) => !button.focusVisible)).toEqual([]);
	});

	it("gives every button an accessible name that says what it does to which follow-up", async () => {
		await expandSection(page, "later");
		const tree = await page.locator(".ifu-agenda").ariaSnapshot();
		// Lines read `- button "name"`, quoted as YAML (`- 'button "…: …"':`) when the name has a colon.
		const buttons = tree.split("\n").filter((line) => /^\s*- '?button\b/.test(line));
		expect(buttons.length).toBe(await page.locator(".ifu-agenda button").count());
		const unnamed = buttons.filter((line) => !/button "[^"]+"/.test(line));
		expect(unnamed).toEqual([]);
		expect(buttons.some((line) => line.includes('button "Mark done: Call Jane at Acme'))).toBe(true);
		expect(buttons.some((line) => line.includes('button "Set status: Call Jane at Acme'))).toBe(true);
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
			await item.locator("button.ifu-done").click();
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

	it("writes agenda-light.png, agenda-dark.png, settings.png and agenda.html", async () => {
		const out = mkdtempSync(join(tmpdir(), "ifu-shots-"));
		try {
			const warnings: string[] = [];
			const written = await takeScreenshots(parseScreenshotArguments([VAULT, out, "--today", TODAY]), (line) => warnings.push(line), browser);
			expect(warnings).toEqual([]);
			expect(written.map((path) => path.slice(out.length + 1))).toEqual(["agenda-light.png", "agenda-dark.png", "settings.png", "agenda.html"]);
			for (const name of ["agenda-light.png", "agenda-dark.png", "settings.png"]) {
				const png = readFileSync(join(out, name));
				expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
				expect(png.length).toBeGreaterThan(20_000);
			}
			const html = readFileSync(join(out, "agenda.html"), "utf8");
			expect(html).toContain("Call Jane at Acme — no answer in a week");
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
