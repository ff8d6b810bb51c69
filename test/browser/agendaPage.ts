// The Node side of the screenshots page: reads a vault's notes, writes the page, and opens it in headless
// Chromium (Debian's /usr/bin/chromium, driven by playwright-core). Used by `npm run screenshots` and the
// browser test alike.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join, resolve } from "path";
import { pathToFileURL } from "url";
import type { Browser, Page } from "playwright-core";
import { checkVaultFolder, walkVault } from "../../cli/vaultWalker";
import { SETTINGS_PATH } from "../../cli/vaultSettings";
import { JOB_SEARCH_BASE_FILE } from "../../src/bases/jobSearchBase";
import { agendaPageHtml, type PageData } from "./pageData";
import type { HarnessApi } from "./harness";

/** Where Debian's `chromium` package puts the browser; `CHROMIUM_PATH` overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless, sandbox-free (containers, CI) and quiet: no network calls home, no updates, no sync. */
const CHROMIUM_ARGS = [
	"--headless",
	"--no-sandbox",
	"--disable-gpu",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
	"--disable-quic",
];

/** The project's root (the folder with manifest.json and styles.css), found upwards from this file or the bundle. */
export function projectRoot(start: string = __dirname): string {
	let folder = resolve(start);
	for (;;) {
		if (existsSync(join(folder, "manifest.json")) && existsSync(join(folder, "styles.css"))) return folder;
		const parent = dirname(folder);
		if (parent === folder) throw new Error(`No project root (manifest.json and styles.css) above ${start}.`);
		folder = parent;
	}
}

/** The files the page is made of, in the project. */
export function pageFiles(root: string): { themeCss: string; pluginCss: string; harnessJs: string } {
	return {
		themeCss: join(root, "test", "browser", "obsidianTheme.css"),
		pluginCss: join(root, "styles.css"),
		harnessJs: join(root, "build", "browser", "harness.js"),
	};
}

/**
 * A vault's notes (full text, so a Done click keeps the body) and its plugin settings, for the page.
 * A missing or unreadable VAULT is a UsageError; an unreadable `data.json` is reported and the defaults used.
 */
export function readVaultPageData(vault: string, today: string, warn: (line: string) => void): PageData {
	checkVaultFolder(vault);
	const files: Record<string, string> = {};
	for (const path of walkVault(vault, warn).sort()) {
		try {
			files[path] = readFileSync(join(vault, path), "utf8");
		} catch (error) {
			warn(`warning: skipped "${path}" (${error instanceof Error ? error.message : String(error)}).`);
		}
	}
	const basePath = join(vault, JOB_SEARCH_BASE_FILE);
	const base = existsSync(basePath) ? { base: readFileSync(basePath, "utf8") } : {};
	return { files, data: readPluginData(vault, warn), today, ...base };
}

function readPluginData(vault: string, warn: (line: string) => void): unknown {
	const path = join(vault, SETTINGS_PATH);
	if (!existsSync(path)) return null;
	try {
		return JSON.parse(readFileSync(path, "utf8")) as unknown;
	} catch (error) {
		warn(`warning: ignored ${SETTINGS_PATH} (${error instanceof Error ? error.message : String(error)}); using the default settings.`);
		return null;
	}
}

/** Starts headless Chromium; says how to install it when it is missing. */
export async function launchChromium(): Promise<Browser> {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(`No Chromium at ${CHROMIUM_PATH}; install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`);
	}
	// Loaded on first use: it takes a second, which a run that stops at a bad argument need not spend.
	const { chromium } = await import("playwright-core");
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** How the page is opened. */
export interface PageOptions {
	/** The right sidebar's width in CSS pixels. */
	sidebarWidth: number;
	/** Device pixels per CSS pixel (2 gives sharp README images). */
	scale?: number;
}

/**
 * Writes the page for `data` into a temporary folder, opens it, and waits until the plugin has rendered the
 * agenda and the settings tab. An error in the page (a plugin exception included) fails the call.
 */
export async function openAgendaPage(browser: Browser, data: PageData, options: PageOptions): Promise<Page> {
	const root = projectRoot();
	const files = pageFiles(root);
	if (!existsSync(files.harnessJs)) throw new Error(`${files.harnessJs} is missing; build it with "node esbuild.config.mjs screenshots".`);
	const folder = mkdtempSync(join(tmpdir(), "ifu-page-"));
	const pagePath = join(folder, "agenda.html");
	const url = (path: string) => pathToFileURL(path).href;
	writeFileSync(pagePath, agendaPageHtml(data, { themeCss: url(files.themeCss), pluginCss: url(files.pluginCss), harnessJs: url(files.harnessJs) }, options.sidebarWidth));

	const page = await browser.newPage({ viewport: { width: 1240, height: 900 }, deviceScaleFactor: options.scale ?? 1 });
	const errors: string[] = [];
	page.on("pageerror", (error) => errors.push(error.message));
	page.on("console", (message) => {
		if (message.type() === "error") errors.push(message.text());
	});
	try {
		await page.goto(url(pagePath));
		await page.evaluate(() => (window as unknown as { ifuHarness: HarnessApi }).ifuHarness.ready);
		await page.evaluate(() => document.fonts.ready);
	} catch (error) {
		throw new Error(`The agenda page did not load: ${[error instanceof Error ? error.message.split("\n")[0] : String(error), ...errors].join("; ")}`);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
	if (errors.length > 0) throw new Error(`The agenda page reported errors: ${errors.join("; ")}`);
	return page;
}

/** Switches the page between Obsidian's light and dark themes. */
export async function setTheme(page: Page, theme: "light" | "dark"): Promise<void> {
	await page.evaluate((name) => (window as unknown as { ifuHarness: HarnessApi }).ifuHarness.setTheme(name), theme);
}

/** A note's current text in the page's in-memory vault. */
export async function readNoteInPage(page: Page, path: string): Promise<string> {
	return page.evaluate((notePath) => (window as unknown as { ifuHarness: HarnessApi }).ifuHarness.readNote(notePath), path);
}

/** Opens a folded section of the agenda ("later" or "problems") the way a user does: a click on its header. */
export async function expandSection(page: Page, key: "later" | "problems"): Promise<void> {
	const section = page.locator(`.ifu-agenda .ifu-section-${key}`);
	if ((await section.count()) === 0) return;
	if (await section.evaluate((el) => el.classList.contains("is-collapsed"))) await section.locator(".ifu-section-header").click();
}
