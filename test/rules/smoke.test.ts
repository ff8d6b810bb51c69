import { buildAgenda, DEFAULT_SETTINGS, dayFromParts, formatIsoDay } from "../../src/rules";

test("smoke", () => {
	const today = dayFromParts(2026, 11, 27)!;
	const agenda = buildAgenda([{ path: "Interviews/Acme.md", frontmatter: { date: "2026-11-20", outcome: "well", company: "Acme", interviewer: "[[People/Jane Doe|Jane]]" } }], today, DEFAULT_SETTINGS);
	expect(agenda.items.map((i) => [i.step, formatIsoDay(i.due), i.bucket, i.contact])).toEqual([
		["letter", "2026-11-21", "overdue", "Jane"], ["call", "2026-11-27", "due", "Jane"], ["check-in", "2026-12-18", "later", "Jane"]]);
});
