import { runLetterCommand } from "../../cli/letterCommand";
import { day } from "../builders/calendarDays";
import { makeTempVault, note, TempVault } from "./tempVault";

// SPEC.md section 7: `letter` prints the step asked for (by default the reply after a rejection when the note
// has that step, else its letter). A note *has* a step when everything that opens it holds but its done mark:
// one it has but that is logged as done is printed, with a note on standard error (every step alike); one it
// does not have exits 2, naming the step or the note that has it. The vault's own templates stand in for the
// built-in texts here, so these tests are about which letter is printed, not what it says.

const TEMPLATES = "Templates/Interview follow-up";
let vault: TempVault;
beforeAll(() => {
	vault = makeTempVault({
		[`${TEMPLATES}/thank-you.md`]: "THANK-YOU to {{interviewer}}\n",
		[`${TEMPLATES}/recovery.md`]: "RECOVERY to {{interviewer}}\n",
		[`${TEMPLATES}/after-rejection.md`]: "REPLY AFTER THE REJECTION to {{interviewer}}\n",
		[`${TEMPLATES}/meeting-thanks.md`]: "MEETING-THANKS to {{interviewer}}\n",
		[`${TEMPLATES}/introducer-thanks.md`]: "INTRODUCER-THANKS to {{introducer}}\n",
		[`${TEMPLATES}/call.md`]: "CALL {{interviewer}}\n",
		[`${TEMPLATES}/check-in.md`]: "CHECK-IN with {{interviewer}}\n",
		"Interviews/Waiting.md": note("date: 2026-11-20\noutcome: well\ncompany: Acme\ninterviewer: Jane\nintroducer: Sam"),
		"Interviews/Sent.md": note("date: 2026-11-20\noutcome: well\ncompany: Hooli\ninterviewer: Gavin\nletter_sent: 2026-11-21\nintroducer: Sam\nintroducer_thanked: true"),
		"Interviews/Rejected.md": note("date: 2026-11-20\noutcome: poorly\nstatus: rejected\ncompany: Globex\ninterviewer: Hank"),
		"Interviews/Rejected after thanks.md": note("date: 2026-11-20\noutcome: well\nstatus: rejected\nrejected_on: 2026-11-25\nletter_sent: 2026-11-21\ncompany: Massive Dynamic\ninterviewer: [Nina, Walter]"),
		"Interviews/Replied.md": note("date: 2026-11-20\noutcome: well\nstatus: rejected\nrejection_replied: 2026-11-26\ncompany: Initech\ninterviewer: Bill"),
		"Interviews/Closed.md": note("date: 2026-11-20\noutcome: well\nstatus: closed\ncompany: Soylent\ninterviewer: Ada"),
		"Interviews/Stark 1.md": note("date: 2026-10-01\noutcome: well\nstatus: rejected\ncompany: stark \ninterviewer: Pepper"),
		"Interviews/Stark 2.md": note("date: 2026-11-02\noutcome: well\nstatus: rejected\ncompany: Stark\ninterviewer: Tony"),
		"Networking/Coffee.md": note("type: coffee chat\ndate: 2026-11-24\nstatus: rejected\ncompany: Raviga\ncontact: Monica"),
	});
});
afterAll(() => vault.remove());

function letter(path: string, ...flags: string[]) {
	let stdout = "";
	const stderr: string[] = [];
	const status = runLetterCommand([vault.root, path, ...flags], { out: (text) => (stdout += text), err: (line) => stderr.push(line), today: day("2026-11-27"), locale: "en-US" });
	return { status, stdout, stderr };
}

const logged = (step: string, path: string, key: string) => `note: the ${step} of "${path}" is logged as done (${key}); its draft is printed all the same.`;

describe("letter prints the step asked for, by default the reply after a rejection, else the letter", () => {
	it.each<[string, string, string[], string, string[]]>([
		["a job interview waiting for an answer: its thank-you", "Interviews/Waiting.md", [], "THANK-YOU to Jane\n", []],
		["a rejected job interview: the reply after the rejection", "Interviews/Rejected.md", [], "REPLY AFTER THE REJECTION to Hank\n", []],
		["a rejection after a thank-you: its reply, one letter to the first person met", "Interviews/Rejected after thanks.md", [], "REPLY AFTER THE REJECTION to Nina\n", []],
		["the same, asked by name", "Interviews/Rejected after thanks.md", ["--step", "rejection-reply"], "REPLY AFTER THE REJECTION to Nina\n", []],
		["a rejected coffee chat: no rejection step, its thanks for the meeting", "Networking/Coffee.md", [], "MEETING-THANKS to Monica\n", []],
		["the latest of a rejected thread: its reply", "Interviews/Stark 2.md", [], "REPLY AFTER THE REJECTION to Tony\n", []],
		["a reply already logged: printed, and said", "Interviews/Replied.md", [], "REPLY AFTER THE REJECTION to Bill\n", [logged("rejection-reply", "Interviews/Replied.md", "rejection_replied")]],
		["a letter already sent: printed, and said", "Interviews/Sent.md", [], "THANK-YOU to Gavin\n", [logged("letter", "Interviews/Sent.md", "letter_sent")]],
		["an introducer already thanked: printed, and said", "Interviews/Sent.md", ["--step", "introducer-thanks"], "INTRODUCER-THANKS to Sam\n", [logged("introducer-thanks", "Interviews/Sent.md", "introducer_thanked")]],
		["a rejected interview's check-in", "Interviews/Rejected.md", ["--step", "check-in"], "CHECK-IN with Hank\n", []],
	])("%s", (_, path, flags, stdout, stderr) => {
		expect(letter(path, ...flags, "--today", "2026-11-27")).toEqual({ status: 0, stdout, stderr });
	});
});

describe("a step the note does not have exits 2, naming what it has", () => {
	it.each<[string, string, string[], RegExp]>([
		["the letter of a rejected job interview names rejection-reply", "Interviews/Rejected.md", ["--step", "letter"], /rejected job interview, so there is no thank-you after the no; its letter is the reply after the rejection, --step rejection-reply\.$/],
		["the same after a thank-you already sent", "Interviews/Rejected after thanks.md", ["--step", "letter"], /--step rejection-reply\.$/],
		["the reply of a job interview not rejected", "Interviews/Waiting.md", ["--step", "rejection-reply"], /has status waiting, not rejected/],
		["the reply of a rejected coffee chat", "Networking/Coffee.md", ["--step", "rejection-reply"], /is a coffee chat, not a job interview; the reply after a rejection is only for a job interview/],
		["the reply asked of an earlier note of the thread", "Interviews/Stark 1.md", ["--step", "rejection-reply"], /the rejection-reply of the Stark thread belongs to its latest meeting, "Interviews\/Stark 2.md"/],
		["the letter of an earlier rejected note names the latest, whose reply it is", "Interviews/Stark 1.md", [], /no thank-you after the no; the reply after the rejection belongs to the thread's latest meeting, "Interviews\/Stark 2.md"\.$/],
		["a call once rejected", "Interviews/Rejected.md", ["--step", "call"], /has status rejected; the call is only for a job interview still waiting/],
		["any step of a closed note", "Interviews/Closed.md", [], /has status closed; a closed note has no follow-ups/],
	])("%s", (_, path, flags, message) => {
		const result = letter(path, ...flags);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).toEqual([expect.stringMatching(message)]);
	});
});
