import { actionPhrase, agoPhrase, Bucket, callReasonPhrase, BUCKET_TITLES, LetterVariant, Step, StepKind, whenPhrase } from "../../src/rules";
import { day } from "../builders/calendarDays";
import { interviewNote } from "../builders/interviewNote";
import { agendaOf } from "../builders/agendaOf";

function step(kind: StepKind, variant: LetterVariant | null, contact: string | null, company: string | null): Step {
	return {
		note: "Interviews/Acme.md", step: kind, variant, kind: "interview", meeting: "interview", due: 0, deadline: 0, company, contact,
		contacts: contact === null ? [] : [contact], role: null,
	};
}

describe("the action phrase says what to do, to whom, at which company", () => {
	it.each<[StepKind, LetterVariant | null, string | null, string | null, string]>([
		["letter", "thank-you", "Jane", "Acme", "Send thank-you letter to Jane at Acme"],
		["letter", "recovery", "Hank", "Globex", "Send recovery letter to Hank at Globex"],
		["letter", null, "Jane", "Acme", "Send follow-up letter to Jane at Acme"],
		["letter", "thank-you", null, "Acme", "Send thank-you letter to the interviewer at Acme"],
		["letter", "thank-you", "Jane", null, "Send thank-you letter to Jane"],
		["letter", null, null, null, "Send follow-up letter to the interviewer"],
		["introducer-thanks", null, "Sam", "Acme", "Thank Sam for the introduction to Acme"],
		["introducer-thanks", null, null, "Acme", "Thank your introducer for the introduction to Acme"],
		["introducer-thanks", null, "Sam", null, "Thank Sam for the introduction"],
		["call", null, "Jane", "Acme", "Call Jane at Acme — no answer in a week"],
		["call", null, null, null, "Call the interviewer — no answer in a week"],
		["check-in", null, "Jane", "Acme", "Share something with Jane at Acme"],
		["check-in", null, null, "Acme", "Share something with the interviewer at Acme"],
	])("%s (%s) to %s at %s: %p", (kind, variant, contact, company, expected) => {
		expect(actionPhrase(step(kind, variant, contact, company))).toBe(expected);
	});

	it.each<[number, string]>([
		[7, "Call Jane at Acme — no answer in a week"],
		[14, "Call Jane at Acme — no answer in two weeks"],
		[10, "Call Jane at Acme — no answer in 10 days"],
		[1, "Call Jane at Acme — no answer in a day"],
	])("the call says how long it waited: a call delay of %i days reads %p", (delay, expected) => {
		expect(actionPhrase(step("call", null, "Jane", "Acme"), delay)).toBe(expected);
	});

	it("leaves the wait out when asked (the sidebar says it in the muted line), and says it on its own", () => {
		expect(actionPhrase(step("call", null, "Jane", "Acme"), null)).toBe("Call Jane at Acme");
		expect(actionPhrase(step("letter", "thank-you", "Jane", "Acme"), null)).toBe("Send thank-you letter to Jane at Acme");
		expect(callReasonPhrase(14)).toBe("no answer in two weeks");
	});

	it("reads a whole note into the phrases of its steps", () => {
		const { agenda } = agendaOf([
			interviewNote().outcome("bombed").company("[[Companies/Globex]]").interviewer("[[People/Hank Scorpio|Hank]]").introducer("Sam").build(),
		]);
		expect(agenda.items.map((item) => actionPhrase(item))).toEqual([
			"Send recovery letter to Hank at Globex",
			"Thank Sam for the introduction to Globex",
			"Call Hank at Globex — no answer in a week",
			"Share something with Hank at Globex",
		]);
	});
});

