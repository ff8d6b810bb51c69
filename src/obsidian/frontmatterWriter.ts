import { App, TFile } from "obsidian";
import { applyAction, applyActionToText, CalendarDay, FollowUpAction, isWritableAction } from "../rules";
import { frontmatterProblem } from "./frontmatterProblem";
import { rewriteNote, RewriteResult, saveOpenNote } from "./noteWriter";

/**
 * Writes a user's follow-up action to an interview note, changing only the lines of the key it sets
 * (SPEC.md section 5): the note's text is rewritten in one atomic step by `applyActionToText` — through its
 * editor when it is open (one undoable change; unsaved typing and the cursor stay), else `Vault.process`
 * (see `rewriteNote`). Where the key's value is in a form that function leaves alone,
 * `FileManager.processFrontMatter` writes instead; it keeps every value but may lay the frontmatter out anew.
 * Frontmatter that is not valid YAML is never written: the write throws, saying why (Obsidian's parser's
 * words), and the note stays as it was. So does an action for no step or status the rules know.
 */
export async function writeFollowUpAction(app: App, file: TFile, action: FollowUpAction, today: CalendarDay): Promise<RewriteResult> {
	if (!isWritableAction(action)) throw new Error("that is not a follow-up the plugin knows, so nothing was written");
	// `processFrontMatter` cannot run inside the atomic step: the text function says, on the text it is
	// given, whether it wrote; the fallback runs after, on the note as it is then.
	const outcome: { fallBack: boolean; problem: string | null } = { fallBack: false, problem: null };
	const result = await rewriteNote(app, file, (text) => {
		const written = applyActionToText(text, action, today);
		outcome.problem = written === null ? frontmatterProblem(text) : null;
		outcome.fallBack = written === null && outcome.problem === null;
		return written;
	});
	if (outcome.problem !== null) {
		throw new Error(`its frontmatter is not valid YAML (${outcome.problem}), so nothing was written. Fix the lines between the --- lines and try again`);
	}
	if (!outcome.fallBack) return result;
	// The fallback writes the file: typing not yet saved goes to the file first, so it is kept.
	await saveOpenNote(app, file);
	await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		applyAction(frontmatter, action, today);
	});
	return "vault";
}
