import { FollowUpSettings } from "../rules";

const EXAMPLE = ["---", "date: 2026-11-20", "company: Acme", "role: Product designer", 'interviewer: "[[Jane Doe]]"', "outcome: well", "---"].join("\n");

/** What an empty agenda says: what an interview note looks like and where to put it. */
export function renderEmptyState(parent: HTMLElement, settings: FollowUpSettings): void {
	const el = parent.createDiv({ cls: "ifu-empty" });
	el.createEl("p", { cls: "ifu-empty-title", text: "No interview notes yet." });
	const where = settings.interviewsFolder
		? `Put a note in the "${settings.interviewsFolder}" folder, or tag it #interview, with frontmatter like this:`
		: "Tag a note #interview (or give it type: interview), with frontmatter like this:";
	el.createEl("p", { text: where });
	el.createEl("pre", { cls: "ifu-empty-example" }).createEl("code", { text: EXAMPLE });
	el.createEl("p", {
		text: "The agenda then lists the thank-you or recovery letter, the call after a week without an answer, the check-ins every 4 to 6 weeks and the thanks to whoever introduced you.",
	});
}
