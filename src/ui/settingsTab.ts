import { App, debounce, normalizePath, Platform, Plugin, PluginSettingTab, Setting, SettingDefinitionItem, TextComponent } from "obsidian";
import { dayCountProblem, folderProblem, FollowUpSettings, localeProblem, normalizeFolder, normalizeReminderTime, reminderTimeProblem } from "../rules";
import { FolderSuggest } from "./folderSuggest";
import { SettingsHost } from "./followUpHost";

type FolderKey = "interviewsFolder" | "templatesFolder" | "shareFolder" | "clippingsFolder";
type DayKey = "horizonDays" | "letterDelayDays" | "introducerDelayDays" | "callDelayDays" | "checkInMinDays" | "checkInMaxDays";
type ToggleKey = "showStatusBar" | "showStartupNotice";

/**
 * How long typing must pause before a text setting is saved. Each save writes `data.json` (a synced file) and
 * reads the whole vault again with the new value, so a folder name typed letter by letter is saved once.
 */
export const TEXT_SAVE_DELAY_MS = 500;

/** A folder as typed, as a vault path: trimmed parts, `/` separators (`normalizePath`); empty stays empty. */
export function folderPath(value: string): string {
	const folder = normalizeFolder(value);
	return folder === "" ? "" : normalizePath(folder);
}

/** A value read from a text box, or why it cannot be saved. */
type Reading<T> = { ok: true; value: T } | { ok: false; message: string };

/** Reads a day count as typed: whole, not negative, within the limit (the rules' validator says why not). */
export function readDayCount(key: DayKey, text: string): Reading<number> {
	const trimmed = text.trim();
	const value: unknown = trimmed !== "" && !Number.isNaN(Number(trimmed)) ? Number(trimmed) : trimmed;
	const problem = dayCountProblem(key, value);
	return problem ? { ok: false, message: problem } : { ok: true, value: value as number };
}

/** The check-in window must not end before it starts. */
export function checkInWindowProblem(min: number, max: number): string | null {
	return min > max ? `The check-in window cannot start (day ${min}) after it ends (day ${max}).` : null;
}

/** One setting: its name and description (also what settings search finds) and how to build its controls. */
interface SettingRow {
	name: string;
	desc: string;
	/** Adds the controls to `setting`, whose name and description are already set. */
	build(setting: Setting): void;
}

/** Settings under one heading. */
interface SettingGroupRows {
	heading: string;
	rows: SettingRow[];
}

/**
 * The settings tab: folders (with suggestions), the schedule, your name and reminders. A value that is not
 * valid is explained next to its field and not saved; the last valid value stays in force. Text fields are
 * saved once typing pauses (`TEXT_SAVE_DELAY_MS`), and at once when the tab is closed. On mobile, where there is
 * no status bar, its switch is not offered.
 *
 * The rows are described once (`groups`) and shown two ways: declaratively through `getSettingDefinitions`
 * on Obsidian 1.13 and later (which also puts them in settings search), and by `display` on older versions.
 */
export class FollowUpSettingTab extends PluginSettingTab {
	/** Valid values typed but not saved yet; an invalid value takes its key out. */
	private pending: Partial<FollowUpSettings> = {};
	private readonly savePending = debounce(() => void this.savePendingNow(), TEXT_SAVE_DELAY_MS, true);

	/** `plugin` owns the tab; `host` (the same plugin, as main.ts passes it) holds and saves the settings. */
	constructor(app: App, plugin: Plugin, private host: SettingsHost) {
		super(app, plugin);
	}

	/** Closing the settings saves what was typed in the last moments rather than dropping it. */
	hide(): void {
		this.savePending.run();
		super.hide();
	}

	/**
	 * The settings changed from outside the tab (another device, through sync): the rows show the new values.
	 * Obsidian 1.13+ re-reads the definitions with `update()` (each row reads its value when rendered); before
	 * that, a tab on screen is displayed again.
	 */
	refresh(): void {
		const update = (this as unknown as { update?: unknown }).update;
		if (typeof update === "function") update.call(this);
		else if (this.containerEl.isConnected && this.containerEl.hasChildNodes()) (this as { display(): void }).display();
	}

	/** Obsidian 1.13+: the settings as definitions, each row built by the same code as `display`. */
	getSettingDefinitions(): SettingDefinitionItem[] {
		return this.groups().map(({ heading, rows }) => ({
			type: "group",
			heading,
			items: rows.map((row) => ({ name: row.name, desc: row.desc, render: (setting: Setting) => this.render(row, setting) })),
		}));
	}

