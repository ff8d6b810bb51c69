import { Notice, SuggestModal, TFile } from "obsidian";
import { actionPhrase, bucketOf, Step, whenPhrase } from "../rules";
import { writeToNote } from "../obsidian/noteActions";
import { LetterHost } from "../obsidian/letterHost";

/**
 * "Mark follow-up done…": lists the open steps of one interview note, as the agenda words them; choosing
 * one writes its key (SPEC.md section 5: `letter_sent`, `introducer_thanked`, `called`, or today appended to
 * `check_ins`) through `writeToNote`, and says so.
 */
export class StepSuggestModal extends SuggestModal<Step> {
	constructor(private host: LetterHost, private file: TFile, private steps: readonly Step[]) {
		super(host.app);
		this.setPlaceholder("Which follow-up did you do?");
	}

	/** The note's open steps whose wording contains what is typed. */
	getSuggestions(query: string): Step[] {
		const text = query.trim().toLowerCase();
		return this.steps.filter((step) => actionPhrase(step, this.host.settings.callDelayDays).toLowerCase().includes(text));
	}

	/** "Send thank-you letter to Jane at Acme", and when it is due. */
	renderSuggestion(step: Step, el: HTMLElement): void {
		const today = this.host.today();
		el.createDiv({ text: actionPhrase(step, this.host.settings.callDelayDays) });
		const bucket = bucketOf(step, today, this.host.settings.horizonDays);
		el.createEl("small", { cls: "ifu-suggestion-note", text: whenPhrase({ ...step, bucket }, today) });
	}

	/** Marks the chosen step done in the note. */
	onChooseSuggestion(step: Step): void {
		void this.markDone(step);
	}

	/** Writes the step's "done" key and says so; a failed write is said too, never silently lost. */
	async markDone(step: Step): Promise<void> {
		const written = await writeToNote(this.host.app, this.file.path, { kind: "done", step: step.step }, this.host.today());
		if (written) new Notice(`Done: ${actionPhrase(step, this.host.settings.callDelayDays)}.`);
	}
}
