import { Workspace, WorkspaceLeaf } from "obsidian";
import { AgendaView, VIEW_TYPE_AGENDA } from "./agendaView";

/**
 * Shows the agenda in the right sidebar: the existing one if the workspace has it (loading it if it is still
 * deferred), otherwise a new one. Returns the view once it is loaded, or `null` if Obsidian gave no leaf.
 */
export async function revealAgendaView(workspace: Workspace): Promise<AgendaView | null> {
	let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE_AGENDA)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		if (!leaf) return null;
		await leaf.setViewState({ type: VIEW_TYPE_AGENDA, active: true });
	}
	// revealLeaf loads a deferred view; until then `leaf.view` is a placeholder, not an AgendaView.
	await workspace.revealLeaf(leaf);
	return leaf.view instanceof AgendaView ? leaf.view : null;
}
