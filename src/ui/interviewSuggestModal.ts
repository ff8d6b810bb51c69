import { FuzzyMatch, FuzzySuggestModal } from "obsidian";
import { shareTargets, ShareTarget } from "../letters";
import { whenPhrase } from "../rules";
import { LetterHost } from "../obsidian/letterHost";

/**
 * Picks the interview (the thread's contact) an article is shared with, by company, contact or role: threads
 * whose check-in is due come first (see `shareTargets`), each with when its check-in is due.
 */
export class InterviewSuggestModal extends FuzzySuggestModal<ShareTarget> {
	constructor(private host: LetterHost, private onChoose: (target: ShareTarget) => unknown) {
		super(host.app);
		this.setPlaceholder("Share with… (company, contact or role)");
		this.emptyStateText = "No interview notes yet.";
	}

	/** One entry per thread, due check-ins first. */
	getItems(): ShareTarget[] {
		const { index, settings } = this.host;
		return shareTargets(index.interviews(), (path) => index.stepsOf(path), this.host.today(), settings.horizonDays);
	}

	/** What the fuzzy search matches: company, contact and role. */
	getItemText(target: ShareTarget): string {
		return targetLabel(target);
	}

	/** The thread, and when its check-in is due. */
	renderSuggestion(match: FuzzyMatch<ShareTarget>, el: HTMLElement): void {
		el.createDiv({ text: targetLabel(match.item) });
		const checkIn = match.item.checkIn;
		const note = checkIn ? `Check-in ${whenPhrase(checkIn, this.host.today())}` : "No check-in planned";
		el.createEl("small", { cls: "ifu-suggestion-note", text: note });
	}

	/** Hands the chosen thread to the article-share dialog. */
	onChooseItem(target: ShareTarget): void {
		void this.onChoose(target);
	}
}

/** "Acme — Jane (Data analyst)": a thread as the picker and the share dialog name it. */
export function targetLabel(target: ShareTarget): string {
	const { company, interviewer, role, path } = target.interview;
	const name = company ?? (path.split("/").pop() ?? path).replace(/\.md$/i, "");
	return `${name}${interviewer ? ` — ${interviewer}` : ""}${role ? ` (${role})` : ""}`;
}
