// `npm run screenshots -- [VAULT] [OUT_DIR] [--today YYYY-MM-DD]`: renders the real agenda view, pipeline and
// settings tab for a vault in headless Chromium and writes agenda-light.png, agenda-dark.png,
// pipeline-light.png, pipeline-dark.png, pipeline.png, agenda-mobile.png (a 390 px phone), settings.png and
// agenda.html (the view's DOM) to OUT_DIR; for a vault with a Job search.base, also bases-light.png and
// bases-mobile.png (its Follow-ups Bases view). Exit status 2 with one line for bad arguments or a missing vault.
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { formatIsoDay, localToday } from "../../src/rules";
import { readDayArgument, splitArguments } from "../../cli/arguments";
import { UsageError } from "../../cli/usageError";
import { expandSection, launchChromium, openAgendaPage, pageFiles, projectRoot, readVaultPageData, setTheme } from "./agendaPage";

const USAGE = "usage: npm run screenshots -- [VAULT] [OUT_DIR] [--today YYYY-MM-DD]";
/** The sidebar's width in the shots: a common right-sidebar width in Obsidian. */
const SIDEBAR_WIDTH = 320;
/** A phone's width in CSS pixels (an iPhone 12 to 15). */
export const PHONE_WIDTH = 390;

/** What the command line asks for. */
export interface ScreenshotArguments {
	vault: string;
	outDir: string;
	today: string;
}

/** Reads the arguments; anything unexpected is a UsageError. */
export function parseScreenshotArguments(args: readonly string[], now: Date = new Date()): ScreenshotArguments {
	const { positional, flags } = splitArguments("screenshots", args, ["--today"], []);
	if (positional.length > 2) throw new UsageError(`screenshots: unexpected argument "${positional[2]}"; ${USAGE}`);
	const todayText = flags.get("--today");
	return {
		vault: positional[0] ?? "example-vault",
		outDir: positional[1] ?? "screenshots",
		today: formatIsoDay(todayText === undefined ? localToday(now) : readDayArgument("--today", todayText)),
	};
}

/** The view's DOM as a page of its own: the theme and the plugin's styles inline, no script. */
async function agendaDocument(page: Page, root: string): Promise<string> {
	// Tooling, not plugin code: serialising the rendered DOM is the point of agenda.html.
	const view = await page.locator(".harness-sidebar").evaluate((el) => el.outerHTML);
	const files = pageFiles(root);
	const css = [files.themeCss, files.pluginCss].map((file) => readFileSync(file, "utf8")).join("\n");
	return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Interview follow-up: agenda</title>\n<style>\n${css}\n</style>\n</head>\n<body class="theme-light harness">\n${view}\n</body>\n</html>\n`;
}

/** Renders the shots (in `browser` if given, else in a Chromium of its own); returns the files written. */
export async function takeScreenshots(options: ScreenshotArguments, warn: (line: string) => void, shared?: Browser): Promise<string[]> {
	const data = readVaultPageData(options.vault, options.today, warn);
	const root = projectRoot();
	mkdirSync(options.outDir, { recursive: true });
	const browser = shared ?? (await launchChromium());
	try {
		const page = await openAgendaPage(browser, data, { sidebarWidth: SIDEBAR_WIDTH, scale: 2 });
		// Problems are what a user must fix first, so the shots show them open, as after a click.
		await expandSection(page, "problems");
		// No row hovered in the shots.
		await page.mouse.move(0, 0);
		const written: string[] = [];
		const shot = async (selector: string, name: string) => {
			const path = join(options.outDir, name);
			await page.locator(selector).screenshot({ path, animations: "disabled", caret: "hide" });
			written.push(path);
		};
		await shot(".harness-sidebar", "agenda-light.png");
		if (data.base !== undefined) await shot(".harness-base", "bases-light.png");
		await shot(".harness-main", "pipeline-light.png");
		await setTheme(page, "dark");
		await shot(".harness-sidebar", "agenda-dark.png");
		await shot(".harness-main", "pipeline-dark.png");
		await setTheme(page, "light");
		await shot(".harness-main", "pipeline.png");
		await shot(".harness-settings", "settings.png");
		const htmlPath = join(options.outDir, "agenda.html");
		writeFileSync(htmlPath, await agendaDocument(page, root));
		written.push(htmlPath);
		await page.close();
		// The phone app: the agenda fills the screen's width, its buttons always shown, touch-sized.
		const phone = await openAgendaPage(browser, { ...data, mobile: true }, { sidebarWidth: PHONE_WIDTH, scale: 2 });
		await expandSection(phone, "problems");
		await phone.mouse.move(0, 0);
		const phonePath = join(options.outDir, "agenda-mobile.png");
		await phone.locator(".harness-sidebar").screenshot({ path: phonePath, animations: "disabled", caret: "hide" });
		written.push(phonePath);
		if (data.base !== undefined) {
			const basePath = join(options.outDir, "bases-mobile.png");
			await phone.locator(".harness-base").screenshot({ path: basePath, animations: "disabled", caret: "hide" });
			written.push(basePath);
		}
		await phone.close();
		return written;
	} finally {
		if (!shared) await browser.close();
	}
}

async function main(): Promise<number> {
	try {
		const options = parseScreenshotArguments(process.argv.slice(2));
		const written = await takeScreenshots(options, (line) => process.stderr.write(`${line}\n`));
		process.stdout.write(`Rendered ${options.vault} as of ${options.today}:\n${written.map((path) => `  ${path}\n`).join("")}`);
		return 0;
	} catch (error) {
		if (error instanceof UsageError) {
			process.stderr.write(`${error.message}\n`);
			return 2;
		}
		process.stderr.write(`screenshots: ${error instanceof Error ? error.message : String(error)}\n`);
		return 1;
	}
}

if (require.main === module) {
	void main().then((status) => process.exit(status));
}
