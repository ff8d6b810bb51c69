import { Agenda, AgendaItem, buildAgenda, DEFAULT_SETTINGS, FollowUpSettings, NoteSource } from "../../src/rules";
import { day, iso } from "./calendarDays";

/** An agenda item as a test reads it: dates as `YYYY-MM-DD`. */
export interface ItemRow {
	note: string;
	step: AgendaItem["step"];
	variant: AgendaItem["variant"];
	due: string;
	deadline: string;
	bucket: AgendaItem["bucket"];
	company: string | null;
	contact: string | null;
}

/** The agenda of `notes` on `today` (`YYYY-MM-DD`), with its items as rows. */
export function agendaOf(
	notes: readonly NoteSource[],
	today = "2026-11-27",
	settings: FollowUpSettings = DEFAULT_SETTINGS,
): { agenda: Agenda; rows: ItemRow[] } {
	const agenda = buildAgenda(notes, day(today), settings);
	const rows = agenda.items.map((item) => ({
		note: item.note,
		step: item.step,
		variant: item.variant,
		due: iso(item.due),
		deadline: iso(item.deadline),
		bucket: item.bucket,
		company: item.company,
		contact: item.contact,
	}));
	return { agenda, rows };
}

/**
 * The open steps of `notes` in agenda order, each as `"step due"` or `"step due..deadline"` when the
 * deadline differs: `["letter 2026-11-21", "call 2026-11-27", "check-in 2026-12-18..2027-01-01"]`.
 */
export function stepsOf(notes: readonly NoteSource[], settings: FollowUpSettings = DEFAULT_SETTINGS): string[] {
	// A today long before any test date puts every step in one bucket, so the order is by due date alone.
	return agendaOf(notes, "2000-01-01", settings).rows.map(
		(row) => `${row.step} ${row.due}${row.deadline === row.due ? "" : `..${row.deadline}`}`,
	);
}
