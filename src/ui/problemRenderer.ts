import { setIcon, setTooltip } from "obsidian";
import { Problem } from "../rules";

/** Errors first (the note gets no steps), then warnings; within each, by note then field. */
export function problemsErrorsFirst(problems: readonly Problem[]): Problem[] {
	return problems.filter((problem) => problem.severity === "error").concat(problems.filter((problem) => problem.severity !== "error"));
}

/** How many notes have an error, each counted once. */
export function notesWithErrors(problems: readonly Problem[]): number {
	return new Set(problems.filter((problem) => problem.severity === "error").map((problem) => problem.note)).size;
}

/**
 * One problem as a row of the pane: the note's name, then a muted line with the severity in words (not only in
 * colour) and the field, then the message a user can act on. Built detached; the view opens the note on click.
 */
export function renderProblemRow(problem: Problem, key: string): HTMLElement {
	const itemEl = createDiv({ cls: `tree-item ifu-problem ifu-problem-${problem.severity}`, attr: { "data-note": problem.note } });
	const row = itemEl.createDiv({ cls: "tree-item-self is-clickable ifu-row", attr: { tabindex: -1, "data-nav": "problem", "data-key": key } });
	setTooltip(row, problem.note);
	setIcon(row.createDiv({ cls: "tree-item-icon ifu-problem-icon" }), problem.severity === "error" ? "circle-x" : "triangle-alert");
	const inner = row.createDiv({ cls: "tree-item-inner" });
	const name = problem.note.split("/").pop()?.replace(/\.md$/i, "") ?? problem.note;
	inner.createDiv({ cls: "ifu-item-title ifu-problem-note", text: name });
	const meta = inner.createDiv({ cls: "ifu-item-meta" });
	meta.createSpan({ cls: "ifu-problem-severity", text: problem.severity === "error" ? "Error" : "Warning" });
	if (problem.field) meta.createSpan({ cls: "ifu-problem-field", text: problem.field });
	inner.createDiv({ cls: "ifu-problem-message", text: problem.message });
	return itemEl;
}
