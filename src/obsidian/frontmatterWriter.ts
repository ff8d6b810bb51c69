import { App, TFile } from "obsidian";
import { applyAction, applyActionToText, CalendarDay, FollowUpAction, isWritableAction } from "../rules";
import { frontmatterProblem } from "./frontmatterProblem";

/**
 * Writes a user's follow-up action to an interview note, changing only the lines of the key it sets
 * (SPEC.md section 5): the note's text is rewritten in one atomic `Vault.process` by `applyActionToText`.
 * Where the key's value is in a form that function leaves alone, `FileManager.processFrontMatter` writes
 * instead; it keeps every value but may lay the frontmatter out anew. Frontmatter that is not valid YAML is
 * never written: the write throws, saying why, and the note stays as it was. So does an action for no step
 * or status the rules know.
 */
export async function writeFollowUpAction(app: App, file: TFile, action: FollowUpAction, today: CalendarDay): Promise<void> {
	if (!isWritableAction(action)) throw new Error("that is not a follow-up the plugin knows, so nothing was written");
	// `processFrontMatter` cannot run inside `Vault.process`: the text function says, on the text it is
	// given, whether it wrote; the fallback runs after, on the note as it is then.
	const outcome: { fallBack: boolean; problem: string | null } = { fallBack: false, problem: null };
	await app.vault.process(file, (text) => {
		const written = applyActionToText(text, action, today);
		if (written !== null) return written;
		outcome.problem = frontmatterProblem(text);
		outcome.fallBack = outcome.problem === null;
		return text;
	});
	if (outcome.problem !== null) {
		throw new Error(`its frontmatter is not valid YAML (${outcome.problem}), so nothing was written. Fix the lines between the --- lines and try again`);
	}
	if (!outcome.fallBack) return;
	await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		applyAction(frontmatter, action, today);
	});
}
