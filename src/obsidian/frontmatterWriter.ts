import { App, TFile } from "obsidian";
import { applyAction, CalendarDay, FollowUpAction } from "../rules";

/**
 * Writes a user's follow-up action to an interview note through `FileManager.processFrontMatter`, which
 * changes only the keys the action names and keeps the body and every other key as they were.
 */
export async function writeFollowUpAction(app: App, file: TFile, action: FollowUpAction, today: CalendarDay): Promise<void> {
	await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
		applyAction(frontmatter, action, today);
	});
}
