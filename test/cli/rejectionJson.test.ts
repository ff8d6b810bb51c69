import { runCli } from "./runCli";
import { makeTempVault, note, TempVault } from "./tempVault";

// SPEC.md sections 2 and 7: the reply after a rejection in `agenda --json`, exactly, with `step:
// "rejection-reply"` and `variant: "after-rejection"`. `npm test` runs this in Los Angeles, Kiritimati and
// Berlin: date-only and local date-time values of `rejected_on` are the same day in every zone.

let vault: TempVault;
afterEach(() => vault.remove());

const item = (due: string, bucket: string, extra: Record<string, unknown> = {}) => ({
	note: "Interviews/Massive Dynamic.md", step: "rejection-reply", variant: "after-rejection", kind: "interview", due, deadline: due, bucket,
	company: "Massive Dynamic", contact: "Nina", contacts: ["Nina", "Walter"], ...extra,
});

describe("agenda --json lists the reply after a rejection as SPEC.md's item, in every zone", () => {
	it.each<[string, string, ReturnType<typeof item>]>([
		["after a thank-you, rejected_on a date", "letter_sent: 2026-11-21\nrejected_on: 2026-11-25", item("2026-11-26", "overdue")],
		["rejected_on a local date-time", "letter_sent: 2026-11-21\nrejected_on: 2026-11-26T17:45", item("2026-11-27", "due")],
		["rejected_on a quoted date", 'rejected_on: "2026-11-27"', item("2026-11-28", "upcoming")],
		["no rejected_on: the day after the last contact (the letter sent)", "letter_sent: 2026-11-24", item("2026-11-25", "overdue")],
		["snoozed past its due date", "rejected_on: 2026-11-25\nsnoozed_until: 2026-12-20", item("2026-12-20", "later")],
	])("%s", (_, lines, expected) => {
		vault = makeTempVault({
			"Interviews/Massive Dynamic.md": note(`date: 2026-11-20\noutcome: well\nstatus: rejected\ncompany: Massive Dynamic\ninterviewer: [Nina, Walter]\n${lines}`),
		});
		const run = runCli("agenda", vault.root, "--today", "2026-11-27", "--json");
		expect(run.status).toBe(0);
		const { items } = JSON.parse(run.stdout) as { items: Record<string, unknown>[] };
		expect(items.filter((entry) => entry.step !== "check-in")).toEqual([expected]);
		expect(Object.keys(items.find((entry) => entry.step === "rejection-reply") ?? {})).toEqual(Object.keys(expected));
	});
});
