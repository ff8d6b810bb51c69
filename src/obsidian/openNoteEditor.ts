import { App, Editor, getFrontMatterInfo, MarkdownView, parseYaml, TFile } from "obsidian";

/**
 * The view `file` is open in, or `null`: the active one first, else any loaded Markdown view of it (a background
 * tab still deferred holds no editor). While a note is open, its editor's buffer is the note: Obsidian saves it
 * to the file about two seconds after the last keystroke (obsidian.d.ts `TextFileView.requestSave`).
 */
export function openViewOf(app: App, file: TFile): MarkdownView | null {
	const active = app.workspace.getActiveViewOfType(MarkdownView);
	if (active?.file?.path === file.path) return active;
	for (const leaf of app.workspace.getLeavesOfType("markdown")) {
		const view = leaf.view;
		if (view instanceof MarkdownView && view.file?.path === file.path) return view;
	}
	return null;
}

/** A note as the user sees it now: its frontmatter (as Obsidian parses YAML) and its body. */
export interface LiveNote {
	frontmatter: Record<string, unknown> | null;
	body: string;
}

/**
 * Splits a note's text with Obsidian's `getFrontMatterInfo` and parses the frontmatter with `parseYaml`, as the
 * metadata cache does. While the frontmatter is being typed and is not valid YAML (or not a mapping), the
 * frontmatter last read by the cache (`saved`) stands in, so a letter still has its names.
 */
export function liveNoteOfText(text: string, saved: Record<string, unknown> | null): LiveNote {
	const info = getFrontMatterInfo(text);
	if (!info.exists) return { frontmatter: null, body: text };
	let frontmatter = saved;
	try {
		const parsed: unknown = info.frontmatter.trim() === "" ? null : parseYaml(info.frontmatter);
		if (parsed === null) frontmatter = null;
		else if (typeof parsed === "object" && !Array.isArray(parsed)) frontmatter = parsed as Record<string, unknown>;
	} catch {
		// Half-typed YAML: keep the saved frontmatter.
	}
	return { frontmatter, body: text.slice(info.contentStart) };
}

/**
 * Reads note `file` as the user sees it: from `editor` (or the editor it is open in) when there is one, so what
 * was typed a second ago counts; otherwise the file (`cachedRead`) with the metadata cache's frontmatter (`saved`),
 * the body starting where the cache says the frontmatter ends.
 */
export async function readLiveNote(app: App, file: TFile, saved: Record<string, unknown> | null, editor?: Editor): Promise<LiveNote> {
	const open = editor ?? openViewOf(app, file)?.editor;
	if (open) return liveNoteOfText(open.getValue(), saved);
	const text = await app.vault.cachedRead(file);
	const end = app.metadataCache.getFileCache(file)?.frontmatterPosition?.end.offset ?? 0;
	return { frontmatter: saved, body: text.slice(end) };
}
