import { CachedMetadata } from "obsidian";
import { NoteSource } from "../rules";

/**
 * A note as the rules see it, from what Obsidian's metadata cache holds (no file read). When the cache knows
 * where a frontmatter block is but offers no frontmatter, the block is empty or Obsidian could not parse its YAML
 * (the cache does not say which). `cache.tags` holds the tags written in the body only, each with its `#`
 * (frontmatter tags stay in `cache.frontmatter`; `getAllTags` would merge the two, which the rules do themselves).
 */
export function noteSourceOfCache(path: string, cache: CachedMetadata | null | undefined): NoteSource {
	const inlineTags = cache?.tags ? cache.tags.map((tag) => tag.tag) : undefined;
	if (cache?.frontmatter) return { path, frontmatter: cache.frontmatter, inlineTags };
	if (cache?.frontmatterPosition) return { path, frontmatter: null, frontmatterError: "it is empty, or Obsidian could not read it as YAML", inlineTags };
	return { path, frontmatter: null, inlineTags };
}