	/** Obsidian before 1.13: the same rows, built by hand. */
	display(): void {
		this.savePending.run(); // the fields show the saved values
		const el = this.containerEl;
		el.empty();
		for (const { heading, rows } of this.groups()) {
			new Setting(el).setName(heading).setHeading();
			for (const row of rows) this.render(row, new Setting(el));
		}
	}

	private render(row: SettingRow, setting: Setting): void {
		setting.setName(row.name).setDesc(row.desc);
		row.build(setting);
	}

	private groups(): SettingGroupRows[] {
		return [
			{
				heading: "Folders",
				rows: [
					this.folder("interviewsFolder", "Interviews folder", "Every note with properties in this folder and its subfolders is a meeting note. Empty: only notes tagged #interview or with a meeting type (interview, coffee chat, career advice…)."),
					this.folder("templatesFolder", "Templates folder", "Your own letter templates (thank-you.md, recovery.md, …). Missing files use the built-in text."),
					this.folder("shareFolder", "Article-share folder", "Where article shares are created."),
					this.folder("clippingsFolder", "Clippings folder", "Saved articles (Web Clipper's Clippings): each is offered at check-ins whose notes it matches, as are notes tagged clippings or share-idea. Empty: only the tags count."),
				],
			},
			{
				heading: "Schedule",
				rows: [
					this.days("horizonDays", "Coming up", "How many days ahead the Coming up section looks."),
					this.days("letterDelayDays", "Letter", "Days after the meeting the letter is due."),
					this.days("introducerDelayDays", "Thanks to the introducer", "Days after the meeting the introducer's thanks is due."),
					this.days("callDelayDays", "Call", "Days without an answer after the interview before calling."),
					this.days("checkInMinDays", "Check-in from", "Days after the last contact the next check-in is due (4 weeks: 28)."),
					this.days("checkInMaxDays", "Check-in until", "Days after the last contact the check-in becomes overdue (6 weeks: 42)."),
				],
			},
			{
				heading: "Letters",
				rows: [
					{
						name: "Your name",
						desc: "Signs your letters.",
						build: (setting) => {
							setting.addText((text) => text.setValue(this.valueOf("myName")).onChange((value) => this.saveSoon({ myName: value.trim() })));
						},
					},
					{
						name: "Your e-mail",
						desc: "Goes under your name in letters.",
						build: (setting) => {
							setting.addText((text) => text.setValue(this.host.settings.myEmail).onChange((value) => this.saveSoon({ myEmail: value.trim() })));
						},
					},
					{
						name: "Your phone",
						desc: "Goes under your name in letters, and the call script's voicemail leaves it.",
						build: (setting) => {
							setting.addText((text) => text.setValue(this.host.settings.myPhone).onChange((value) => this.saveSoon({ myPhone: value.trim() })));
						},
					},
					{
						name: "Greet by full name",
						desc: "Letters greet the person by first name (\"Dear Jane,\", \"Dear Dr. Okoye,\"). Turn on for the full name (\"Dear Jane Doe,\").",
						build: (setting) => {
							setting.addToggle((toggle) =>
								toggle.setValue(this.host.settings.greeting === "full-name").onChange((on) => this.saveSoon({ greeting: on ? "full-name" : "first-name" })),
							);
						},
					},
					this.checkedText(
						"letterLocale",
						"Language of dates",
						"How dates are written in letters: a language tag such as en, en-GB, de or fr. The built-in letters are in English.",
						() => this.valueOf("letterLocale"),
						(value) => {
							const problem = localeProblem(value);
							return problem ? { problem } : { change: { letterLocale: Intl.getCanonicalLocales(value.trim())[0] } };
						},
						() => undefined,
					),
				],
			},
			{
				heading: "Reminders",
				rows: [
					...(Platform.isMobile
						? [this.toggle("showStartupNotice", "Start-up notice", "Once a day, on start-up, say how many follow-ups are due and list them.")]
						: [
							this.toggle("showStatusBar", "Status bar count", 'Show "N follow-ups due" in the status bar.'),
							this.toggle("showStartupNotice", "Start-up notice", "Once a day, on start-up, list what is overdue."),
						]),
					this.reminderTime(),
				],
			},
		];
	}

	private folder(key: FolderKey, name: string, desc: string): SettingRow {
		return this.checkedText(key, name, desc, () => this.valueOf(key), (value) => {
			const problem = folderProblem(key, value);
			return problem ? { problem } : { change: { [key]: folderPath(value) } };
		}, (text) => {
			// Wide enough for a whole path such as "Templates/Interview follow-up".
			text.inputEl.addClass("ifu-folder-input");
			new FolderSuggest(this.app, text.inputEl);
		});
	}

