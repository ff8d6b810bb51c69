import { App, Editor, EditorChange, TFile } from "obsidian";
import { openViewOf } from "./openNoteEditor";

/** A change to a note's text, computed on the text as it is at that moment: the new text, or `null` for none. */
export type NoteRewrite = (text: string) => string | null;

/** Where a rewrite went: through the note's open editor, through the vault, or nowhere (nothing to change). */
export type RewriteResult = "editor" | "vault" | "unchanged";

/** The `origin` of the plugin's editor changes, so other plugins can tell them from typing. */
const ORIGIN = "interview-follow-up";

/**
 * Rewrites note `file` in one atomic step with `rewrite`, run on the note as the user sees it:
 * - open in an editor: the editor's text (with any typing not yet saved) is rewritten, and only the lines that
 *   changed are replaced, in one `editor.transaction` — so the unsaved typing, the cursor, the selection and the
 *   folds survive, and Ctrl/Cmd-Z takes the write back (Obsidian's plugin guidelines: "Prefer the Editor API
 *   instead of `Vault.modify` to the active file"; Obsidian Linter writes the active note through its editor
 *   the same way). The view then saves at once, so the index and the command line see the write now;
 * - not open: `Vault.process`, atomic against other writes to the file.
 * Reading and writing happen in one synchronous step in both cases, so a check inside `rewrite` (a draft already
 * there?) cannot be raced by a second click.
 */
export async function rewriteNote(app: App, file: TFile, rewrite: NoteRewrite): Promise<RewriteResult> {
	const view = openViewOf(app, file);
	if (view) {
		const before = view.editor.getValue();
		const after = rewrite(before);
		if (after === null || after === before) return "unchanged";
		view.editor.transaction({ changes: [changedLines(view.editor, before, after)] }, ORIGIN);
		await view.save();
		return "editor";
	}
	let changed = false;
	await app.vault.process(file, (text) => {
		const after = rewrite(text);
		changed = after !== null && after !== text;
		return changed && after !== null ? after : text;
	});
	return changed ? "vault" : "unchanged";
}

/**
 * Saves what the note's open editor holds (typing not yet saved), so a write that must go through the file —
 * `processFrontMatter` — starts from the note as the user sees it. Nothing when the note is not open.
 */
export async function saveOpenNote(app: App, file: TFile): Promise<void> {
	await openViewOf(app, file)?.save();
}

/**
 * The smallest run of whole lines of `before` that `after` replaces: the lines both start with and the lines
 * both end with are left alone (the place the write touches, and nothing around it).
 */
export function changedLines(editor: Pick<Editor, "offsetToPos">, before: string, after: string): EditorChange {
	const old = before.split("\n");
	const now = after.split("\n");
	const shortest = Math.min(old.length, now.length);
	// The last line has no newline after it, so it can grow: it is never part of the common start.
	let start = 0;
	while (start < shortest - 1 && old[start] === now[start]) start++;
	let end = 0;
	while (end < shortest - start && old[old.length - 1 - end] === now[now.length - 1 - end]) end++;
	const from = lineStart(old, start);
	const to = end === 0 ? before.length : lineStart(old, old.length - end);
	const text = after.slice(lineStart(now, start), end === 0 ? after.length : lineStart(now, now.length - end));
	return { from: editor.offsetToPos(from), to: editor.offsetToPos(to), text };
}

/** The offset where line `index` of `lines` (the text split at `\n`) starts. */
function lineStart(lines: readonly string[], index: number): number {
	let offset = 0;
	for (let line = 0; line < index; line++) offset += lines[line].length + 1;
	return offset;
}
