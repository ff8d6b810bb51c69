/** `error`: the note gets no steps. `warning`: it is scheduled on the stated assumption. */
export type Severity = "error" | "warning";

/** Something wrong with one note, said so a user can fix it. */
export interface Problem {
	/** Vault path of the note, with `/` separators. */
	note: string;
	/** The frontmatter key at fault, or `null` when the problem is about the whole note. */
	field: string | null;
	severity: Severity;
	/** What was found and what is expected. */
	message: string;
}

/** Problems in the order the agenda lists them: by note, then field (whole-note problems first). */
export function compareProblems(a: Problem, b: Problem): number {
	if (a.note !== b.note) return a.note < b.note ? -1 : 1;
	const fieldA = a.field ?? "";
	const fieldB = b.field ?? "";
	if (fieldA !== fieldB) return fieldA < fieldB ? -1 : 1;
	return 0;
}
