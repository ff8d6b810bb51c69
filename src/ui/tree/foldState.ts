/**
 * What a pane keeps of its sections across restarts, in the workspace layout (a view's `getState`): the
 * sections the user folded or unfolded, and those where "Show N more" was chosen. Plain JSON, as the layout is.
 */
export interface FoldState {
	folded: Record<string, boolean>;
	showAll: string[];
}

/** The fold state to save, from a pane's own maps. */
export function foldStateOf(folded: ReadonlyMap<string, boolean>, showAll: ReadonlySet<string>): FoldState {
	return { folded: Object.fromEntries(folded), showAll: [...showAll] };
}

/**
 * The fold state a saved layout holds, keeping only sections `isKey` knows (a layout from another version may
 * name others), or `null` when `state` holds none (a new pane: every section keeps its default).
 */
export function readFoldState<K extends string>(state: unknown, isKey: (key: string) => key is K): { folded: Map<K, boolean>; showAll: Set<K> } | null {
	if (state === null || typeof state !== "object") return null;
	const { folded, showAll } = state as Partial<Record<keyof FoldState, unknown>>;
	if (folded === undefined && showAll === undefined) return null;
	const foldedMap = new Map<K, boolean>();
	if (folded !== null && typeof folded === "object" && !Array.isArray(folded)) {
		for (const [key, value] of Object.entries(folded)) if (isKey(key) && typeof value === "boolean") foldedMap.set(key, value);
	}
	const shown = new Set<K>(Array.isArray(showAll) ? showAll.filter((key): key is K => typeof key === "string" && isKey(key)) : []);
	return { folded: foldedMap, showAll: shown };
}
