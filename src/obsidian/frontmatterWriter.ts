import { App, TFile } from "obsidian";
import { applyAction, applyActionToText, CalendarDay, FollowUpAction } from "../rules";
import { rewriteNote, RewriteResult, saveOpenNote } from "./noteWriter";

/**
 * Writes a user's follow-up action to an interview note, changing only the lines of the key it sets
 * (SPEC.md section 5): the note's text is rewritten in one atomic step by `applyActionToText` — through its
 * editor when it is open (one undoable change; unsaved typing and the cursor stay), else `Vault.process`
 * (see `rewriteNote`). Where the key's value is in a form that function leaves alone,
 * `FileManager.processFrontMatter` writes instead; it keeps every value but may lay the frontmatter out anew.
 */
export async function writeFollowUpAction(app: App, file: TFile, action: FollowUpAction, today: CalendarDay): Promise<RewriteResult> {
	// `processFrontMatter` cannot run inside the atomic step: the text function says, on the text it is
	// given, whether it wrote; the fallback runs after, on the note as it is then.
	let fallBack = false;
	const result = await rewriteNote(app, file, (text) => {
		const written = applyActionToText(text, action, today);
		fallBack = written === null;
		return written;
	});
	if (!fallBack) return result;
	// The fallback writes the file: typing not yet saved goes to the file first, so it is kept.
	await saveOpenNote(app, file);
	await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		applyAction(frontmatter, action, today);
	});
	return "vault";
}
