import { DEFAULT_SETTINGS, inlineTagsOf, isInterviewNote, StepVariant, MeetingKind, NoteSource, parseInterviewNote } from "../../src/rules";
import { agendaOf, stepsOf } from "../builders/agendaOf";
import { interviewNote, noteAt } from "../builders/interviewNote";

// SPEC.md section 1: after every meeting of a job search — information gathering, career advice or an open
// position — the candidate follows up. `type` says which kind of meeting a note records.

const parse = (note: NoteSource) => parseInterviewNote(note);
const kindOf = (type: unknown) => parse(interviewNote().with("type", type).build()).interview?.kind;

describe("the type of a note says which kind of meeting it records", () => {
	it.each<[unknown, MeetingKind]>([
		[undefined, "interview"],
		["interview", "interview"],
		["Job interview", "interview"],
		["job_interview", "interview"],
		["informational", "informational"],
		["Informational interview", "informational"],
		["informational-interview", "informational"],
		["information gathering", "informational"],
		["Networking", "informational"],
		["coffee chat", "informational"],
		["COFFEE_CHAT", "informational"],
		["advice", "advice"],
		["Career advice", "advice"],
		["career-advice", "advice"],
		["mentoring", "advice"],
	])("type %p is a meeting of kind %p", (type, kind) => {
		expect(kindOf(type)).toBe(kind);
	});

	it.each<[unknown]>([["lunch"], ["article-share"], [42], [["interview"]]])(
		"another type (%p) on a note in the interviews folder is a warning on type, and the note is read as a job interview",
		(type) => {
			const { interview, problems } = parse(interviewNote().with("type", type).build());
			expect(interview?.kind).toBe("interview");
			expect(problems).toEqual([expect.objectContaining({ field: "type", severity: "warning" })]);
			expect(problems[0].message).toContain("coffee chat");
		},
	);

	it.each([["informational interview"], ["Coffee chat"], ["mentoring"]])("type %p makes a note anywhere in the vault a meeting note", (type) => {
		expect(isInterviewNote(noteAt("Notes/Priya.md", { date: "2026-11-20", type }), DEFAULT_SETTINGS)).toBe(true);
	});

	it("an unknown type does not make a note outside the folder a meeting note", () => {
		expect(isInterviewNote(noteAt("Notes/Lunch.md", { date: "2026-11-20", type: "lunch" }), DEFAULT_SETTINGS)).toBe(false);
	});
});

describe("only a job interview has an outcome", () => {
	it.each<[string, unknown]>([
		["informational", undefined],
		["informational", "meh"],
		["advice", "poorly"],
	])("a %s meeting with outcome %p gets no outcome warning and no outcome", (type, outcome) => {
		const { interview, problems } = parse(interviewNote().with("type", type).outcome(outcome).build());
		expect(problems).toEqual([]);
		expect(interview?.outcome).toBeNull();
	});

	it("a job interview without an outcome still gets its warning, whatever its status", () => {
		const { problems } = parse(interviewNote().outcome(undefined).status("rejected").build());
		expect(problems.map((problem) => problem.field)).toEqual(["outcome"]);
	});
});

describe("the steps of a meeting depend on its kind", () => {
	it.each<[string, string[]]>([
		["interview", ["letter 2026-11-21", "introducer-thanks 2026-11-21", "call 2026-11-27", "check-in 2026-12-18..2027-01-01"]],
		["informational", ["letter 2026-11-21", "introducer-thanks 2026-11-21", "check-in 2026-12-18..2027-01-01"]],
		["advice", ["letter 2026-11-21", "introducer-thanks 2026-11-21", "check-in 2026-12-18..2027-01-01"]],
	])("a %s meeting has these steps (no call after an informational or advice meeting)", (type, steps) => {
		expect(stepsOf([interviewNote().with("type", type).introducer("Sam").build()])).toEqual(steps);
	});
});

