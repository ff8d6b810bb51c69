import { Modal, normalizePath, Notice, Setting, TextComponent, TFile } from "obsidian";
import { articleShareNote, checkArticleUrl, ShareIdea, shareIdeaOf, shareTargets, ShareTarget } from "../letters";
import { formatIsoDay, readCalendarDay } from "../rules";
import { writeFollowUpAction } from "../obsidian/frontmatterWriter";
import { interviewNoteFile } from "../obsidian/interviewNoteFile";
import { propertyLinkTo, textLinkTo } from "../obsidian/noteLinks";
import { readLiveNote } from "../obsidian/openNoteEditor";
import { LetterHost } from "../obsidian/letterHost";
import { messageOf } from "../obsidian/errorMessage";
import { createNewNote } from "../obsidian/newNoteFile";
import { readTemplate } from "../obsidian/templateFiles";
import { userLocale } from "../obsidian/userLocale";
import { threadSuggestions } from "../obsidian/shareSuggestions";
import { ShareSuggestion } from "../shares";
import { InterviewSuggestModal, targetLabel } from "./interviewSuggestModal";

const MAX_IDEAS = 8;
const MAX_SUGGESTIONS = 5;

/** What the form starts with: a suggestion's title and address ("Share this…" on a check-in). */
export interface ArticlePrefill {
	title: string;
	url: string | null;
}

/**
 * "Create article share…": the check-in step of every 4 to 6 weeks. Picks the interview (due check-ins
 * first), the article — the saved clippings and ideas that match the thread's notes come first, each with the
 * words it matched (SPEC.md section 9), then the other `share-idea` notes — a line on why it matters to them
 * (the candidate's own: a suggestion never writes it) and the day, then
 * creates the article-share note of SPEC.md section 6 in the article-share folder and opens it. Creating it
 * writes nothing to the interview note; only the "mark the check-in done" switch does.
 */
export class ArticleShareModal extends Modal {
	private target: ShareTarget | null;
	private titleInput!: TextComponent;
	private urlInput!: TextComponent;
	private whyInput!: TextComponent;
	private dateInput!: HTMLInputElement;
	private targetSetting!: Setting;
	private errorEl!: HTMLElement;
	private ideasEl!: HTMLElement;
	private markDone = false;

	/**
	 * `interviewPath` preselects that interview (from the agenda or the open note); otherwise the most due.
	 * `prefill` fills the title and address (a suggestion picked in the agenda).
	 */
	constructor(private host: LetterHost, interviewPath: string | null = null, private prefill: ArticlePrefill | null = null) {
		super(host.app);
		this.target = this.initialTarget(interviewPath);
	}

	onOpen(): void {
		const { contentEl } = this;
		this.setTitle("Share an article");
		contentEl.createEl("p", {
			cls: "setting-item-description",
			text: "Every 4 to 6 weeks, send something of value: an article, a seminar or news that bears on their challenges.",
		});
		this.targetSetting = new Setting(contentEl).setName("Share with").addButton((button) =>
			button.setButtonText("Choose…").onClick(() => {
				new InterviewSuggestModal(this.host, (target) => {
					this.target = target;
					this.showTarget();
					this.showIdeas();
				}).open();
			}),
		);
		this.showTarget();
		this.ideasEl = contentEl.createDiv({ cls: "ifu-share-ideas" });
		new Setting(contentEl).setName("Title").addText((text) => (this.titleInput = text.setPlaceholder("What you read, attended or heard")));
		new Setting(contentEl).setName("Web address").addText((text) => (this.urlInput = text.setPlaceholder("The full address of the article")));
		new Setting(contentEl).setName("Why it matters to them").addText((text) => (this.whyInput = text.setPlaceholder("One line tied to their challenge")));
		new Setting(contentEl).setName("Date").then((setting) => {
			this.dateInput = setting.controlEl.createEl("input", { type: "date", cls: "ifu-date-input", attr: { "aria-label": "Date of the share" } });
			this.dateInput.value = formatIsoDay(this.host.today());
		});
		new Setting(contentEl)
			.setName("Mark the check-in done")
			.setDesc("Adds the date to check_ins in the interview note, so the next check-in is 4 to 6 weeks later.")
			.addToggle((toggle) => toggle.setValue(this.markDone).onChange((value) => (this.markDone = value)));
		this.errorEl = contentEl.createDiv({ cls: "ifu-field-error", attr: { role: "alert" } });
		new Setting(contentEl).addButton((button) => button.setButtonText("Create note").setCta().onClick(() => void this.submit()));
		this.showIdeas();
		if (this.prefill) this.fill(this.prefill.title, this.prefill.url);
	}

	onClose(): void {
		this.contentEl.empty();
	}

