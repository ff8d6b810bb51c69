import { setTooltip } from "obsidian";
import { actionPhrase, agoPhrase, CalendarDay, formatShortDay, KIND_LABELS, PipelineThread, whenPhrase } from "../rules";

/** The key of a thread's row. */
export function threadRowKey(thread: PipelineThread): string {
	return `thread:${thread.key}`;
}

function noteName(path: string): string {
	return path.split("/").pop()?.replace(/\.md$/i, "") ?? path;
}

/**
 * One company thread as a row of the pipeline: the company (the note's name when it has none) and the role;
 * a muted line with the kind and the last contact ("Job interview · last contact Nov 15, 12 days ago"); and the
 * next step and when ("Next: call Jane · in 4 days"), or that nothing is open; when the next step is a check-in
 * with something worth sharing, `idea` at the end of that line ("Idea: …"). The status is the section the
 * row is in. Built detached; the view opens the thread's latest note on click or Enter.
 */
export function renderThreadRow(thread: PipelineThread, today: CalendarDay, idea: string | null = null): HTMLElement {
	const itemEl = createDiv({ cls: `tree-item ifu-thread ifu-status-${thread.status}`, attr: { "data-note": thread.latestNote } });
	const notes = thread.notes === 1 ? "1 note" : `${thread.notes} notes`;
	const row = itemEl.createDiv({
		cls: "tree-item-self is-clickable ifu-row",
		attr: { tabindex: -1, "data-nav": "thread", "data-key": threadRowKey(thread) },
	});
	setTooltip(row, `${thread.latestNote} (${notes})`);
	const inner = row.createDiv({ cls: "tree-item-inner" });
	const title = inner.createDiv({ cls: "ifu-item-title" });
	title.createSpan({ cls: "ifu-thread-company", text: thread.company ?? noteName(thread.latestNote) });
	if (thread.role) title.createSpan({ cls: "ifu-thread-role", text: thread.role });
	const meta = inner.createDiv({ cls: "ifu-item-meta" });
	meta.createSpan({ cls: "ifu-item-kind", text: KIND_LABELS[thread.kind] });
	meta.createSpan({ cls: "ifu-thread-contact", text: `last contact ${formatShortDay(thread.lastContact, today)}, ${agoPhrase(thread.lastContact, today)}` });
	const next = inner.createDiv({ cls: "ifu-item-meta ifu-thread-next" });
	if (thread.next) {
		// The company is the row's title already: the step reads "Call Jane", not "Call Jane at Acme".
		const phrase = actionPhrase({ ...thread.next, company: null }, null);
		next.createSpan({ text: `Next: ${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}` });
		next.createSpan({ cls: `ifu-item-when ifu-bucket-${thread.next.bucket}`, text: whenPhrase(thread.next, today) });
		if (idea !== null) next.createSpan({ cls: "ifu-item-idea", text: `Idea: ${idea}` });
	} else {
		next.createSpan({ text: "Nothing open" });
	}
	return itemEl;
}