describe("the letter fits the kind, the status and the outcome", () => {
	// A rejected job interview gets no thank-you after the no: its letter is the reply of the rejection-reply step.
	it.each<[string, unknown, unknown, string, StepVariant | null]>([
		["interview", "well", "waiting", "letter", "thank-you"],
		["interview", "poorly", "waiting", "letter", "recovery"],
		["interview", undefined, "waiting", "letter", null],
		["interview", "well", "responded", "letter", "thank-you"],
		["interview", "well", "rejected", "rejection-reply", "after-rejection"],
		["interview", "poorly", "rejected", "rejection-reply", "after-rejection"],
		["interview", undefined, "Rejected", "rejection-reply", "after-rejection"],
		["informational", undefined, "waiting", "letter", "meeting-thanks"],
		["coffee chat", "well", "rejected", "letter", "meeting-thanks"],
		["advice", undefined, "responded", "letter", "meeting-thanks"],
	])("a %s meeting, outcome %p, status %p: its letter is the %s step, variant %p", (type, outcome, status, step, variant) => {
		const { rows } = agendaOf([interviewNote().with("type", type).outcome(outcome).status(status).build()]);
		const letters = rows.filter((row) => row.step === "letter" || row.step === "rejection-reply");
		expect(letters.map((row) => [row.step, row.variant])).toEqual([[step, variant]]);
	});

	it("a rejected job interview keeps its check-ins, as the advice says: if not now, then in the future", () => {
		expect(stepsOf([interviewNote().status("rejected").letterSent("2026-11-21").rejectionReplied("2026-11-23").build()])).toEqual(["check-in 2026-12-21..2027-01-04"]);
	});
});

describe("threads hold meetings of every kind; the latest decides the call and the check-in", () => {
	const coffee = interviewNote().path("Networking/Acme coffee.md").with("type", "coffee chat").date("2026-10-01").letterSent("2026-10-02");
	const interview = interviewNote().path("Interviews/Acme.md").date("2026-11-20").letterSent("2026-11-21");

	it("a job interview after a coffee chat at the same company: the interview's call, one check-in", () => {
		const { rows } = agendaOf([coffee.build(), interview.build()], "2000-01-01");
		expect(rows.map((row) => `${row.note} ${row.step}`)).toEqual(["Interviews/Acme.md call", "Interviews/Acme.md check-in"]);
	});

	it("a coffee chat after a job interview at the same company: no call, the check-in counted from the chat", () => {
		const later = interviewNote().path("Networking/Acme coffee.md").with("type", "coffee chat").date("2026-11-25").letterSent("2026-11-26");
		expect(stepsOf([interview.build(), later.build()])).toEqual(["check-in 2026-12-24..2027-01-07"]);
	});
});

describe("everyone met is a contact: a panel, or contact when there is no interviewer", () => {
	it.each<[string, unknown, unknown, string[]]>([
		["one interviewer", "Jane Doe", undefined, ["Jane Doe"]],
		["a panel", ["[[People/Jane Doe|Jane]]", "Omar", "[[People/Li Wei]]"], undefined, ["Jane", "Omar", "Li Wei"]],
		["empty entries left out", ["", null, "Omar", "  "], undefined, ["Omar"]],
		["contact when interviewer is missing", undefined, "Priya", ["Priya"]],
		["contact when interviewer is empty", "", ["Priya", "Sam"], ["Priya", "Sam"]],
		["contact when interviewer is an empty list", [], "[[People/Priya Shah]]", ["Priya Shah"]],
		["interviewer before contact", "Jane", "Priya", ["Jane"]],
		["no one", undefined, undefined, []],
	])("%s", (_, interviewer, contact, contacts) => {
		const { rows, agenda } = agendaOf([interviewNote().interviewer(interviewer).with("contact", contact).build()]);
		const letter = agenda.items.find((item) => item.step === "letter");
		expect(letter?.contacts).toEqual(contacts);
		expect(rows.find((row) => row.step === "letter")?.contact).toBe(contacts[0] ?? null);
	});

	it("the introducer's thanks goes to the first introducer alone", () => {
		const { agenda } = agendaOf([interviewNote().interviewer(["Jane", "Omar"]).introducer(["Sam", "Priya"]).build()]);
		expect(agenda.items.find((item) => item.step === "introducer-thanks")?.contacts).toEqual(["Sam"]);
	});

	it("the call and the check-in carry the latest note's people", () => {
		const { agenda } = agendaOf([interviewNote().interviewer(["Jane", "Omar"]).build()]);
		expect(agenda.items.filter((item) => item.step !== "letter").map((item) => item.contacts)).toEqual([["Jane", "Omar"], ["Jane", "Omar"]]);
	});
});

