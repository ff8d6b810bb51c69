import { App, TFile } from "obsidian";
import { applyAction, applyActionToText, CalendarDay, FollowUpAction } from "../rules";

/**
 * Writes a user's follow-up action to an interview note, changing only the lines of the key it sets
 * (SPEC.md section 5): the note's text is rewritten in one atomic `Vault.process` by `applyActionToText`.
 * Where the key's value is in a form that function leaves alone, `FileManager.processFrontMatter` writes
 * instead; it keeps every value but may lay the frontmatter out anew.
 */
export async function writeFollowUpAction(app: App, file: TFile, action: FollowUpAction, today: CalendarDay): Promise<void> {
	// `processFrontMatter` cannot run inside `Vault.process`: the text function says, on the text it is
	// given, whether it wrote; the fallback runs after, on the note as it is then.
	let fallBack = false;
	await app.vault.process(file, (text) => {
		const written = applyActionToText(text, action, today);
		fallBack = written === null;
		return written ?? text;
	});
	if (!fallBack) return;
	await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		applyAction(frontmatter, action, today);
	});
}
