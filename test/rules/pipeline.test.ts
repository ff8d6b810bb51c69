import { buildAgenda, buildPipeline, DEFAULT_SETTINGS, Interview, NoteSource, parseInterviewNote, Pipeline, responseRatePhrase, Status } from "../../src/rules";
import { day } from "../builders/calendarDays";
import { interviewNote } from "../builders/interviewNote";

const TODAY = "2026-11-27";

function pipelineOf(notes: NoteSource[], today = TODAY): Pipeline {
	const interviews = notes.map((note) => parseInterviewNote(note).interview).filter((i): i is Interview => i !== null);
	const agenda = buildAgenda(notes, day(today), DEFAULT_SETTINGS);
	return buildPipeline(interviews, agenda, day(today));
}

/** Each group as `status: company, company`, empty groups left out, so a test reads as the pane does. */
function rows(pipeline: Pipeline): string[] {
	return pipeline.groups.filter((group) => group.threads.length > 0).map((group) => `${group.status}: ${group.threads.map((t) => t.company ?? t.latestNote).join(", ")}`);
}

describe("one row per company thread, as the rules group notes", () => {
	it("puts two meetings at the same company (any case, any kind) in one row, taken from the latest note", () => {
		const pipeline = pipelineOf([
			interviewNote().path("Interviews/Acme 1.md").date("2026-10-01").company("Acme").with("role", "Analyst").with("type", "coffee chat").build(),
			interviewNote().path("Interviews/Acme 2.md").date("2026-11-10").company(" acme ").with("role", "Senior analyst").status("responded").build(),
		]);
		expect(rows(pipeline)).toEqual(["responded: acme"]);
		const [thread] = pipeline.groups[1].threads;
		expect(thread).toMatchObject({ role: "Senior analyst", kind: "interview", status: "responded", latestNote: "Interviews/Acme 2.md", notes: 2 });
	});

	it("keeps a note without a company as a thread of its own", () => {
		const pipeline = pipelineOf([interviewNote().path("Interviews/a.md").without("company").build(), interviewNote().path("Interviews/b.md").without("company").build()]);
		expect(rows(pipeline)).toEqual(["waiting: Interviews/a.md, Interviews/b.md"]);
	});

	it("takes the role from the latest note that names one", () => {
		const pipeline = pipelineOf([
			interviewNote().path("Interviews/1.md").date("2026-10-01").with("role", "Analyst").build(),
			interviewNote().path("Interviews/2.md").date("2026-11-01").build(),
		]);
		expect(pipeline.groups[0].threads[0].role).toBe("Analyst");
	});
});

describe("last contact and how long ago", () => {
	it.each<[string, Record<string, unknown>, string, number]>([
		["the meeting", {}, "2026-11-20", 7],
		["a letter sent later", { letter_sent: "2026-11-21" }, "2026-11-21", 6],
		["a call", { called: "2026-11-25" }, "2026-11-25", 2],
		["a check-in", { check_ins: ["2026-11-26"] }, "2026-11-26", 1],
	])("counts from %s", (_what, extra, last, daysAgo) => {
		let builder = interviewNote();
		for (const [key, value] of Object.entries(extra)) builder = builder.with(key, value);
		const [thread] = pipelineOf([builder.build()]).groups[0].threads;
		expect(thread.lastContact).toBe(day(last));
		expect(thread.daysSinceContact).toBe(daysAgo);
	});
});

describe("the next step is the thread's most pressing open step", () => {
	it("is the overdue letter before the call due later", () => {
		const [thread] = pipelineOf([interviewNote().date("2026-11-20").build()]).groups[0].threads;
		expect(thread.next).toMatchObject({ step: "letter", bucket: "overdue" });
	});

	it("is the latest note's call, even when an older note of the thread had its letter sent", () => {
		const pipeline = pipelineOf([
			interviewNote().path("Interviews/1.md").date("2026-10-01").letterSent("2026-10-02").called("2026-10-08").build(),
			interviewNote().path("Interviews/2.md").date("2026-11-22").letterSent("2026-11-23").build(),
		]);
		expect(pipeline.groups[0].threads[0].next).toMatchObject({ note: "Interviews/2.md", step: "call", bucket: "upcoming" });
	});

	it("is nothing once the thread is closed", () => {
		const [thread] = pipelineOf([interviewNote().status("closed").build()]).groups[4].threads;
		expect(thread.next).toBeNull();
	});
});

describe("threads are grouped by status; the most pressing first", () => {
	it("lists every status in order, and within one the threads with the earliest next step first", () => {
		const note = (company: string, date: string, status: Status = "waiting") =>
			interviewNote().path(`Interviews/${company}.md`).company(company).date(date).status(status).letterSent(date).called(true).build();
		const pipeline = pipelineOf([
			note("Late", "2026-11-01"), note("Early", "2026-10-01"), note("Offer Co", "2026-11-01", "offer"), note("No", "2026-11-02", "rejected"), note("Gone", "2026-09-01", "closed"),
		]);
		expect(pipeline.groups.map((group) => group.status)).toEqual(["waiting", "responded", "offer", "rejected", "closed"]);
		expect(rows(pipeline)).toEqual(["waiting: Early, Late", "offer: Offer Co", "rejected: No", "closed: Gone"]);
	});

	it("orders threads with nothing open by the most recent contact", () => {
		const note = (company: string, date: string) => interviewNote().path(`Interviews/${company}.md`).company(company).date(date).status("offer").letterSent(date).build();
		expect(rows(pipelineOf([note("Old", "2026-09-01"), note("New", "2026-11-01")]))).toEqual(["offer: New, Old"]);
	});
});

describe("the response rate: threads that got any answer over threads with a job interview", () => {
	it.each<[string, Status[][], string]>([
		["none yet", [], "Response rate: no job interview yet"],
		["one waiting", [["waiting"]], "Response rate: 0 of 1 (0%)"],
		["responded, offer and rejected count as answers", [["responded"], ["offer"], ["rejected"], ["waiting"], ["closed"], ["waiting"], ["waiting"]], "Response rate: 3 of 7 (43%)"],
		["an answer on an earlier note of the thread counts", [["responded", "waiting"]], "Response rate: 1 of 1 (100%)"],
	])("%s", (_name, threads, expected) => {
		const notes = threads.flatMap((statuses, t) =>
			statuses.map((status, n) => interviewNote().path(`Interviews/${t}-${n}.md`).company(`Company ${t}`).date(`2026-11-0${n + 1}`).status(status).build()),
		);
		expect(responseRatePhrase(pipelineOf(notes))).toBe(expected);
	});

	it("leaves out threads of informational and advice meetings only", () => {
		const pipeline = pipelineOf([
			interviewNote().path("Interviews/a.md").company("A").with("type", "coffee chat").status("responded").build(),
			interviewNote().path("Interviews/b.md").company("B").status("waiting").build(),
		]);
		expect(responseRatePhrase(pipeline)).toBe("Response rate: 0 of 1 (0%)");
	});
});