describe("a tag written in the body counts as Obsidian reads it", () => {
	it.each<[string, string, string[]]>([
		["a tag at the start of a line", "#interview with Jane", ["#interview"]],
		["a tag after a space", "Met Jane #interview", ["#interview"]],
		["a nested tag", "Notes #interview/onsite here", ["#interview/onsite"]],
		["several tags", "#job #interview", ["#job", "#interview"]],
		["a tag in a list item", "- #interview", ["#interview"]],
		["a heading is not a tag", "# Interview at Acme", []],
		["a hash glued to a word is not a tag", "C#interview and a#b", []],
		["only digits is not a tag", "Ticket #2026 and #1/2", []],
		["inside inline code it does not count", "Use `#interview` to tag", []],
		["inside double-backtick code it does not count", "See ``a `#interview` b`` here", []],
		["inside a fenced code block it does not count", "```\n#interview\n```\nafter", []],
		["inside a tilde fence it does not count", "~~~md\n#interview\n~~~", []],
		["after a fence closes it counts again", "```\ncode\n```\n#interview", ["#interview"]],
		["a fence opened by more backticks closes only with as many", "````\n```\n#interview\n````\n#done", ["#done"]],
		["letters of any script", "#собеседование", ["#собеседование"]],
		["a link's section is not a tag", "[[Acme#interview]]", []],
	])("%s", (_, body, tags) => {
		expect(inlineTagsOf(body)).toEqual(tags);
	});

	it("a note tagged #interview in its body is a meeting note wherever it lies", () => {
		expect(isInterviewNote({ path: "Journal/Call.md", frontmatter: { date: "2026-11-20" }, inlineTags: ["#Interview/phone"] }, DEFAULT_SETTINGS)).toBe(true);
		expect(isInterviewNote({ path: "Journal/Call.md", frontmatter: { date: "2026-11-20" }, inlineTags: ["#interviews"] }, DEFAULT_SETTINGS)).toBe(false);
	});

	it("a note tagged in its body without frontmatter is never dropped: it gets an error on date that says to add one", () => {
		const note: NoteSource = { path: "Journal/Call.md", frontmatter: null, inlineTags: ["#interview"] };
		const { agenda } = agendaOf([note]);
		expect(agenda.items).toEqual([]);
		expect(agenda.problems).toEqual([expect.objectContaining({ note: "Journal/Call.md", field: "date", severity: "error" })]);
		expect(agenda.problems[0].message).toContain("date: YYYY-MM-DD");
	});

	it("a note tagged in its body whose frontmatter cannot be read gets an error on frontmatter", () => {
		const note: NoteSource = { path: "Journal/Call.md", frontmatter: null, frontmatterError: "bad indentation", inlineTags: ["#interview"] };
		expect(agendaOf([note]).agenda.problems.map((problem) => problem.field)).toEqual(["frontmatter"]);
	});

	it("templates and article shares stay out even when tagged in the body", () => {
		for (const path of ["Templates/Interview follow-up/interview.md", "Follow-ups/Share.md"]) {
			expect(isInterviewNote({ path, frontmatter: null, inlineTags: ["#interview"] }, DEFAULT_SETTINGS)).toBe(false);
		}
	});
});
