import fc from "fast-check";
import {
	AgendaItem, BUCKETS, buildAgenda, CalendarDay, dayFromParts, FollowUpSettings, isInterviewNote, NoteSource,
	parseInterviewNote, readSettings, STEP_ORDER,
} from "../../src/rules";

// SPEC.md section 4: "every note that is an interview note either yields steps or an error". Precisely:
// parseInterviewNote gives an interview (which the agenda schedules; it may legitimately have no open steps,
// e.g. closed, or an offer with the letter sent) or an `error` problem — never neither, never both.

const dateText = fc.oneof(
	fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
		([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
	),
	fc.tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 60 }), fc.constantFrom("", "Z", "+05:00", "-0800", "+14", " ", ":30")).map(
		([y, m, d, h, min, zone]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}${h % 2 ? "T" : " "}${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}${zone}`,
	),
	fc.constantFrom("20261120", "2026-02-30", "soon", "", "  ", "2028-02-29", "2027-02-29"),
);
// Real dates, as Obsidian (text) or gray-matter (a Date at UTC midnight) gives them, so many notes get scheduled.
const goodDate = fc
	.date({ min: new Date(Date.UTC(2025, 0, 1)), max: new Date(Date.UTC(2028, 11, 31)), noInvalidDate: true })
	.chain((date) => fc.constantFrom(date.toISOString().slice(0, 10), new Date(date.toISOString().slice(0, 10))));
const dateValue = fc.oneof(dateText, fc.date(), fc.constant(new Date(Number.NaN)), fc.boolean(), fc.integer(), fc.constant(null));
const linkText = fc.oneof(fc.string(), fc.constantFrom("[[People/Jane Doe|Jane]]", "[[People/Jane Doe]]", "[[Jane.md]]", "[[|]]", "[[]]", "[x](y)"));
const anything = fc.oneof(fc.jsonValue(), dateValue, fc.array(dateValue, { maxLength: 4 }), fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }));

const frontmatter: fc.Arbitrary<Record<string, unknown>> = fc.record(
	{
		date: fc.oneof({ weight: 6, arbitrary: goodDate }, { weight: 2, arbitrary: dateValue }, { weight: 1, arbitrary: anything }),
		outcome: fc.oneof(fc.constantFrom("well", "Went_Well", "bombed", "POOR", "meh"), anything),
		status: fc.oneof(fc.constantFrom("waiting", "responded", "Offer", "rejected", "closed", "hired"), anything),
		company: fc.oneof({ weight: 3, arbitrary: fc.constantFrom("Acme", " acme ", "[[Companies/Acme]]", "Globex") }, { weight: 1, arbitrary: linkText }, { weight: 1, arbitrary: anything }),
		interviewer: fc.oneof(linkText, fc.array(linkText, { maxLength: 3 }), anything),
		introducer: fc.oneof(linkText, fc.array(linkText, { maxLength: 3 }), anything),
		letter_sent: fc.oneof(goodDate, dateValue, anything),
		introducer_thanked: fc.oneof(goodDate, dateValue, anything),
		called: fc.oneof(goodDate, dateValue, anything),
		check_ins: fc.oneof(fc.array(fc.oneof(goodDate, dateValue), { maxLength: 5 }), dateValue, anything),
		snoozed_until: fc.oneof(goodDate, dateValue, anything),
		tags: fc.oneof(fc.constantFrom("interview", "#Interview/round-2", "job, interview", "job"), fc.array(fc.constantFrom("interview", "#INTERVIEW", "x", 3)), anything),
		type: fc.oneof(fc.constantFrom("interview", "Interview", "article-share", "coffee chat", "Career_Advice", "informational-interview", "mentoring"), anything),
		contact: fc.oneof(linkText, fc.array(linkText, { maxLength: 3 })),
	},
	{ requiredKeys: ["date"] },
);

const path = fc.tuple(
	fc.constantFrom("Interviews/", "Interviews/", "Interviews/", "Interviews/2026/", "Notes/", "", "Templates/Interview follow-up/", "Follow-ups/", ".trash/", ".config/"),
	fc.string({ minLength: 1, maxLength: 6 }).map((name) => name.replace(/\//g, "_")),
	fc.constantFrom(".md", ".MD", ".png", ""),
).map(([folder, name, extension]) => `${folder}${name}${extension}`);

const inlineTags = fc.array(fc.constantFrom("#interview", "#Interview/panel", "#job", "#interviews"), { maxLength: 2 });

const note: fc.Arbitrary<NoteSource> = fc.oneof(
	{ weight: 8, arbitrary: fc.record({ path, frontmatter, inlineTags }, { requiredKeys: ["path", "frontmatter"] }) },
	{ weight: 1, arbitrary: fc.record({ path, frontmatter: fc.constant(null), inlineTags }, { requiredKeys: ["path", "frontmatter"] }) },
	{ weight: 1, arbitrary: fc.record({ path, frontmatter: fc.constant(null), frontmatterError: fc.string(), inlineTags }, { requiredKeys: ["path", "frontmatter", "frontmatterError"] }) },
);

const settings: fc.Arbitrary<FollowUpSettings> = fc
	.record(
		{
			horizonDays: fc.integer({ min: -2, max: 40 }),
			letterDelayDays: fc.integer({ min: 0, max: 10 }),
			callDelayDays: fc.integer({ min: 0, max: 10 }),
			checkInMinDays: fc.integer({ min: 0, max: 60 }),
			checkInMaxDays: fc.integer({ min: 0, max: 60 }),
			interviewsFolder: fc.constantFrom("Interviews", "", "Notes"),
		},
		{ requiredKeys: [] },
	)
	.map((stored) => readSettings(stored).settings);

const today: fc.Arbitrary<CalendarDay> = fc.integer({ min: 0, max: 365 * 3 }).map((offset) => (dayFromParts(2026, 1, 1) as number) + offset);
const notes = fc.uniqueArray(note, { maxLength: 12, selector: (n) => n.path });

/** Agenda order, stated independently of the engine: bucket, then deadline (overdue, due) or due (the rest), path, step. */
function inOrder(a: AgendaItem, b: AgendaItem): boolean {
	const pressing = (item: AgendaItem) => item.bucket === "overdue" || item.bucket === "due";
	const key = (item: AgendaItem) => [BUCKETS.indexOf(item.bucket), pressing(item) ? item.deadline : item.due] as const;
	const [ka, kb] = [key(a), key(b)];
	if (ka[0] !== kb[0]) return ka[0] < kb[0];
	if (ka[1] !== kb[1]) return ka[1] < kb[1];
	if (a.note !== b.note) return a.note < b.note;
	return STEP_ORDER[a.step] <= STEP_ORDER[b.step];
}

describe("for any vault, the engine never throws and drops nothing (SPEC.md section 4)", () => {
	it("builds an agenda where every interview note yields an interview or an error, and every item is well placed", () => {
		fc.assert(
			fc.property(notes, today, settings, (vault, day, config) => {
				const agenda = buildAgenda(vault, day, config);
				const interviewPaths = new Set<string>();
				for (const source of vault) {
					if (!isInterviewNote(source, config)) {
						expect(agenda.problems.filter((problem) => problem.note === source.path)).toEqual([]);
						continue;
					}
					const { interview, problems } = parseInterviewNote(source);
					const hasError = problems.some((problem) => problem.severity === "error");
					expect(interview !== null).toBe(!hasError);
					const listed = agenda.problems.filter((problem) => problem.note === source.path);
					expect(listed).toHaveLength(problems.length);
					expect(listed).toEqual(expect.arrayContaining(problems));
					if (interview) interviewPaths.add(source.path);
				}
				for (const item of agenda.items) {
					expect(interviewPaths.has(item.note)).toBe(true);
					expect(item.due).toBeLessThanOrEqual(item.deadline);
				}
				for (let i = 1; i < agenda.items.length; i++) expect(inOrder(agenda.items[i - 1], agenda.items[i])).toBe(true);
			}),
			{ numRuns: 400 },
		);
	});

	it("gives each thread at most one call and one check-in, and a lone open note always its check-in", () => {
		fc.assert(
			fc.property(notes, today, settings, (vault, day, config) => {
				const agenda = buildAgenda(vault, day, config);
				for (const kind of ["call", "check-in"] as const) {
					const threads = agenda.items.filter((item) => item.step === kind).map((item) => item.company?.toLowerCase() ?? `note:${item.note}`);
					expect(new Set(threads).size).toBe(threads.length);
				}
				const lone = vault
					.filter((source) => isInterviewNote(source, config))
					.map((source) => parseInterviewNote(source).interview)
					.filter((interview) => interview !== null && interview.company === null && interview.status !== "offer" && interview.status !== "closed");
				for (const interview of lone) {
					expect(agenda.items.filter((item) => item.note === interview?.path && item.step === "check-in")).toHaveLength(1);
				}
			}),
			{ numRuns: 200 },
		);
	});
});
