import { normalizeReminderTime, reminderTimeProblem } from "./reminderTime";

/** What the user can set; stored in the plugin's `data.json`, which the command line reads too. */
export interface FollowUpSettings {
	/** Folder whose notes are all interview notes (subfolders included). Empty: only tags and `type` count. */
	interviewsFolder: string;
	/** Folder of the user's own letter templates; its notes are never interview notes. */
	templatesFolder: string;
	/** Folder where article-share notes are created; its notes are never interview notes. */
	shareFolder: string;
	/** Folder of saved articles (Web Clipper's `Clippings`): every note under it is a share candidate. */
	clippingsFolder: string;
	/** How many days ahead "Coming up" looks. */
	horizonDays: number;
	/** Days after the interview the thank-you or recovery letter is due. */
	letterDelayDays: number;
	/** Days after the interview the introducer's thanks is due. */
	introducerDelayDays: number;
	/** Days after the interview without an answer before calling. */
	callDelayDays: number;
	/** Earliest day, after the last contact, of the next check-in (4 weeks). */
	checkInMinDays: number;
	/** Latest day, after the last contact, of the next check-in (6 weeks); after it the check-in is overdue. */
	checkInMaxDays: number;
	/** Your name, used to sign letters. */
	myName: string;
	/** Your e-mail address and phone number, under your name in letters; the call script's voicemail leaves the phone. */
	myEmail: string;
	myPhone: string;
	/** How letters greet their reader: "Dear Jane," (`first-name`, the default) or "Dear Jane Doe," (`full-name`). */
	greeting: "first-name" | "full-name";
	/**
	 * The language dates are written in inside letters (a BCP 47 tag: `en`, `en-GB`, `de`). English by default,
	 * as the built-in letters are; users who write their own templates in another language pick theirs.
	 */
	letterLocale: string;
	/** Show "N follow-ups due" in the status bar. */
	showStatusBar: boolean;
	/** Show one notice a day, on start-up, summarising what is overdue. */
	showStartupNotice: boolean;
	/** When a calendar event's alarm fires on its first day: `HH:mm` in local time, or `off` for no alarms. */
	reminderTime: string;
}

/** The defaults of SPEC.md: the five steps' timings and folder names. */
export const DEFAULT_SETTINGS: Readonly<FollowUpSettings> = Object.freeze({
	interviewsFolder: "Interviews",
	templatesFolder: "Templates/Interview follow-up",
	shareFolder: "Follow-ups",
	clippingsFolder: "Clippings",
	horizonDays: 14,
	letterDelayDays: 1,
	introducerDelayDays: 1,
	callDelayDays: 7,
	checkInMinDays: 28,
	checkInMaxDays: 42,
	myName: "",
	myEmail: "",
	myPhone: "",
	greeting: "first-name",
	letterLocale: "en",
	showStatusBar: true,
	showStartupNotice: true,
	reminderTime: "09:00",
});

/** A setting that could not be used as stored, and why. */
export interface SettingProblem {
	key: keyof FollowUpSettings;
	message: string;
}

type NumberKey = { [K in keyof FollowUpSettings]: FollowUpSettings[K] extends number ? K : never }[keyof FollowUpSettings];
type FolderKey = "interviewsFolder" | "templatesFolder" | "shareFolder" | "clippingsFolder";
type BooleanKey = "showStatusBar" | "showStartupNotice";

const NUMBER_LIMITS: Record<NumberKey, { label: string; max: number }> = {
	horizonDays: { label: "Horizon", max: 365 },
	letterDelayDays: { label: "Letter delay", max: 365 },
	introducerDelayDays: { label: "Introducer thanks delay", max: 365 },
	callDelayDays: { label: "Call delay", max: 365 },
	checkInMinDays: { label: "Check-in window start", max: 730 },
	checkInMaxDays: { label: "Check-in window end", max: 730 },
};
const FOLDER_LABELS: Record<FolderKey, string> = {
	interviewsFolder: "Interviews folder",
	templatesFolder: "Templates folder",
	shareFolder: "Article-share folder",
	clippingsFolder: "Clippings folder",
};
const BOOLEAN_KEYS: BooleanKey[] = ["showStatusBar", "showStartupNotice"];

/** Why `value` cannot be a day count for `key`, or `null` when it can. */
export function dayCountProblem(key: NumberKey, value: unknown): string | null {
	const { label, max } = NUMBER_LIMITS[key];
	if (typeof value !== "number" || !Number.isInteger(value)) return `${label} must be a whole number of days, found ${JSON.stringify(value)}.`;
	if (value < 0) return `${label} cannot be negative (found ${value}).`;
	if (value > max) return `${label} must be at most ${max} days (found ${value}).`;
	return null;
}

