/** @jest-environment jsdom */
import YAML from "yaml";
import { MarkdownView } from "../mocks/obsidian";
import { VAULT } from "./notes";
import { clickButton, field, isOffered, lastModal, loadLetters, settle } from "./letterHarness";

async function openForm(files: Record<string, string> = VAULT, settings = {}) {
	const harness = await loadLetters(files, settings);
	expect(isOffered(harness.app, "new-interview-note")).toBe(true);
	harness.app.runCommand("interview-follow-up:new-interview-note");
	const modal = lastModal();
	if (!modal) throw new Error("the new interview dialog did not open");
	return { ...harness, modal };
}

function fill(modal: HTMLElement, values: Partial<Record<"Company" | "Role" | "Interviewer" | "Introducer", string>>): void {
	for (const [name, value] of Object.entries(values)) field(modal, name).value = value;
}

describe("New interview note… creates <interviews folder>/<date> <company>.md from the interview template", () => {
	it("with the form's values in SPEC.md's frontmatter, and opens it", async () => {
		const { app, modal, text, host } = await openForm();
		expect((modal.querySelector("input[type=date]") as HTMLInputElement).value).toBe("2026-11-27");
		fill(modal, { Company: "Umbrella: Labs", Role: "Analyst", Interviewer: "[[People/Ada Wong|Ada]]", Introducer: "Leon" });
		clickButton(modal, "Create note");
		await settle();
		const path = "Interviews/2026-11-27 Umbrella Labs.md";
		const frontmatter = YAML.parse(text(path).split("---\n")[1]) as Record<string, unknown>;
		expect(frontmatter).toMatchObject({
			type: "interview", date: "2026-11-27", company: "Umbrella: Labs", role: "Analyst", interviewer: "[[People/Ada Wong|Ada]]",
			introducer: "Leon", outcome: null, status: "waiting", letter_sent: null, check_ins: [],
		});
		expect(text(path)).toContain("# Umbrella: Labs: Analyst\n");
		expect(app.workspace.getActiveViewOfType(MarkdownView)?.file?.path).toBe(path);
		// The index reads the new note as an interview: its letter is due tomorrow.
		expect(host.index.stepsOf(path).map((step) => step.step)).toEqual(["letter", "introducer-thanks", "call", "check-in"]);
	});

	it("the date picker sets the note's date and name", async () => {
		const { modal, text } = await openForm();
		fill(modal, { Company: "Acme" });
		(modal.querySelector("input[type=date]") as HTMLInputElement).value = "2026-11-24";
		clickButton(modal, "Create note");
		await settle();
		expect(text("Interviews/2026-11-24 Acme.md")).toContain("date: 2026-11-24\n");
	});

	it("never overwrites a note of the same name", async () => {
		const { modal, text } = await openForm({ ...VAULT, "Interviews/2026-11-27 Acme.md": "mine" });
		fill(modal, { Company: "Acme" });
		clickButton(modal, "Create note");
		await settle();
		expect(text("Interviews/2026-11-27 Acme.md")).toBe("mine");
		expect(text("Interviews/2026-11-27 Acme 2.md")).toContain("company: Acme\n");
	});

	it("uses the user's interview.md and the interviews folder of the settings", async () => {
		const files = { ...VAULT, "Meta/T/interview.md": "---\ntype: interview\ndate: {{date}}\ncompany: {{company}}\n---\nMet {{interviewer}}\n" };
		const { modal, text } = await openForm(files, { templatesFolder: "Meta/T", interviewsFolder: "Jobs/2026" });
		fill(modal, { Company: "Acme", Interviewer: "Jane" });
		clickButton(modal, "Create note");
		await settle();
		expect(text("Jobs/2026/2026-11-27 Acme.md")).toBe("---\ntype: interview\ndate: 2026-11-27\ncompany: Acme\n---\nMet Jane\n");
	});

	it.each([
		["no company", {}, "Enter the company"],
	])("says what is missing: %s", async (_case, values, message) => {
		const { app, modal } = await openForm();
		const before = app.vault.getFiles().length;
		fill(modal, values);
		clickButton(modal, "Create note");
		await settle();
		expect(modal.querySelector(".ifu-field-error")?.textContent).toContain(message);
		expect(app.vault.getFiles()).toHaveLength(before);
	});

	it("says what is missing: no date", async () => {
		const { modal } = await openForm();
		fill(modal, { Company: "Acme" });
		(modal.querySelector("input[type=date]") as HTMLInputElement).value = "";
		clickButton(modal, "Create note");
		await settle();
		expect(modal.querySelector(".ifu-field-error")?.textContent).toContain("Enter the interview date");
	});
});