	/**
	 * Checks the form; when it is complete, creates and opens the share note (and marks the check-in done
	 * when asked), closes, and returns the new file. Otherwise says what is missing and returns `null`.
	 */
	async submit(): Promise<TFile | null> {
		const problem = (message: string) => {
			this.errorEl.setText(message);
			return null;
		};
		const target = this.target;
		if (!target) return problem("Choose the interview to share with.");
		const title = this.titleInput.getValue().trim();
		if (title === "") return problem("Enter the title of the article, seminar or news.");
		const url = checkArticleUrl(this.urlInput.getValue());
		if (!url.ok) return problem(url.message);
		const reading = readCalendarDay(this.dateInput.value);
		if (!reading.ok) return problem("Enter the date of the share, for example 2026-12-20.");
		const date = reading.day;
		const interviewFile = this.host.app.vault.getFileByPath(target.interview.path);
		const interview = interviewNoteFile(this.host, interviewFile);
		if (!interviewFile || !interview) return problem(`The interview note "${target.interview.path}" is no longer there.`);
		this.errorEl.setText("");

		try {
			// The interview note as the user sees it: its open editor's text, typing not yet saved included.
			const live = await readLiveNote(this.host.app, interviewFile, interview.frontmatter);
			// Links from the share note (in the share folder) back to the interview, as the user's settings write them.
			const from = normalizePath(`${this.host.settings.shareFolder}/share.md`);
			const note = articleShareNote({
				interviewPath: interviewFile.path,
				interviewFrontmatter: live.frontmatter,
				interviewBody: live.body,
				links: { property: propertyLinkTo(this.host.app, interviewFile, from), text: textLinkTo(this.host.app, interviewFile, from) },
				article: { title, url: url.url, why: this.whyInput.getValue() },
				date,
				template: await readTemplate(this.host, "check-in"),
				myName: this.host.settings.myName,
				myEmail: this.host.settings.myEmail,
				myPhone: this.host.settings.myPhone,
				greeting: this.host.settings.greeting,
				today: this.host.today(),
				locale: userLocale(this.host.settings),
			});
			const file = await createNewNote(this.host.app, this.host.settings.shareFolder, note.name, note.content);
			// As every "done" (SPEC.md section 5): the check-in is logged on the day it is marked.
			const today = this.host.today();
			if (this.markDone) await writeFollowUpAction(this.host.app, interviewFile, { kind: "done", step: "check-in" }, today);
			this.close();
			await this.host.app.workspace.getLeaf(false).openFile(file);
			new Notice(`Created ${file.basename}${this.markDone ? `; check-in of ${formatIsoDay(today)} logged in ${interviewFile.basename}` : ""}.`);
			return file;
		} catch (error) {
			return problem(`Could not create the share: ${messageOf(error)}`);
		}
	}

	private initialTarget(path: string | null): ShareTarget | null {
		const { index, settings } = this.host;
		const targets = shareTargets(index.interviews(), (notePath) => index.stepsOf(notePath), this.host.today(), settings.horizonDays);
		if (path !== null) {
			const interview = index.interviewOf(path);
			if (!interview) return null;
			const ofThread = targets.find((target) => target.interview.path === path);
			return ofThread ?? { interview, checkIn: null };
		}
		const first = targets[0];
		return first?.checkIn && (first.checkIn.bucket === "overdue" || first.checkIn.bucket === "due") ? first : null;
	}

	private showTarget(): void {
		this.targetSetting.setDesc(this.target ? targetLabel(this.target) : "No interview chosen yet.");
	}

	/**
	 * Fills the article's title and address. The why stays the candidate's to write; a share idea that holds one
	 * of the candidate's own (`why`, `summary`) gives it.
	 */
	private fill(title: string, url: string | null, path: string | null = null): void {
		this.titleInput.setValue(title);
		this.urlInput.setValue(url ?? "");
		const file = path === null ? null : this.host.app.vault.getFileByPath(path);
		const cache = file ? this.host.app.metadataCache.getFileCache(file) : null;
		const why = file ? shareIdeaOf(file.path, cache?.frontmatter ?? null, cache?.tags?.map((tag) => tag.tag) ?? [])?.why : undefined;
		if (why) this.whyInput.setValue(why);
		this.errorEl.setText(url === null ? `"${title}" has no web address in its note: enter the address to share.` : "");
	}

	/** The suggestions for the chosen thread, with the words they matched, then the other saved ideas. */
	private showIdeas(): void {
		const el = this.ideasEl;
		el.empty();
		const suggestions: ShareSuggestion[] = this.target ? threadSuggestions(this.host.index, this.target.interview.path, MAX_SUGGESTIONS) : [];
		if (suggestions.length > 0) {
			new Setting(el).setName("Suggested from your saved articles").setHeading();
			for (const suggestion of suggestions) {
				const matched = `Matches their notes on ${suggestion.terms.slice(0, 6).join(", ")}`;
				new Setting(el)
					.setName(suggestion.title)
					.setDesc(suggestion.shared ? `${matched}. Already shared with them.` : `${matched}.`)
					.setClass("ifu-share-suggestion")
					.addButton((button) => button.setButtonText("Use").onClick(() => this.fill(suggestion.title, suggestion.url, suggestion.path)));
			}
		}
		const shown = new Set(suggestions.map((suggestion) => suggestion.path));
		const ideas = this.savedIdeas().filter((idea) => !shown.has(idea.path));
		if (ideas.length === 0) return;
		const setting = new Setting(el).setName("Saved ideas").setDesc("Notes tagged share-idea: pick one to fill in the article.");
		for (const idea of ideas) {
			setting.addButton((button) =>
				button.setButtonText(idea.title).onClick(() => {
					this.titleInput.setValue(idea.title);
					this.urlInput.setValue(idea.url);
					if (idea.why !== "") this.whyInput.setValue(idea.why);
				}),
			);
		}
	}

	// Notes tagged share-idea, most recently changed first; share notes and templates are never ideas.
	private savedIdeas(): ShareIdea[] {
		const { vault, metadataCache } = this.host.app;
		const skip = [this.host.settings.shareFolder, this.host.settings.templatesFolder].filter((folder) => folder !== "").map((folder) => `${folder}/`);
		const found: { idea: ShareIdea; mtime: number }[] = [];
		for (const file of vault.getMarkdownFiles()) {
			if (skip.some((folder) => file.path.startsWith(folder))) continue;
			const cache = metadataCache.getFileCache(file);
			const idea = shareIdeaOf(file.path, cache?.frontmatter ?? null, cache?.tags?.map((tag) => tag.tag) ?? []);
			if (idea) found.push({ idea, mtime: file.stat.mtime });
		}
		return found.sort((a, b) => b.mtime - a.mtime).slice(0, MAX_IDEAS).map(({ idea }) => idea);
	}
}
