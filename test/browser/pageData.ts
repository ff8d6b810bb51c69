// What the Node side hands the screenshots page, and the page itself. No Node built-ins here: the harness
// (bundled for the browser) imports the type.

/** The vault and the day the page renders. */
export interface PageData {
	/** Every Markdown note of the vault by vault path (`Interviews/Acme.md`), with its full text. */
	files: Record<string, string>;
	/** The plugin's `data.json` as the vault has it (parsed), or `null`: the plugin then uses its defaults. */
	data: unknown;
	/** The plugin's today, `YYYY-MM-DD`. */
	today: string;
	/** Run as the phone app (`Platform.isMobile`, Obsidian's `is-mobile` body class). */
	mobile?: boolean;
	/** The vault's `Job search.base`, when it has one: the page then shows its Follow-ups view, as a tab. */
	base?: string;
}

/** The files the page links to, as URLs relative to the page or absolute `file://` URLs. */
export interface PageAssets {
	themeCss: string;
	pluginCss: string;
	harnessJs: string;
}

/** JSON that is safe inside a `<script>` block: no `<` can close it early (`\u003c` is the same JSON). */
function scriptSafeJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, "\\u003c");
}

function attribute(text: string): string {
	return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/**
 * The screenshots page: Obsidian-like theme, the plugin's styles.css, the data as JSON, then the harness
 * bundle, which loads the plugin. `sidebarWidth` is the right sidebar's width in CSS pixels.
 */
export function agendaPageHtml(data: PageData, assets: PageAssets, sidebarWidth: number): string {
	return [
		"<!doctype html>",
		'<html lang="en">',
		"<head>",
		'<meta charset="utf-8">',
		"<title>Interview follow-up: agenda</title>",
		`<link rel="stylesheet" href="${attribute(assets.themeCss)}">`,
		`<link rel="stylesheet" href="${attribute(assets.pluginCss)}">`,
		`<style>:root { --harness-sidebar-width: ${Math.round(sidebarWidth)}px; }</style>`,
		`<script type="application/json" id="ifu-page-data">${scriptSafeJson(data)}</script>`,
		"</head>",
		"<body>",
		`<script src="${attribute(assets.harnessJs)}"></script>`,
		"</body>",
		"</html>",
		"",
	].join("\n");
}
