import { DEFAULT_SETTINGS } from "../../src/rules";
import { agendaOf, stepsOf } from "../builders/agendaOf";
import { interviewNote, InterviewNoteBuilder } from "../builders/interviewNote";

// SPEC.md section 2: the reply after a rejection is a step of its own, `rejection-reply` (variant
// `after-rejection`), on the thread's latest note when it is a job interview with status rejected and
// `rejection_replied` not done — whether or not a thank-you went out. It is due R + 1, R being the note's
// `rejected_on` when it is a date, else the thread's last contact L. No thank-you after a no: a rejected job
// interview has no `letter` step.

// Interview on 2026-11-20 (the builder's default), went well, Acme, Jane Doe.
const rejected = () => interviewNote().status("rejected");
const only = (builder: InterviewNoteBuilder, step: string) => stepsOf([builder.build()]).filter((line) => line.startsWith(`${step} `));

describe("the reply after a rejection is open while the note is a rejected job interview and no reply is logged", () => {
	it.each<[string, InterviewNoteBuilder, boolean]>([
		["rejected, nothing done", rejected(), true],
		["rejected after a thank-you (letter_sent a date)", rejected().letterSent("2026-11-21"), true],
		["rejected after a thank-you (letter_sent true)", rejected().letterSent(true), true],
		["rejected after a call", rejected().called("2026-11-27"), true],
		["rejected, status written in capitals", interviewNote().status("Rejected"), true],
		["rejected after a poor interview", rejected().outcome("poorly"), true],
		["rejected, outcome unknown", rejected().outcome(undefined), true],
		["rejection_replied false", rejected().rejectionReplied(false), true],
		["rejection_replied empty", rejected().rejectionReplied(""), true],
		["replied (a date)", rejected().rejectionReplied("2026-11-28"), false],
		["replied (true)", rejected().rejectionReplied(true), false],
		["replied, unreadable (treated as done)", rejected().rejectionReplied("yes"), false],
		["status waiting", interviewNote().status("waiting"), false],
		["status responded", interviewNote().status("responded"), false],
		["status offer", interviewNote().status("offer"), false],
		["status closed", interviewNote().status("closed"), false],
		["an unknown status (read as waiting)", interviewNote().status("turned down"), false],
		["an informational interview, rejected", rejected().with("type", "informational"), false],
		["a coffee chat, rejected", rejected().with("type", "coffee chat"), false],
		["an advice meeting, rejected", rejected().with("type", "advice"), false],
		["a job interview by type, rejected", rejected().with("type", "job interview"), true],
	])("%s: open %p", (_, builder, open) => {
		expect(only(builder, "rejection-reply")).toHaveLength(open ? 1 : 0);
	});

	it.each<[string, InterviewNoteBuilder, string[]]>([
		["a rejected job interview: the reply, never a thank-you after the no", rejected(), ["rejection-reply", "check-in"]],
		["the same when the thank-you was sent", rejected().letterSent("2026-11-21"), ["rejection-reply", "check-in"]],
		["with an introducer: still thanked", rejected().introducer("Sam"), ["rejection-reply", "introducer-thanks", "check-in"]],
		["replied: the check-ins go on", rejected().rejectionReplied("2026-11-28"), ["check-in"]],
		["a rejected coffee chat keeps its thanks for the meeting", rejected().with("type", "coffee chat"), ["letter", "check-in"]],
	])("%s: %j", (_, builder, steps) => {
		const { rows } = agendaOf([builder.build()], "2026-11-27");
		expect(rows.map((row) => row.step)).toEqual(expect.arrayContaining(steps));
		expect(rows.map((row) => row.step).sort()).toEqual([...steps].sort());
	});

	it("has variant after-rejection, is addressed to the first person met, and lists every contact", () => {
		const { agenda } = agendaOf([rejected().interviewer(["[[People/Nina Sharp|Nina]]", "Walter"]).company("Massive Dynamic").build()]);
		const reply = agenda.items.find((item) => item.step === "rejection-reply");
		expect(reply).toEqual(expect.objectContaining({ variant: "after-rejection", kind: "interview", contact: "Nina", contacts: ["Nina", "Walter"], company: "Massive Dynamic" }));
	});
});

