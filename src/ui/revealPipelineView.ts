import { Workspace, WorkspaceLeaf } from "obsidian";
import { PipelineView, VIEW_TYPE_PIPELINE } from "./pipelineView";

/**
 * Shows the job search pipeline: the existing one if the workspace has it (loading it if it is still deferred),
 * otherwise in a new tab of the main area, where a whole search has room. Returns the view once loaded.
 */
export async function revealPipelineView(workspace: Workspace): Promise<PipelineView | null> {
	let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE_PIPELINE)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getLeaf("tab");
		await leaf.setViewState({ type: VIEW_TYPE_PIPELINE, active: true });
	}
	await workspace.revealLeaf(leaf);
	return leaf.view instanceof PipelineView ? leaf.view : null;
}
