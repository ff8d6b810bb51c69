import { CalendarDay, formatIsoDay, readCalendarDay } from "./calendarDay";
import { InlineScalar, joinLines, readInlineValue, readLayout, TextLine, TopLevelKey, topLevelKeys } from "./frontmatterText";
import { Status } from "./interviewNote";
import { StepKind } from "./steps";

/** A user's explicit action on a follow-up, the only thing that ever writes to a note. */
export type FollowUpAction =
	| { kind: "done"; step: StepKind }
	| { kind: "snooze"; until: CalendarDay }
	| { kind: "status"; status: Status };

/** The frontmatter key each step's "done" writes. */
export const DONE_KEYS: Record<StepKind, string> = {
	letter: "letter_sent",
	"introducer-thanks": "introducer_thanked",
	call: "called",
	"check-in": "check_ins",
};

/** The key an action writes, and the text it sets there (`null` for a check-in, which appends today). */
function writeOf(action: FollowUpAction, today: CalendarDay): { key: string; value: string | null } {
	switch (action.kind) {
		case "done":
			return { key: DONE_KEYS[action.step], value: action.step === "check-in" ? null : formatIsoDay(today) };
		case "snooze":
			return { key: "snoozed_until", value: formatIsoDay(action.until) };
		case "status":
			return { key: "status", value: action.status };
	}
}

/** Whether a `check_ins` entry reads as `today` (a double click must not log the same check-in twice). */
function isDay(entry: unknown, today: CalendarDay): boolean {
	const reading = readCalendarDay(entry);
	return reading.ok && reading.day === today;
}

/**
 * Applies an action to a frontmatter object in place, touching only SPEC.md's keys, with dates as
 * `YYYY-MM-DD` text. Meant to run inside `FileManager.processFrontMatter`, which keeps the rest of the note
 * (the fallback of `applyActionToText`).
 */
export function applyAction(frontmatter: Record<string, unknown>, action: FollowUpAction, today: CalendarDay): void {
	const { key, value } = writeOf(action, today);
	if (value !== null) {
		frontmatter[key] = value;
		return;
	}
	const existing = frontmatter[key];
	const list: unknown[] = Array.isArray(existing) ? (existing as unknown[]) : existing === undefined || existing === null || existing === "" ? [] : [existing];
	if (list.some((entry) => isDay(entry, today))) return;
	frontmatter[key] = [...list, formatIsoDay(today)];
}

/**
 * Applies an action to a note's text, changing only the lines of the key it writes (SPEC.md section 5): that
 * key's line is replaced, or the key is added before the closing `---` (a note without frontmatter gets
 * one); a check-in goes into the existing `check_ins` list in its own style, block or flow. Every other byte
 * stays as it was: comments, quoting, key order, line endings, a byte-order mark, the body. Returns the text
 * unchanged when today is already a check-in, and `null` when the key's value is in a form this does not
 * handle safely (block scalars, anchors, aliases, tags, flow mappings, nested values, a key written twice,
 * values over several lines, frontmatter never closed): then `applyAction` through Obsidian writes instead.
 */
export function applyActionToText(text: string, action: FollowUpAction, today: CalendarDay): string | null {
	const layout = readLayout(text);
	if (layout === null) return null;
	const { key, value } = writeOf(action, today);
	const added = value === null ? [`${key}:`, `  - ${formatIsoDay(today)}`] : [`${key}: ${value}`];
	if (layout.kind === "none") return layout.bom + ["---", ...added, "---"].map((line) => line + layout.eol).join("") + layout.body;

	const keys = topLevelKeys(layout.lines);
	const found = keys?.filter((entry) => entry.key === key);
	if (!found || found.length > 1) return null;
	const eol = layout.open.eol;
	const lines =
		found.length === 0
			? [...layout.lines, ...added.map((line) => ({ text: line, eol }))]
			: value === null
				? appendCheckIn(layout.lines, found[0], today, eol)
				: setScalar(layout.lines, found[0], value);
	if (lines === null) return null;
	if (lines === layout.lines) return text;
	return layout.bom + joinLines([layout.open, ...lines, layout.close]) + layout.body;
}