/** Why `value` cannot be a vault folder path for `key`, or `null` when it can. */
export function folderProblem(key: FolderKey, value: unknown): string | null {
	const label = FOLDER_LABELS[key];
	if (typeof value !== "string") return `${label} must be a folder path, found ${JSON.stringify(value)}.`;
	const parts = value.split(/[\\/]/);
	if (parts.some((part) => part === ".." || part === ".")) return `${label} must be a path inside the vault, without "." or ".." (found "${value}").`;
	if (/[:*?"<>|]/.test(value)) return `${label} cannot contain any of : * ? " < > | (found "${value}").`;
	return null;
}

/** Why `value` cannot be the language of dates in letters, or `null` when it is a language tag (`en`, `pt-BR`). */
export function localeProblem(value: unknown): string | null {
	const expected = "a language tag such as en, en-GB, de or pt-BR";
	if (typeof value !== "string" || value.trim() === "") return `Letter language must be ${expected}, found ${JSON.stringify(value)}.`;
	try {
		Intl.getCanonicalLocales(value.trim());
	} catch {
		return `Letter language must be ${expected}, found "${value}".`;
	}
	return null;
}

/** Trims a folder path to Obsidian's form: `/` separators, no leading or trailing slash. */
export function normalizeFolder(value: string): string {
	return value.replace(/\\/g, "/").split("/").map((part) => part.trim()).filter((part) => part !== "").join("/");
}

/**
 * Reads stored settings (any JSON) into valid settings: every unusable value is replaced by its default and
 * reported, so a hand-edited `data.json` never breaks the agenda.
 */
export function readSettings(stored: unknown): { settings: FollowUpSettings; problems: SettingProblem[] } {
	const settings: FollowUpSettings = { ...DEFAULT_SETTINGS };
	const problems: SettingProblem[] = [];
	if (stored === null || stored === undefined) return { settings, problems };
	if (typeof stored !== "object" || Array.isArray(stored)) {
		return { settings, problems: [{ key: "interviewsFolder", message: "Settings must be a JSON object; the defaults are used." }] };
	}
	const raw = stored as Record<string, unknown>;
	for (const key of Object.keys(NUMBER_LIMITS) as NumberKey[]) {
		if (raw[key] === undefined) continue;
		const problem = dayCountProblem(key, raw[key]);
		if (problem) problems.push({ key, message: `${problem} The default, ${DEFAULT_SETTINGS[key]}, is used.` });
		else settings[key] = raw[key] as number;
	}
	for (const key of Object.keys(FOLDER_LABELS) as FolderKey[]) {
		if (raw[key] === undefined) continue;
		const problem = folderProblem(key, raw[key]);
		if (problem) problems.push({ key, message: `${problem} The default, "${DEFAULT_SETTINGS[key]}", is used.` });
		else settings[key] = normalizeFolder(raw[key] as string);
	}
	for (const key of BOOLEAN_KEYS) {
		if (raw[key] === undefined) continue;
		if (typeof raw[key] === "boolean") settings[key] = raw[key];
		else problems.push({ key, message: `${key} must be true or false, found ${JSON.stringify(raw[key])}; the default is used.` });
	}
	if (raw.myName !== undefined) {
		if (typeof raw.myName === "string") settings.myName = raw.myName.trim();
		else problems.push({ key: "myName", message: `Your name must be text, found ${JSON.stringify(raw.myName)}; it is left empty.` });
	}
	for (const [key, label] of [["myEmail", "Your e-mail"], ["myPhone", "Your phone"]] as const) {
		if (raw[key] === undefined) continue;
		if (typeof raw[key] === "string") settings[key] = raw[key].trim();
		else problems.push({ key, message: `${label} must be text, found ${JSON.stringify(raw[key])}; it is left empty.` });
	}
	if (raw.greeting !== undefined) {
		if (raw.greeting === "first-name" || raw.greeting === "full-name") settings.greeting = raw.greeting;
		else problems.push({ key: "greeting", message: `Greeting must be "first-name" or "full-name", found ${JSON.stringify(raw.greeting)}; the first name is used.` });
	}
	if (raw.letterLocale !== undefined) {
		const problem = localeProblem(raw.letterLocale);
		if (problem) problems.push({ key: "letterLocale", message: `${problem} The default, "${DEFAULT_SETTINGS.letterLocale}", is used.` });
		else settings.letterLocale = Intl.getCanonicalLocales((raw.letterLocale as string).trim())[0];
	}
	if (raw.reminderTime !== undefined) {
		const problem = reminderTimeProblem(raw.reminderTime);
		if (problem) problems.push({ key: "reminderTime", message: `${problem} The default, ${DEFAULT_SETTINGS.reminderTime}, is used.` });
		else settings.reminderTime = normalizeReminderTime(raw.reminderTime as string);
	}
	if (settings.checkInMinDays > settings.checkInMaxDays) {
		problems.push({
			key: "checkInMaxDays",
			message: `The check-in window ends (day ${settings.checkInMaxDays}) before it starts (day ${settings.checkInMinDays}); the defaults, ${DEFAULT_SETTINGS.checkInMinDays}–${DEFAULT_SETTINGS.checkInMaxDays} days, are used.`,
		});
		settings.checkInMinDays = DEFAULT_SETTINGS.checkInMinDays;
		settings.checkInMaxDays = DEFAULT_SETTINGS.checkInMaxDays;
	}
	return { settings, problems };
}
