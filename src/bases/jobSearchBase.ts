import { MEETING_TYPE_VALUES } from "../rules";

/** The file "Create job search base" writes, at the vault's root. */
export const JOB_SEARCH_BASE_FILE = "Job search.base";

/** The id of the plugin's own Bases view type, "Follow-ups" (registered with `registerBasesView`). */
export const FOLLOW_UPS_VIEW_TYPE = "interview-follow-ups";

/** The folders that decide which notes are meeting notes (the plugin's settings of the same names). */
export interface BaseFolders {
	interviewsFolder: string;
	templatesFolder: string;
	shareFolder: string;
}

/** The note properties the table shows, in order, with their column names. */
const COLUMNS: readonly (readonly [string, string])[] = [
	["company", "Company"],
	["role", "Role"],
	["type", "Kind"],
	["date", "Date"],
	["status", "Status"],
	["outcome", "Outcome"],
	["letter_sent", "Letter sent"],
	["called", "Called"],
	["introducer_thanked", "Introducer thanked"],
	["rejection_replied", "Rejection replied"],
	["check_ins", "Check-ins"],
];

/** A text literal of the Bases expression language (a JSON string is one: double quotes, backslash escapes). */
function literal(text: string): string {
	return JSON.stringify(text);
}

/** A YAML single-quoted scalar: any text, with `'` doubled. Filter statements hold double quotes, so this keeps them readable. */
function yamlQuoted(text: string): string {
	return `'${text.replace(/'/g, "''")}'`;
}

/**
 * The statements of the base's filter, as Bases reads them (obsidian-help, "Bases syntax" and "Functions"): a
 * Markdown file (`file.ext` is the extension as written, so `.MD` stays out, as in the plugin) outside the
 * templates and article-share folders, that lies under the interviews folder, is tagged `interview`
 * (`file.hasTag` includes nested tags and inline tags) or has a meeting `type` (trimmed, lower case, spaces,
 * `-` and `_` alike, as the plugin reads it). Obsidian never indexes dot-folders, so they need no statement.
 */
export function jobSearchFilterStatements(folders: BaseFolders): { all: string[]; none: string[]; any: string[] } {
	const none = [folders.templatesFolder, folders.shareFolder].filter((folder) => folder !== "").map((folder) => `file.inFolder(${literal(folder)})`);
	const types = MEETING_TYPE_VALUES.map(literal).join(", ");
	const any = [
		...(folders.interviewsFolder === "" ? [] : [`file.inFolder(${literal(folders.interviewsFolder)})`]),
		'file.hasTag("interview")',
		`note.type.isType("string") && [${types}].contains(note.type.trim().lower().replace(/[\\s_-]+/g, " "))`,
	];
	return { all: ['file.ext == "md"'], none, any };
}

/**
 * The text of `Job search.base`: a base of every meeting note the plugin reads (see `jobSearchFilterStatements`),
 * with a table of company, role, kind, date, status, outcome and the dates each step was done, newest meeting
 * first; the same table grouped by status; and, when `withFollowUps`, the plugin's own "Follow-ups" view of
 * the open follow-ups of these notes. Plain YAML, in the layout of the Bases docs' own example.
 */
export function jobSearchBaseText(folders: BaseFolders, withFollowUps: boolean): string {
	const { all, none, any } = jobSearchFilterStatements(folders);
	const lines = ["# Every meeting note of the job search, as the Interview follow-up plugin reads them.", "filters:", "  and:"];
	for (const statement of all) lines.push(`    - ${yamlQuoted(statement)}`);
	if (none.length > 0) {
		lines.push("    - not:");
		for (const statement of none) lines.push(`        - ${yamlQuoted(statement)}`);
	}
	lines.push("    - or:");
	for (const statement of any) lines.push(`        - ${yamlQuoted(statement)}`);
	lines.push("properties:");
	for (const [key, name] of COLUMNS) lines.push(`  ${key}:`, `    displayName: ${JSON.stringify(name)}`);
	const order = ["    order:", "      - file.name", ...COLUMNS.map(([key]) => `      - note.${key}`)];
	const newestFirst = ["    sort:", "      - property: note.date", "        direction: DESC"];
	lines.push("views:");
	lines.push("  - type: table", '    name: "Meetings"', ...order, ...newestFirst);
	lines.push("  - type: table", '    name: "By status"', "    groupBy:", "      property: note.status", "      direction: ASC", ...order, ...newestFirst);
	if (withFollowUps) lines.push(`  - type: ${FOLLOW_UPS_VIEW_TYPE}`, '    name: "Follow-ups"');
	return `${lines.join("\n")}\n`;
}