/** Whether lines `from` to `to` hold anything but blank lines and comments. */
function holdsValues(lines: readonly TextLine[], from: number, to: number): boolean {
	return lines.slice(from, to).some((line) => line.text.trim() !== "" && !line.text.trimStart().startsWith("#"));
}

function withLine(lines: readonly TextLine[], index: number, text: string): TextLine[] {
	return lines.map((line, i) => (i === index ? { text, eol: line.eol } : line));
}

function inserted(lines: readonly TextLine[], after: number, line: TextLine): TextLine[] {
	return [...lines.slice(0, after + 1), line, ...lines.slice(after + 1)];
}

/** `key: value` on the key's own line, keeping its quotes and a comment after it; `null` for a nested value. */
function setScalar(lines: readonly TextLine[], entry: TopLevelKey, value: string): TextLine[] | null {
	const { text } = lines[entry.line];
	const current = readInlineValue(text, entry.valueFrom);
	if (current === null || holdsValues(lines, entry.line + 1, entry.end)) return null;
	if (current.form === "empty") return withLine(lines, entry.line, `${text.slice(0, entry.valueFrom)} ${value}${text.slice(entry.valueFrom)}`);
	// The values written (dates, statuses) need no escaping, so the quotes the user chose can stay.
	const quote = current.form === "scalar" ? current.quote : "";
	return withLine(lines, entry.line, text.slice(0, current.start) + quote + value + quote + text.slice(current.end));
}

const BLOCK_ITEM = /^([ \t]*-)([ \t]+|$)/;

function isNull(scalar: InlineScalar): boolean {
	return scalar.quote === "" ? /^(?:~|null|Null|NULL)$/.test(scalar.value) : scalar.value === "";
}

/** Today appended to `check_ins` in the list's own style; the lines as they were when today is in it already. */
function appendCheckIn(lines: readonly TextLine[], entry: TopLevelKey, today: CalendarDay, eol: string): TextLine[] | null {
	const iso = formatIsoDay(today);
	const { text } = lines[entry.line];
	const current = readInlineValue(text, entry.valueFrom);
	if (current === null) return null;
	if (current.form === "empty") return appendToBlockList(lines, entry, today, eol);
	if (holdsValues(lines, entry.line + 1, entry.end)) return null;
	const replace = (start: number, end: number, by: string) => withLine(lines, entry.line, text.slice(0, start) + by + text.slice(end));
	if (current.form === "scalar") {
		if (isNull(current)) return replace(current.start, current.end, `[${iso}]`);
		if (isDay(current.value, today)) return lines as TextLine[];
		// A plain scalar with `,` or brackets would read as something else inside a flow list.
		if (current.quote === "" && /[,[\]{}]/.test(current.value)) return null;
		return replace(current.start, current.end, `[${text.slice(current.start, current.end)}, ${iso}]`);
	}
	const { items } = current;
	if (current.trailingComma) return null;
	if (items.some((item) => isDay(item.value, today))) return lines as TextLine[];
	if (items.length === 0) return replace(current.start, current.end, `[${iso}]`);
	const last = items[items.length - 1];
	const separator = items.length > 1 ? text.slice(items[items.length - 2].end, last.start) : ", ";
	return replace(last.end, last.end, separator + iso);
}

/** `check_ins:` with its items on the lines below (or none yet): a new item after the last, dashed alike. */
function appendToBlockList(lines: readonly TextLine[], entry: TopLevelKey, today: CalendarDay, eol: string): TextLine[] | null {
	const iso = formatIsoDay(today);
	let last = entry.line;
	let dash = "  -";
	let gap = " ";
	for (let i = entry.line + 1; i < entry.end; i++) {
		if (!holdsValues(lines, i, i + 1)) continue;
		const item = BLOCK_ITEM.exec(lines[i].text);
		if (!item || (last !== entry.line && item[1] !== dash)) return null;
		const value = readInlineValue(lines[i].text, item[0].length);
		if (value === null || value.form === "list") return null;
		if (value.form === "scalar" && isDay(value.value, today)) return lines as TextLine[];
		[last, dash, gap] = [i, item[1], item[2] || " "];
	}
	return inserted(lines, last, { text: `${dash}${gap}${iso}`, eol });
}
