// Obsidian's suggester dialogs: `SuggestModal` (the plugin filters) and `FuzzySuggestModal` (Obsidian does).
import { Modal } from "./ui";

/** A fuzzy match of an item, as `FuzzySuggestModal` passes it around. */
export interface FuzzyMatch<T> {
	item: T;
	match: { score: number; matches: number[][] };
}

/** A dialog that lists suggestions for what is typed. Mock: `choose` picks one, as a click does. */
export abstract class SuggestModal<T> extends Modal {
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	emptyStateText = "No results found.";
	limit = 100;
	/** Mock only: the suggestions shown now. */
	shown: T[] = [];

	constructor(app: ConstructorParameters<typeof Modal>[0]) {
		super(app);
		this.inputEl = this.modalEl.createEl("input", { cls: "prompt-input", type: "text" });
		this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
		this.inputEl.addEventListener("input", () => void this.refresh());
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	setInstructions(_instructions: { command: string; purpose: string }[]): void {}

	open(): void {
		super.open();
		void this.refresh();
	}

	/** Mock only: types `query` and lists what matches. */
	async type(query: string): Promise<void> {
		this.inputEl.value = query;
		await this.refresh();
	}

	/** Mock only: chooses the suggestion at `index` of those shown, and closes, as Obsidian does. */
	choose(index: number): void {
		const item = this.shown[index];
		if (item === undefined) throw new Error(`No suggestion ${index} (${this.shown.length} shown)`);
		this.close();
		void this.onChooseSuggestion(item, new MouseEvent("click"));
	}

	/** Mock only: the text of each suggestion shown. */
	shownTexts(): string[] {
		return Array.from(this.resultContainerEl.querySelectorAll(".suggestion-item")).map((el) => el.textContent ?? "");
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): unknown;

	private async refresh(): Promise<void> {
		this.shown = (await this.getSuggestions(this.inputEl.value)).slice(0, this.limit);
		this.resultContainerEl.empty();
		if (this.shown.length === 0) this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
		this.shown.forEach((item, index) => {
			const itemEl = this.resultContainerEl.createDiv({ cls: "suggestion-item" });
			this.renderSuggestion(item, itemEl);
			itemEl.addEventListener("click", () => this.choose(index));
		});
	}
}

/** A suggester over `getItems`, matched on `getItemText` (mock: in order, every query word must occur). */
export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

	getSuggestions(query: string): FuzzyMatch<T>[] {
		const words = query.toLowerCase().split(/\s+/).filter((word) => word !== "");
		return this.getItems()
			.filter((item) => words.every((word) => this.getItemText(item).toLowerCase().includes(word)))
			.map((item) => ({ item, match: { score: 0, matches: [] } }));
	}

	renderSuggestion(value: FuzzyMatch<T>, el: HTMLElement): void {
		el.setText(this.getItemText(value.item));
	}

	onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}
}
