import {
	Agenda, AgendaItem, Bucket, BUCKET_TITLES, BUCKETS, CalendarDay, actionPhrase, formatIsoDay, KIND_LABELS,
	MeetingKind, partsOfDay, whenPhrase,
} from "../rules";

/** One agenda item in `agenda --json` (SPEC.md section 7): dates as `YYYY-MM-DD`. */
export interface AgendaItemJson {
	note: string;
	step: AgendaItem["step"];
	variant: AgendaItem["variant"];
	kind: MeetingKind;
	due: string;
	deadline: string;
	bucket: Bucket;
	company: string | null;
	contact: string | null;
	contacts: string[];
}

/** The object `agenda --json` prints (SPEC.md section 7). */
export interface AgendaJson {
	today: string;
	items: AgendaItemJson[];
	problems: { note: string; field: string | null; severity: "error" | "warning"; message: string }[];
}

/** The agenda as SPEC.md section 7's JSON object, with exactly its keys in its order. */
export function agendaToJson(agenda: Agenda): AgendaJson {
	return {
		today: formatIsoDay(agenda.today),
		items: agenda.items.map((item) => ({
			note: item.note,
			step: item.step,
			variant: item.variant,
			kind: item.kind,
			due: formatIsoDay(item.due),
			deadline: formatIsoDay(item.deadline),
			bucket: item.bucket,
			company: item.company,
			contact: item.contact,
			contacts: [...item.contacts],
		})),
		problems: agenda.problems.map(({ note, field, severity, message }) => ({ note, field, severity, message })),
	};
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Fri, Nov 27, 2026": the day the agenda is for, written out. */
export function formatLongDay(day: CalendarDay): string {
	const { year, month, day: dayOfMonth } = partsOfDay(day);
	// Day 0 (1970-01-01) was a Thursday.
	const weekday = WEEKDAYS[(((day + 4) % 7) + 7) % 7];
	return `${weekday}, ${MONTHS[month - 1]} ${dayOfMonth}, ${year}`;
}

function plural(count: number, one: string, many: string): string {
	return count === 1 ? `1 ${one}` : `${count} ${many}`;
}

/**
 * The agenda as a person reads it: a header, then each bucket that has items under its heading, each item as
 * an action with when it is due, then the kind of meeting, the note it comes from and the role; a short line when nothing is due within the
 * horizon; then the problems, each with its note, field and severity.
 */
export function formatAgendaText(agenda: Agenda, horizonDays: number, callDelayDays = 7): string {
	const lines = [`Follow-ups for ${formatLongDay(agenda.today)} (horizon ${plural(horizonDays, "day", "days")})`];
	const byBucket = new Map<Bucket, AgendaItem[]>(BUCKETS.map((bucket) => [bucket, []]));
	for (const item of agenda.items) byBucket.get(item.bucket)?.push(item);
	const soon = agenda.items.length - (byBucket.get("later")?.length ?? 0);
	if (soon === 0) {
		lines.push("", `Nothing to follow up on today or in the next ${plural(horizonDays, "day", "days")}.`);
	}
	for (const bucket of BUCKETS) {
		const items = byBucket.get(bucket) ?? [];
		if (items.length === 0) continue;
		lines.push("", `${BUCKET_TITLES[bucket]} (${items.length})`);
		for (const item of items) {
			const role = item.role ? ` · ${item.role}` : "";
			lines.push(`  - ${actionPhrase(item, callDelayDays)} — ${whenPhrase(item, agenda.today)}`, `    ${KIND_LABELS[item.kind]} · ${item.note}${role}`);
		}
	}
	if (agenda.problems.length > 0) {
		lines.push("", `Problems (${agenda.problems.length})`);
		for (const problem of agenda.problems) {
			const field = problem.field === null ? "whole note" : problem.field;
			lines.push(`  - ${problem.note} · ${field} · ${problem.severity}`, `    ${problem.message}`);
		}
	}
	return `${lines.join("\n")}\n`;
}
