import { App, SuggestModal } from "obsidian";
import { LetterVariant } from "../rules";

const VARIANTS: { variant: LetterVariant; title: string; when: string }[] = [
	{ variant: "thank-you", title: "Thank-you letter", when: "The interview went well" },
	{ variant: "recovery", title: "Recovery letter", when: "The interview went poorly: answer a question again, offer a proposal" },
];

/**
 * Asks which letter to write when the note does not say how the interview went (no `outcome`): thank-you
 * or recovery. Choosing one calls `onChoose`; closing the dialog does nothing.
 */
export class LetterVariantModal extends SuggestModal<LetterVariant> {
	constructor(app: App, private onChoose: (variant: LetterVariant) => unknown) {
		super(app);
		this.setPlaceholder("How did the interview go? Set outcome in the note to skip this question");
	}

	/** Both letters, filtered by what is typed. */
	getSuggestions(query: string): LetterVariant[] {
		const words = query.toLowerCase();
		return VARIANTS.filter(({ title, when }) => `${title} ${when}`.toLowerCase().includes(words)).map(({ variant }) => variant);
	}

	/** The letter's name, and when it fits. */
	renderSuggestion(variant: LetterVariant, el: HTMLElement): void {
		const entry = VARIANTS.find((candidate) => candidate.variant === variant);
		el.createDiv({ text: entry?.title ?? variant });
		el.createEl("small", { cls: "ifu-suggestion-note", text: entry?.when ?? "" });
	}

	/** Writes the chosen letter. */
	onChooseSuggestion(variant: LetterVariant): void {
		void this.onChoose(variant);
	}
}
