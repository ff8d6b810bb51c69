/** @jest-environment jsdom */
import { Editor, getFrontMatterInfo } from "../mocks/obsidian";
import { ACME_PATH, GLOBEX_PATH, INITECH_PATH, VAULT } from "./notes";
import {
	chooseSuggestion, editorCommand, isOffered, lastModal, loadLetters, settle, suggestionNotes, suggestions, suggestionTitles,
} from "./letterHarness";

const EDITOR_COMMANDS = ["insert-follow-up-letter", "insert-thank-you-letter", "insert-recovery-letter", "insert-introducer-thanks", "insert-call-script"];

describe("the commands are named in sentence case, with stable ids and no default hotkeys", () => {
	it("registers each command of the writing half", async () => {
		const { app } = await loadLetters(VAULT);
		const commands = [...app.commands.values()].map(({ id, name }) => [id.replace("interview-follow-up:", ""), name]);
		expect(commands).toEqual([
			["insert-follow-up-letter", "Insert follow-up letter"],
			["insert-thank-you-letter", "Insert thank-you letter"],
			["insert-recovery-letter", "Insert recovery letter"],
			["insert-introducer-thanks", "Insert introducer thank-you"],
			["insert-call-script", "Insert call script"],
			["create-article-share", "Create article share…"],
			["new-interview-note", "New interview note…"],
			["mark-follow-up-done", "Mark follow-up done…"],
			["create-follow-up-templates", "Create follow-up templates"],
		]);
		for (const command of app.commands.values()) {
			expect(command).not.toHaveProperty("hotkeys");
			expect(command.id).not.toMatch(/command/);
		}
	});
});

describe("the insert commands are offered only while an interview note is open", () => {
	it.each([
		["an interview note under the interviews folder", ACME_PATH, true],
		["a note that is not an interview note", "Notes/Groceries.md", false],
		["a note in the templates folder", "Templates/Interview follow-up/Example.md", false],
	])("%s", async (_case, path, offered) => {
		const harness = await loadLetters(VAULT);
		const view = await harness.open(path);
		for (const id of EDITOR_COMMANDS) expect(editorCommand(harness.app, id)(true, new Editor(), view)).toBe(offered);
	});

	it("a note that becomes an interview note (tag added) is offered them at once", async () => {
		const harness = await loadLetters({ ...VAULT, "Notes/Call.md": "---\ntags: [interview]\ndate: 2026-11-20\n---\n" });
		const view = await harness.open("Notes/Call.md");
		expect(editorCommand(harness.app, "insert-call-script")(true, new Editor(), view)).toBe(true);
	});
});

describe("an insert command puts the filled draft at the cursor", () => {
	it.each([
		["insert-thank-you-letter", ACME_PATH, ["Dear Jane,", "As I said when we met, I would bring SQL and dashboards to the role.\n", "Alex Rivera", "%% Before you send: (1) "]],
		["insert-recovery-letter", GLOBEX_PATH, ["Dear Hank,", "about your questions in particular.\n\n- Why Globex?\n\n{{better_answers}}"]],
		["insert-introducer-thanks", ACME_PATH, ["Dear Marge,", "Thank you for introducing me to Acme. I met Jane on November 20."]],
		["insert-call-script", INITECH_PATH, ["**Ask for:** Bill, or the hiring manager for the Analyst role.\n\n**Phone:** {{phone}}"]],
	])("%s", async (id, path, expected) => {
		const harness = await loadLetters(VAULT);
		const view = await harness.open(path);
		// The editor Obsidian passes is the note's own; the cursor is where the body starts.
		const editor = view.editor;
		const start = getFrontMatterInfo(VAULT[path]).contentStart;
		editor.setCursor(editor.offsetToPos(start));
		expect(editorCommand(harness.app, id)(false, editor, view)).toBe(true);
		await settle();
		expect(editor.getValue().startsWith(`${VAULT[path].slice(0, start)}%% `)).toBe(true);
		expect(editor.getValue().endsWith(`\n${VAULT[path].slice(start)}`)).toBe(true);
		for (const text of expected) expect(editor.getValue()).toContain(text);
		// Inserting writes nothing to the note itself: only the editor changed (Obsidian saves it later).
		expect(harness.text(path)).toBe(VAULT[path]);
	});

	it("a selection is replaced by the draft", async () => {
		const harness = await loadLetters(VAULT);
		const view = await harness.open(ACME_PATH);
		const editor = new Editor("keep DRAFT HERE keep");
		editor.setSelection({ line: 0, ch: 5 }, { line: 0, ch: 15 });
		editorCommand(harness.app, "insert-call-script")(false, editor, view);
		await settle();
		expect(editor.getValue()).toMatch(/^keep %% Before you send: [\s\S]*Call script[\s\S]* keep$/);
		expect(editor.getValue()).not.toContain("DRAFT HERE");
	});
});

