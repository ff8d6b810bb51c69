import { Problem } from "../rules";

/** One problem: the note (opens it), the field and the message; severity in words, not only in colour. */
export function renderProblem(parent: HTMLElement, problem: Problem, open: (path: string, event: MouseEvent | KeyboardEvent) => void): HTMLElement {
	const itemEl = parent.createEl("li", {
		cls: `ifu-problem ifu-problem-${problem.severity}`,
		attr: { role: "link", tabindex: 0, "data-note": problem.note, "aria-label": `Open ${problem.note}` },
	});
	const name = problem.note.split("/").pop()?.replace(/\.md$/i, "") ?? problem.note;
	const head = itemEl.createDiv({ cls: "ifu-problem-head" });
	head.createSpan({ cls: "ifu-problem-severity", text: problem.severity === "error" ? "Error" : "Warning" });
	head.createSpan({ cls: "ifu-problem-note", text: name });
	if (problem.field) head.createEl("code", { cls: "ifu-problem-field", text: problem.field });
	itemEl.createDiv({ cls: "ifu-problem-message", text: problem.message });
	itemEl.addEventListener("click", (event) => open(problem.note, event));
	itemEl.addEventListener("keydown", (event) => {
		if (event.key !== "Enter" && event.key !== " ") return;
		event.preventDefault();
		open(problem.note, event);
	});
	return itemEl;
}
