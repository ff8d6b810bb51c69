/** One note as the rules see it: its path and its frontmatter, however they were read. */
export interface NoteSource {
	/** Vault-relative path with `/` separators, e.g. `Interviews/2026-11-20 Acme.md`. */
	path: string;
	/** The parsed frontmatter; `null` when the note has none or it could not be parsed. */
	frontmatter: Record<string, unknown> | null;
	/** Set when the note has a frontmatter block that could not be parsed: what the parser said. */
	frontmatterError?: string;
	/**
	 * The tags written in the note's body (`#interview`, `#interview/panel`), as Obsidian's metadata cache lists
	 * them; frontmatter tags are read from `frontmatter`. Absent when the reader did not look at the body.
	 */
	inlineTags?: readonly string[];
}