describe("Insert follow-up letter picks the letter by the note's outcome, and asks when it is unknown", () => {
	it.each([
		["went well: the thank-you letter", ACME_PATH, "Thank you for your time on"],
		["went poorly: the recovery letter", GLOBEX_PATH, "and about your questions in particular"],
	])("%s", async (_case, path, expected) => {
		const harness = await loadLetters(VAULT);
		const view = await harness.open(path);
		const editor = view.editor;
		editorCommand(harness.app, "insert-follow-up-letter")(false, editor, view);
		await settle();
		expect(editor.getValue()).toContain(expected);
		expect(lastModal()).toBeNull();
	});

	it.each([
		["Thank-you letter", "Thank you for your time on"],
		["Recovery letter", "and about your questions in particular"],
	])("unknown outcome: asks, and inserts the %s chosen", async (choice, expected) => {
		const harness = await loadLetters(VAULT);
		const view = await harness.open(INITECH_PATH);
		const editor = view.editor;
		editorCommand(harness.app, "insert-follow-up-letter")(false, editor, view);
		await settle();
		expect(editor.getValue()).toBe(VAULT[INITECH_PATH]);
		expect(suggestions()).toEqual([expect.stringContaining("Thank-you letter"), expect.stringContaining("Recovery letter")]);
		chooseSuggestion(choice);
		await settle();
		expect(editor.getValue()).toContain(expected);
		expect(editor.getValue()).toContain("Dear Bill,");
	});
});

describe("Mark follow-up done… lists this note's open steps and writes the chosen one", () => {
	it.each([
		["an interview note with open steps", ACME_PATH, true],
		["an interview note whose thread has nothing open", GLOBEX_PATH.replace("Globex", "Closed"), false],
		["a note that is not an interview note", "Notes/Groceries.md", false],
	])("offered for %s: %s", async (_case, path, offered) => {
		const harness = await loadLetters({ ...VAULT, "Interviews/Closed.md": "---\ndate: 2026-11-01\nstatus: closed\n---\n" });
		await harness.open(path);
		expect(isOffered(harness.app, "mark-follow-up-done")).toBe(offered);
	});

	it("is not offered when no note is open", async () => {
		const harness = await loadLetters(VAULT);
		expect(isOffered(harness.app, "mark-follow-up-done")).toBe(false);
	});

	it("choosing the letter writes letter_sent: today and keeps the rest of the note", async () => {
		const harness = await loadLetters(VAULT);
		await harness.open(ACME_PATH);
		harness.app.runCommand("interview-follow-up:mark-follow-up-done");
		await settle();
		expect(suggestionTitles()).toEqual([
			"Send thank-you letter to Jane at Acme",
			"Thank Marge Simpson for the introduction to Acme",
			"Call Jane at Acme — no answer in a week",
			"Share something with Jane at Acme",
		]);
		expect(suggestionNotes()).toEqual(["6 days overdue", "6 days overdue", "due today", "in 21 days"]);
		chooseSuggestion("Send thank-you letter");
		await settle();
		const text = harness.text(ACME_PATH);
		expect(text).toContain("letter_sent: 2026-11-27");
		expect(text.endsWith("# Notes\n\nShe asked about onboarding.\n")).toBe(true);
		expect(text).toContain("role: Data analyst");
	});

	it("choosing the check-in appends today to check_ins", async () => {
		const harness = await loadLetters(VAULT);
		await harness.open(GLOBEX_PATH);
		harness.app.runCommand("interview-follow-up:mark-follow-up-done");
		await settle();
		chooseSuggestion("Share something");
		await settle();
		expect(harness.text(GLOBEX_PATH)).toContain("check_ins:\n  - 2026-11-27\n");
	});
});