describe("the phrase fits each kind of meeting and each case", () => {
	const letterPhrase = (builder: ReturnType<typeof interviewNote>) =>
		agendaOf([builder.build()]).agenda.items.filter((item) => item.step === "letter").map((item) => actionPhrase(item))[0];

	it.each<[string, ReturnType<typeof interviewNote>, string]>([
		["a coffee chat", interviewNote().with("type", "coffee chat").interviewer(undefined).with("contact", "Priya"), "Thank Priya for the coffee chat"],
		["an informational interview", interviewNote().with("type", "informational").interviewer("Priya"), "Thank Priya for the informational interview"],
		["a networking meeting", interviewNote().with("type", "networking").interviewer("Priya"), "Thank Priya for the conversation"],
		["a career-advice meeting", interviewNote().with("type", "career advice").interviewer("Sam"), "Thank Sam for the advice"],
		["a mentoring meeting", interviewNote().with("type", "mentoring").interviewer("Sam"), "Thank Sam for the mentoring"],
		["a panel of two", interviewNote().interviewer(["Jane", "Omar"]), "Send thank-you letters to Jane and Omar at Acme"],
		["a panel of three", interviewNote().interviewer(["Jane", "Omar", "Li"]), "Send thank-you letters to Jane, Omar and Li at Acme"],
		["a panel of five", interviewNote().interviewer(["Jane", "Omar", "Li", "Ana", "Bo"]), "Send thank-you letters to Jane, Omar and 3 others at Acme"],
		["a meeting with no one named", interviewNote().with("type", "coffee chat").interviewer(undefined), "Thank your contact for the coffee chat"],
	])("%s: %p", (_, builder, expected) => {
		expect(letterPhrase(builder)).toBe(expected);
	});

	it.each<[string, ReturnType<typeof interviewNote>, string]>([
		["a rejection", interviewNote().status("rejected").company("Massive Dynamic").interviewer("Nina"), "Reply to Nina at Massive Dynamic after the rejection"],
		["a rejection after a thank-you", interviewNote().status("rejected").letterSent("2026-11-21").company("Globex").interviewer("Hank"), "Reply to Hank at Globex after the rejection"],
		["a panel's rejection: one letter, to the first person met", interviewNote().status("rejected").interviewer(["Jane", "Omar"]), "Reply to Jane at Acme after the rejection"],
		["a rejection with no one named", interviewNote().status("rejected").interviewer(undefined), "Reply to the interviewer at Acme after the rejection"],
		["a rejection with no company", interviewNote().status("rejected").company(undefined).interviewer("Hank"), "Reply to Hank after the rejection"],
	])("%s: %p", (_, builder, expected) => {
		const items = agendaOf([builder.build()]).agenda.items;
		expect(items.filter((item) => item.step === "letter")).toEqual([]);
		expect(items.filter((item) => item.step === "rejection-reply").map((item) => actionPhrase(item))).toEqual([expected]);
	});

	it("a panel's call and check-in name the first person, whom the candidate calls", () => {
		const { agenda } = agendaOf([interviewNote().interviewer(["Jane", "Omar"]).build()]);
		expect(agenda.items.filter((item) => item.step !== "letter").map((item) => actionPhrase(item))).toEqual([
			"Call Jane at Acme — no answer in a week",
			"Share something with Jane at Acme",
		]);
	});
});

describe("the when phrase says where a step stands relative to today", () => {
	const T = day("2026-11-27");
	it.each<[Bucket, string, string, string]>([
		["overdue", "2026-11-25", "2026-11-26", "1 day overdue"],
		["overdue", "2026-11-20", "2026-11-21", "6 days overdue"],
		["due", "2026-11-27", "2026-11-27", "due today"],
		["due", "2026-11-13", "2026-11-27", "due today"],
		["due", "2026-11-20", "2026-12-02", "due by Dec 2"],
		["due", "2026-12-20", "2027-01-03", "due by Jan 3, 2027"],
		["upcoming", "2026-11-28", "2026-11-28", "tomorrow"],
		["upcoming", "2026-12-02", "2026-12-16", "in 5 days"],
		["later", "2026-12-25", "2027-01-08", "in 28 days"],
	])("%s, due %s, deadline %s: %p", (bucket, due, deadline, expected) => {
		expect(whenPhrase({ bucket, due: day(due), deadline: day(deadline) }, T)).toBe(expected);
	});

	it("reads as the issue's example for a whole note", () => {
		const { agenda } = agendaOf(
			[interviewNote().outcome("poorly").company("Globex").interviewer("Hank").date("2026-11-25").build()],
			"2026-11-27",
		);
		const letter = agenda.items.find((item) => item.step === "letter");
		expect(letter && `${actionPhrase(letter)} — ${whenPhrase(letter, agenda.today)}`).toBe(
			"Send recovery letter to Hank at Globex — 1 day overdue",
		);
	});
});

describe("the ago phrase says how long ago a day was", () => {
	const T = day("2026-11-27");
	it.each<[string, string]>([
		["2026-11-27", "today"],
		["2026-11-26", "yesterday"],
		["2026-11-15", "12 days ago"],
		["2026-11-28", "tomorrow"],
		["2026-11-30", "in 3 days"],
	])("%s: %p", (when, expected) => {
		expect(agoPhrase(day(when), T)).toBe(expected);
	});
});

describe("the agenda's sections have sentence-case titles", () => {
	it("titles every bucket", () => {
		expect(BUCKET_TITLES).toEqual({ overdue: "Overdue", due: "Due now", upcoming: "Coming up", later: "Later" });
	});
});
