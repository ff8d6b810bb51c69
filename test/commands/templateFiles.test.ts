/** @jest-environment jsdom */
import { Notice } from "../mocks/obsidian";
import { BUILT_IN_TEMPLATES } from "../../src/letters";
import { ACME_PATH, VAULT } from "./notes";
import { editorCommand, isOffered, loadLetters, settle } from "./letterHarness";

const FOLDER = "Templates/Interview follow-up";

describe("Create follow-up templates writes the built-ins as a starting point, never over a file", () => {
	it("creates every template file in the templates folder", async () => {
		const harness = await loadLetters(VAULT);
		expect(isOffered(harness.app, "create-follow-up-templates")).toBe(true);
		harness.app.runCommand("interview-follow-up:create-follow-up-templates");
		await settle();
		for (const name of ["thank-you", "recovery", "introducer-thanks", "call", "check-in", "interview"] as const) {
			expect(harness.text(`${FOLDER}/${name}.md`)).toBe(BUILT_IN_TEMPLATES[name]);
		}
		expect(Notice.shown).toEqual([
			`Follow-up templates in ${FOLDER}: created thank-you.md, recovery.md, after-rejection.md, meeting-thanks.md, introducer-thanks.md, call.md, check-in.md, interview.md.`,
		]);
	});

	it("keeps a template the user already has, and says which were kept", async () => {
		const harness = await loadLetters({ ...VAULT, [`${FOLDER}/call.md`]: "My own call script" });
		harness.app.runCommand("interview-follow-up:create-follow-up-templates");
		await settle();
		expect(harness.text(`${FOLDER}/call.md`)).toBe("My own call script");
		expect(Notice.shown[0]).toContain("kept your call.md as they were");
		expect(Notice.shown[0]).toContain("created thank-you.md, recovery.md, after-rejection.md, meeting-thanks.md, introducer-thanks.md, check-in.md, interview.md");
	});

	it("creates the templates folder when it does not exist, in the folder the settings name", async () => {
		const harness = await loadLetters(VAULT, { templatesFolder: "Meta/Letters" });
		harness.app.runCommand("interview-follow-up:create-follow-up-templates");
		await settle();
		expect(harness.app.vault.getFolderByPath("Meta/Letters")).not.toBeNull();
		expect(harness.text("Meta/Letters/thank-you.md")).toBe(BUILT_IN_TEMPLATES["thank-you"]);
	});
});

describe("a template file in the templates folder replaces the built-in text", () => {
	it.each([
		["the user's file is used", { [`${FOLDER}/thank-you.md`]: "Cheers {{interviewer}} — {{company}}" }, "Cheers Jane — Acme"],
		["its properties are left out", { [`${FOLDER}/thank-you.md`]: "---\ntags: [template]\n---\nHi {{interviewer}}" }, "Hi Jane"],
		["another template's file does not count", { [`${FOLDER}/recovery.md`]: "Recovery" }, "Thank you for your time on"],
		["a file of that name elsewhere does not count", { "Notes/thank-you.md": "Elsewhere" }, "Thank you for your time on"],
	])("%s", async (_rule, files, expected) => {
		const harness = await loadLetters({ ...VAULT, ...files });
		const view = await harness.open(ACME_PATH);
		const editor = view.editor;
		editorCommand(harness.app, "insert-thank-you-letter")(false, editor, view);
		await settle();
		expect(editor.getValue()).toContain(expected);
	});
});