describe("it is due the day after rejected_on, or after the last contact when rejected_on is not a date", () => {
	it.each<[string, InterviewNoteBuilder, string]>([
		["rejected_on a date: R = rejected_on", rejected().rejectedOn("2026-11-25"), "rejection-reply 2026-11-26"],
		["rejected_on before the last contact still counts: R = rejected_on", rejected().letterSent("2026-11-24").rejectedOn("2026-11-22"), "rejection-reply 2026-11-23"],
		["rejected_on a date-time: its local day", rejected().rejectedOn("2026-11-25T16:30"), "rejection-reply 2026-11-26"],
		["no rejected_on: R = L = d", rejected(), "rejection-reply 2026-11-21"],
		["no rejected_on: R = L = letter_sent", rejected().letterSent("2026-11-23"), "rejection-reply 2026-11-24"],
		["no rejected_on: R = L = called", rejected().letterSent("2026-11-21").called("2026-11-27"), "rejection-reply 2026-11-28"],
		["no rejected_on: R = L = the latest check-in", rejected().checkIns(["2026-12-20", "2026-12-01"]), "rejection-reply 2026-12-21"],
		["rejected_on not a date: ignored, R = L", rejected().letterSent("2026-11-23").rejectedOn("last week"), "rejection-reply 2026-11-24"],
		["rejected_on true: ignored, R = L", rejected().rejectedOn(true), "rejection-reply 2026-11-21"],
		["rejected_on empty: R = L", rejected().rejectedOn(""), "rejection-reply 2026-11-21"],
	])("%s", (_, builder, expected) => {
		expect(only(builder, "rejection-reply")).toEqual([expected]);
	});

	it("waits the letter delay of the settings after R", () => {
		const settings = { ...DEFAULT_SETTINGS, letterDelayDays: 2 };
		expect(stepsOf([rejected().rejectedOn("2026-11-25").build()], settings).filter((line) => line.startsWith("rejection-reply"))).toEqual(["rejection-reply 2026-11-27"]);
	});

	it.each<[string, string, string]>([
		["a snooze past the due date moves it there", "2026-12-01", "rejection-reply 2026-12-01"],
		["a snooze before the due date changes nothing", "2026-11-24", "rejection-reply 2026-11-26"],
		["a snooze on the due date changes nothing", "2026-11-26", "rejection-reply 2026-11-26"],
	])("%s", (_, until, expected) => {
		expect(only(rejected().rejectedOn("2026-11-25").snoozedUntil(until), "rejection-reply")).toEqual([expected]);
	});

	it.each<[string, string, string]>([
		["overdue the day after its due date", "2026-11-27", "overdue"],
		["due on its day", "2026-11-26", "due"],
		["upcoming before", "2026-11-20", "upcoming"],
	])("%s (%s)", (_, today, bucket) => {
		const { rows } = agendaOf([rejected().rejectedOn("2026-11-25").build()], today);
		expect(rows.find((row) => row.step === "rejection-reply")?.bucket).toBe(bucket);
	});
});

describe("in a thread, the latest note decides the reply", () => {
	const first = interviewNote().path("Interviews/Acme 1.md").date("2026-10-01").letterSent("2026-10-02").interviewer("Jane");
	const second = interviewNote().path("Interviews/Acme 2.md").date("2026-11-02").letterSent("2026-11-03").interviewer("Omar");

	it.each<[string, InterviewNoteBuilder[], string[]]>([
		["the latest note rejected: its reply, due after the thread's last contact", [first, second.status("rejected")], ["Interviews/Acme 2.md rejection-reply 2026-11-04"]],
		["an earlier note rejected, the latest still waiting: no reply", [interviewNote().path("Interviews/Acme 1.md").date("2026-10-01").status("rejected"), interviewNote().path("Interviews/Acme 2.md").date("2026-11-02")], []],
		["both rejected: one reply, the latest's", [interviewNote().path("Interviews/Acme 1.md").date("2026-10-01").status("rejected"), interviewNote().path("Interviews/Acme 2.md").date("2026-11-02").status("rejected")], ["Interviews/Acme 2.md rejection-reply 2026-11-03"]],
		["the latest rejected, an earlier note's call is the last contact", [interviewNote().path("Interviews/Acme 1.md").date("2026-10-01").called("2026-11-10"), interviewNote().path("Interviews/Acme 2.md").date("2026-11-02").status("rejected")], ["Interviews/Acme 2.md rejection-reply 2026-11-11"]],
		["a reply logged on an earlier note counts as the last contact, not as the latest's reply", [interviewNote().path("Interviews/Acme 1.md").date("2026-10-01").rejectionReplied("2026-11-12"), interviewNote().path("Interviews/Acme 2.md").date("2026-11-02").status("rejected")], ["Interviews/Acme 2.md rejection-reply 2026-11-13"]],
		["the latest rejected, a coffee chat later in the thread decides: no reply", [interviewNote().path("Interviews/Acme 1.md").date("2026-10-01").status("rejected"), interviewNote().path("Networking/Acme chat.md").date("2026-11-02").with("type", "coffee chat")], []],
	])("%s", (_, builders, expected) => {
		const { rows } = agendaOf(builders.map((builder) => builder.build()), "2026-11-27");
		expect(rows.filter((row) => row.step === "rejection-reply").map((row) => `${row.note} ${row.step} ${row.due}`)).toEqual(expected);
	});

	it("an earlier rejected job interview of the thread gets no thank-you either", () => {
		const { rows } = agendaOf([interviewNote().path("Interviews/Acme 1.md").date("2026-10-01").status("rejected").build(), interviewNote().path("Interviews/Acme 2.md").date("2026-11-02").build()]);
		expect(rows.filter((row) => row.step === "letter").map((row) => row.note)).toEqual(["Interviews/Acme 2.md"]);
	});
});

describe("the reply comes in step order after the letter: letter, rejection-reply, introducer-thanks, call, check-in", () => {
	it("a reply and an introducer's thanks due the same day list the reply first", () => {
		const { rows } = agendaOf([rejected().rejectedOn("2026-11-20").introducer("Sam").build()], "2026-11-27");
		expect(rows.map((row) => `${row.step} ${row.due}`)).toEqual(["rejection-reply 2026-11-21", "introducer-thanks 2026-11-21", "check-in 2026-12-18"]);
	});
});