	private days(key: DayKey, name: string, desc: string): SettingRow {
		return this.checkedText(key, name, desc, () => String(this.valueOf(key)), (value) => {
			const reading = readDayCount(key, value);
			if (!reading.ok) return { problem: reading.message };
			const next: FollowUpSettings = { ...this.host.settings, ...this.pending, [key]: reading.value };
			const problem = checkInWindowProblem(next.checkInMinDays, next.checkInMaxDays);
			return problem ? { problem } : { change: { [key]: reading.value } };
		}, (text) => {
			text.inputEl.inputMode = "numeric";
			text.inputEl.addClass("ifu-number-input");
		}, "days");
	}

	/**
	 * A text field checked on every change: a problem is shown next to it (and announced) at once, and its value
	 * is not saved (a valid value typed just before is dropped too); otherwise any earlier message is cleared and
	 * the change is saved once typing pauses.
	 */
	private checkedText(
		key: FolderKey | DayKey | "letterLocale" | "reminderTime",
		name: string,
		desc: string,
		current: () => string,
		check: (value: string) => { problem: string } | { change: Partial<FollowUpSettings> },
		prepare: (text: TextComponent) => void,
		unit?: string,
	): SettingRow {
		return {
			name,
			desc,
			build: (setting) => {
				const error = this.errorEl(setting);
				setting.addText((text) => {
					prepare(text);
					// Read when the row is rendered, not when the rows were described: Obsidian 1.13 keeps the
					// definitions and renders them again later, after saves here or on another device.
					text.setValue(current()).onChange((value) => {
						const result = check(value);
						this.show(error, text.inputEl, "problem" in result ? result.problem : null);
						if ("change" in result) this.saveSoon(result.change);
						else this.dropPending(key);
					});
					if (unit) {
						// The unit after the field, and read with it by a screen reader ("7, days").
						const id = `ifu-unit-${name.replace(/\W+/g, "-").toLowerCase()}`;
						text.inputEl.setAttr("aria-describedby", id);
						setting.controlEl.createSpan({ cls: "ifu-unit", text: unit, attr: { id } });
					}
				});
			},
		};
	}

	/** The calendar's alarm time: `HH:mm` (24-hour, local) on each event's first day, or `off`. */
	private reminderTime(): SettingRow {
		return this.checkedText(
			"reminderTime",
			"Calendar reminder time",
			'When each exported calendar event reminds you on its day, as HH:mm (09:00). Type "off" for events without reminders.',
			() => this.host.settings.reminderTime,
			(value) => {
				const problem = reminderTimeProblem(value);
				return problem ? { problem } : { change: { reminderTime: normalizeReminderTime(value) } };
			},
			(text) => {
				text.setPlaceholder("09:00");
			},
		);
	}

	private toggle(key: ToggleKey, name: string, desc: string): SettingRow {
		return {
			name,
			desc,
			build: (setting) => {
				setting.addToggle((toggle) => toggle.setValue(this.valueOf(key)).onChange((value) => void this.save({ [key]: value })));
			},
		};
	}

	/** The value a row shows: one typed and not saved yet, else the saved one. */
	private valueOf<K extends keyof FollowUpSettings>(key: K): FollowUpSettings[K] {
		return this.pending[key] ?? this.host.settings[key];
	}

	private errorEl(setting: Setting): HTMLElement {
		return setting.infoEl.createDiv({ cls: "ifu-field-error", attr: { role: "alert", "aria-live": "polite" } });
	}

	private show(error: HTMLElement, input: HTMLInputElement, problem: string | null): void {
		error.setText(problem ?? "");
		input.toggleClass("ifu-invalid", problem !== null);
		input.setAttr("aria-invalid", problem !== null);
	}

	/** Saves `change` once typing pauses, with whatever else was typed meanwhile: one save, one re-read. */
	private saveSoon(change: Partial<FollowUpSettings>): void {
		this.pending = { ...this.pending, ...change };
		this.savePending();
	}

	private dropPending(key: keyof FollowUpSettings): void {
		delete this.pending[key];
	}

	private async savePendingNow(): Promise<void> {
		const change = this.pending;
		this.pending = {};
		if (Object.keys(change).length > 0) await this.save(change);
	}

	private async save(change: Partial<FollowUpSettings>): Promise<void> {
		this.host.settings = { ...this.host.settings, ...change };
		await this.host.saveSettings();
	}
}
