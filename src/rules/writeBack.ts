import { CalendarDay, formatIsoDay, readCalendarDay } from "./calendarDay";
import { isCheckedYamlMapping } from "./frontmatterCheck";
import { InlineScalar, joinLines, readInlineValue, readLayout, TextLine, TopLevelKey, topLevelKeys } from "./frontmatterText";
import { Status, STATUSES } from "./interviewNote";
import { isStepKind, StepKind } from "./steps";

/** A user's explicit action on a follow-up, the only thing that ever writes to a note. */
export type FollowUpAction =
	| { kind: "done"; step: StepKind }
	| { kind: "snooze"; until: CalendarDay }
	| { kind: "status"; status: Status };

/** The frontmatter key each step's "done" writes. */
export const DONE_KEYS: Readonly<Record<StepKind, string>> = Object.freeze({
	letter: "letter_sent",
	"rejection-reply": "rejection_replied",
	"introducer-thanks": "introducer_thanked",
	call: "called",
	"check-in": "check_ins",
});

/**
 * One key an action writes and the text it sets there (`null` for a check-in, which appends today); with
 * `keepDate`, nothing is written when the key already holds a date (`rejected_on` is the day the no came).
 */
interface KeyWrite {
	key: string;
	value: string | null;
	keepDate?: boolean;
}

/**
 * The keys an action writes, in order (SPEC.md section 5): one for most, and for status `rejected` also
 * `rejected_on: <today>`. An action that names no step or status the rules know (a value from an old
 * settings file, a hand-made command) writes nothing: the list is empty.
 */
function writesOf(action: FollowUpAction, today: CalendarDay): KeyWrite[] {
	switch (action.kind) {
		case "done":
			if (!isStepKind(action.step)) return [];
			return [{ key: DONE_KEYS[action.step], value: action.step === "check-in" ? null : formatIsoDay(today) }];
		case "snooze":
			return Number.isInteger(action.until) ? [{ key: "snoozed_until", value: formatIsoDay(action.until) }] : [];
		case "status":
			if (!(STATUSES as readonly unknown[]).includes(action.status)) return [];
			return action.status === "rejected"
				? [{ key: "status", value: action.status }, { key: "rejected_on", value: formatIsoDay(today), keepDate: true }]
				: [{ key: "status", value: action.status }];
		default:
			return [];
	}
}

/** Whether an action writes anything (see `writesOf`): an unknown step or status does not. */
export function isWritableAction(action: FollowUpAction): boolean {
	return writesOf(action, 0).length > 0;
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
	for (const { key, value, keepDate } of writesOf(action, today)) {
		if (keepDate && readCalendarDay(frontmatter[key]).ok) continue;
		if (value !== null) {
			frontmatter[key] = value;
			continue;
		}
		const existing = frontmatter[key];
		const list: unknown[] = Array.isArray(existing) ? (existing as unknown[]) : existing === undefined || existing === null || existing === "" ? [] : [existing];
		if (list.some((entry) => isDay(entry, today))) continue;
		frontmatter[key] = [...list, formatIsoDay(today)];
	}
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
	const writes = writesOf(action, today);
	// An action for no step or status the rules know writes nothing (never a key called `undefined`).
	if (writes.length === 0) return text;
	let result = text;
	for (const write of writes) {
		const next = applyWriteToText(result, write, today);
		if (next === null) return null;
		result = next;
	}
	return result;
}

/** One key's write (see `applyActionToText`). */
function applyWriteToText(text: string, write: KeyWrite, today: CalendarDay): string | null {
	const layout = readLayout(text);
	if (layout === null) return null;
	const { key, value } = write;
	const added = value === null ? [`${key}:`, `  - ${formatIsoDay(today)}`] : [`${key}: ${value}`];
	if (layout.kind === "none") return layout.bom + ["---", ...added, "---"].map((line) => line + layout.eol).join("") + layout.body;

	// Invalid YAML is never written into; nor is a form the check does not vouch for (Obsidian's writer decides).
	if (!isCheckedYamlMapping(layout.lines.map((line) => line.text))) return null;
	const keys = topLevelKeys(layout.lines);
	const found = keys?.filter((entry) => entry.key === key);
	if (!keys || !found || found.length > 1) return null;
	if (write.keepDate && found.length === 1) {
		const current = readInlineValue(layout.lines[found[0].line].text, found[0].valueFrom);
		if (current === null || holdsValues(layout.lines, found[0].line + 1, found[0].end)) return null;
		if (current.form === "scalar" && readCalendarDay(current.value).ok) return text;
	}
	const eol = layout.open.eol;
	const lines =
		found.length === 0
			? addedAt(layout.lines, keys, added.map((line) => ({ text: line, eol })))
			: value === null
				? appendCheckIn(layout.lines, found[0], today, eol)
				: setScalar(layout.lines, found[0], value);
	if (lines === null) return null;
	if (lines === layout.lines) return text;
	return layout.bom + joinLines([layout.open, ...lines, layout.close]) + layout.body;
}

// A block scalar's header (`|`, `|+`, `>-`, `|2`), after a key's colon or a list item's dash.
const BLOCK_SCALAR_HEADER = /(?::|^[ \t]*-)[ \t]+(?:[&!]\S*[ \t]+)*[|>][-+1-9]{0,2}[ \t]*(?:#.*)?$/;

/**
 * New lines go before the closing `---`, unless the last key's value holds a block scalar: a `|+` block keeps
 * its trailing blank lines, and any block that ends the frontmatter ends without its last line break, so a key
 * after it would change its value. The new lines then go before that last key (SPEC.md section 5).
 */
function addedAt(lines: readonly TextLine[], keys: readonly TopLevelKey[], added: readonly TextLine[]): TextLine[] {
	const last = keys[keys.length - 1];
	const holdsBlock = last !== undefined && lines.slice(last.line, last.end).some((line) => BLOCK_SCALAR_HEADER.test(line.text));
	const at = holdsBlock ? last.line : lines.length;
	return [...lines.slice(0, at), ...added, ...lines.slice(at)];
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
