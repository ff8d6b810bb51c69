import { DEFAULT_SETTINGS } from "../../src/rules";
import { interviewNote, InterviewNoteBuilder } from "../builders/interviewNote";
import { agendaOf, stepsOf } from "../builders/agendaOf";

// Interview on 2026-11-20 (the builder's default), no introducer, nothing done yet, status waiting.
const steps = (builder: InterviewNoteBuilder, settings = DEFAULT_SETTINGS) => stepsOf([builder.build()], settings);

describe("each step is due a fixed number of days after the interview", () => {
	it("with the defaults: letter and introducer thanks d+1, call d+7, check-in d+28 to d+42", () => {
		expect(steps(interviewNote().introducer("Sam"))).toEqual([
			"letter 2026-11-21",
			"introducer-thanks 2026-11-21",
			"call 2026-11-27",
			"check-in 2026-12-18..2027-01-01",
		]);
	});

	it("with custom delays from the settings", () => {
		const settings = { ...DEFAULT_SETTINGS, letterDelayDays: 2, introducerDelayDays: 3, callDelayDays: 10, checkInMinDays: 21, checkInMaxDays: 35 };
		expect(steps(interviewNote().introducer("Sam"), settings)).toEqual([
			"letter 2026-11-22",
			"introducer-thanks 2026-11-23",
			"call 2026-11-30",
			"check-in 2026-12-11..2026-12-25",
		]);
	});

	it("with zero-day delays: everything due on the interview day, the check-in window one day long", () => {
		const settings = { ...DEFAULT_SETTINGS, letterDelayDays: 0, introducerDelayDays: 0, callDelayDays: 0, checkInMinDays: 0, checkInMaxDays: 0 };
		expect(steps(interviewNote().introducer("Sam"), settings)).toEqual([
			"letter 2026-11-20",
			"introducer-thanks 2026-11-20",
			"call 2026-11-20",
			"check-in 2026-11-20",
		]);
	});
});

describe("the letter is a thank-you after a good interview, a recovery letter after a poor one", () => {
	it.each<[unknown, string | null]>([
		["well", "thank-you"],
		["great", "thank-you"],
		["poorly", "recovery"],
		["bombed", "recovery"],
		["so-so", null],
		[undefined, null],
	])("outcome %p gives variant %p; the other steps have none", (outcome, variant) => {
		const { rows } = agendaOf([interviewNote().outcome(outcome).introducer("Sam").build()]);
		expect(rows.map((row) => [row.step, row.variant])).toEqual(
			expect.arrayContaining([["letter", variant], ["introducer-thanks", null], ["call", null], ["check-in", null]]),
		);
	});
});

describe("which steps are open depends on status and on what is done", () => {
	it.each<[string, string[]]>([
		["waiting", ["letter", "introducer-thanks", "call", "check-in"]],
		["responded", ["letter", "introducer-thanks", "check-in"]],
		["rejected", ["rejection-reply", "introducer-thanks", "check-in"]],
		["offer", ["letter", "introducer-thanks"]],
		["closed", []],
		["unknown status (treated as waiting)", ["letter", "introducer-thanks", "call", "check-in"]],
	])("with status %s, nothing done: %j", (status, expected) => {
		const note = interviewNote().status(status.startsWith("unknown") ? "pending" : status).introducer("Sam");
		expect(steps(note).map((step) => step.split(" ")[0])).toEqual(expected);
	});

	it.each<[string, (b: InterviewNoteBuilder) => InterviewNoteBuilder, string[]]>([
		["letter sent (a date)", (b) => b.letterSent("2026-11-21"), ["introducer-thanks", "call", "check-in"]],
		["letter sent (true)", (b) => b.letterSent(true), ["introducer-thanks", "call", "check-in"]],
		["letter_sent unreadable (treated as done)", (b) => b.letterSent("yes"), ["introducer-thanks", "call", "check-in"]],
		["letter_sent false", (b) => b.letterSent(false), ["letter", "introducer-thanks", "call", "check-in"]],
		["introducer thanked", (b) => b.introducerThanked("2026-11-21"), ["letter", "call", "check-in"]],
		["introducer thanked (true)", (b) => b.introducerThanked(true), ["letter", "call", "check-in"]],
		["called", (b) => b.called("2026-11-27"), ["letter", "introducer-thanks", "check-in"]],
		["called (true)", (b) => b.called(true), ["letter", "introducer-thanks", "check-in"]],
		["called, but status responded", (b) => b.called(true).status("responded"), ["letter", "introducer-thanks", "check-in"]],
		["everything done, waiting", (b) => b.letterSent(true).introducerThanked(true).called(true), ["check-in"]],
		["everything done, offer", (b) => b.letterSent(true).introducerThanked(true).called(true).status("offer"), []],
		["letter and thanks not done, closed", (b) => b.status("closed"), []],
	])("with %s: %j", (_, arrange, expected) => {
		expect(steps(arrange(interviewNote().introducer("Sam"))).map((step) => step.split(" ")[0])).toEqual(expected);
	});
});

