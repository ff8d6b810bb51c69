import { CachedMetadata } from "obsidian";
import { NoteSource } from "../rules";

/**
 * A note as the rules see it, from what Obsidian's metadata cache holds (no file read). When the cache knows
 * where a frontmatter block is but offers no frontmatter, the block is empty or Obsidian could not parse its YAML
 * (the cache does not say which).
 */
export function noteSourceOfCache(path: string, cache: CachedMetadata | null | undefined): NoteSource {
	if (cache?.frontmatter) return { path, frontmatter: cache.frontmatter };
	if (cache?.frontmatterPosition) return { path, frontmatter: null, frontmatterError: "it is empty, or Obsidian could not read it as YAML" };
	return { path, frontmatter: null };
}