describe("the introducer is thanked only when the note names one", () => {
	it.each<[string, unknown, string[]]>([
		["a name", "Sam Lee", ["Sam Lee"]],
		["a link", "[[People/Sam Lee|Sam]]", ["Sam"]],
		["a list", ["[[People/Sam Lee]]", "Kim"], ["Sam Lee"]],
		["nothing", undefined, []],
		["an empty value", "", []],
		["an empty list", [], []],
	])("with introducer as %s", (_, introducer, contacts) => {
		const { rows } = agendaOf([interviewNote().introducer(introducer).build()]);
		expect(rows.filter((row) => row.step === "introducer-thanks").map((row) => row.contact)).toEqual(contacts);
	});

	it("addresses the other steps to the interviewer", () => {
		const { rows } = agendaOf([interviewNote().interviewer("[[People/Jane Doe|Jane]]").introducer("Sam").build()]);
		expect(rows.map((row) => [row.step, row.contact, row.company])).toEqual([
			["letter", "Jane", "Acme"],
			["introducer-thanks", "Sam", "Acme"],
			["call", "Jane", "Acme"],
			["check-in", "Jane", "Acme"],
		]);
	});
});

describe("the check-in counts 28 to 42 days from the last contact L, the latest of d, letter_sent, called, rejection_replied and check_ins", () => {
	it.each<[string, (b: InterviewNoteBuilder) => InterviewNoteBuilder, string]>([
		["nothing done: L = d", (b) => b, "check-in 2026-12-18..2027-01-01"],
		["letter sent later: L = letter_sent", (b) => b.letterSent("2026-11-23"), "check-in 2026-12-21..2027-01-04"],
		["called: L = called", (b) => b.letterSent("2026-11-21").called("2026-11-28"), "check-in 2026-12-26..2027-01-09"],
		["a check-in: L = that check-in", (b) => b.called("2026-11-28").checkIns(["2026-12-20"]), "check-in 2027-01-17..2027-01-31"],
		["several check-ins in any order: L = the latest", (b) => b.checkIns(["2027-01-25", "2026-12-20"]), "check-in 2027-02-22..2027-03-08"],
		["one check-in alone", (b) => b.checkIns("2026-12-20"), "check-in 2027-01-17..2027-01-31"],
		["a date before the interview does not count: L = d", (b) => b.letterSent("2026-11-01"), "check-in 2026-12-18..2027-01-01"],
		["letter_sent true does not move L", (b) => b.letterSent(true), "check-in 2026-12-18..2027-01-01"],
		["called true does not move L", (b) => b.called(true), "check-in 2026-12-18..2027-01-01"],
		["an unreadable called does not move L", (b) => b.called("yes"), "check-in 2026-12-18..2027-01-01"],
		["a reply after the rejection: L = rejection_replied", (b) => b.status("rejected").rejectionReplied("2026-11-30"), "check-in 2026-12-28..2027-01-11"],
		["rejection_replied true does not move L", (b) => b.status("rejected").rejectionReplied(true), "check-in 2026-12-18..2027-01-01"],
		["rejected_on is not a contact", (b) => b.status("rejected").rejectedOn("2026-12-05"), "check-in 2026-12-18..2027-01-01"],
		["introducer_thanked is not contact with the employer", (b) => b.introducer("Sam").introducerThanked("2026-12-01"), "check-in 2026-12-18..2027-01-01"],
		["a bad check-in entry is ignored", (b) => b.checkIns(["2026-12-20", "later"]), "check-in 2027-01-17..2027-01-31"],
	])("%s", (_, arrange, expected) => {
		expect(steps(arrange(interviewNote())).filter((step) => step.startsWith("check-in"))).toEqual([expected]);
	});

	it("uses the check-in window from the settings", () => {
		const settings = { ...DEFAULT_SETTINGS, checkInMinDays: 30, checkInMaxDays: 30 };
		expect(steps(interviewNote().checkIns(["2026-12-20"]), settings)).toContain("check-in 2027-01-19");
	});
});
