/** @jest-environment jsdom */
// The open note (SPEC section 8) over the in-memory Obsidian's editor: first how the model behaves (the buffer is
// the note until a debounced save; a vault write replaces the buffer; a transaction is one undoable change), then
// what the plugin does with it: reads the editor's text, and writes an open note through its editor.
import { App, Editor, MarkdownView } from "../mocks/obsidian";
import { TFile } from "../mocks/obsidian";
import { appendDraftsToNote } from "../../src/obsidian/letterDrafts";
import { interviewNoteFile } from "../../src/obsidian/interviewNoteFile";
import { writeToNote } from "../../src/obsidian/noteActions";
import { changedLines } from "../../src/obsidian/noteWriter";
import { day } from "../builders/calendarDays";
import { ACME_PATH, GLOBEX_PATH, INITECH_PATH, note, VAULT } from "../commands/notes";
import { clickButton, editorCommand, field, lastModal, LetterHarness, loadLetters, settle } from "../commands/letterHarness";

const TODAY = day("2026-11-27");
const NOTE = "Interviews/Acme.md";
const TEXT = note("date: 2026-11-20\noutcome: well\ncompany: Acme\ninterviewer: Jane\nstatus: active", "# Notes\n\nShe asked about onboarding.\n");

async function openIn(app: App, path: string): Promise<MarkdownView> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no note ${path}`);
	await app.workspace.getLeaf(false).openFile(file);
	const view = app.workspace.getActiveViewOfType(MarkdownView);
	if (!view) throw new Error("no view");
	return view;
}

/** Puts the cursor at the end of the note and types `text`, as the user would. */
function typeAtEnd(editor: Editor, text: string): void {
	editor.setCursor(editor.offsetToPos(editor.getValue().length));
	editor.type(text);
}

function fileOf(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	return file;
}

describe("the in-memory Obsidian's open note", () => {
	afterEach(() => jest.useRealTimers());

	it("holds what was typed in the editor, not in the file, until the debounced save about 2 s later", async () => {
		jest.useFakeTimers();
		const app = new App();
		app.vault.seed({ [NOTE]: TEXT });
		const view = await openIn(app, NOTE);
		typeAtEnd(view.editor, "She liked the dashboards.\n");
		jest.advanceTimersByTime(1900);
		expect(app.vault.readNow(NOTE)).toBe(TEXT);
		expect(view.isDirty()).toBe(true);
		jest.advanceTimersByTime(200);
		expect(app.vault.readNow(NOTE)).toBe(`${TEXT}She liked the dashboards.\n`);
		expect(view.isDirty()).toBe(false);
	});

	it("typing again puts the save off: it comes 2 s after the last keystroke", async () => {
		jest.useFakeTimers();
		const app = new App();
		app.vault.seed({ [NOTE]: TEXT });
		const view = await openIn(app, NOTE);
		typeAtEnd(view.editor, "a");
		jest.advanceTimersByTime(1500);
		view.editor.type("b");
		jest.advanceTimersByTime(1500);
		expect(app.vault.readNow(NOTE)).toBe(TEXT);
		jest.advanceTimersByTime(600);
		expect(app.vault.readNow(NOTE)).toBe(`${TEXT}ab`);
	});

	it("a vault write to the open note replaces the buffer: cursor, undo and unsaved typing are gone", async () => {
		const app = new App();
		app.vault.seed({ [NOTE]: TEXT });
		const view = await openIn(app, NOTE);
		typeAtEnd(view.editor, "unsaved");
		await app.vault.process(fileOf(app, NOTE), (text) => text.replace("status: active", "status: offer"));
		expect(view.editor.getValue()).toBe(TEXT.replace("status: active", "status: offer"));
		expect(view.editor.getCursor()).toEqual({ line: 0, ch: 0 });
		view.editor.undo();
		expect(view.editor.getValue()).toBe(TEXT.replace("status: active", "status: offer"));
	});

	it("a transaction of several changes is one change: one undo takes it all back, and the cursor with it", () => {
		const editor = new Editor("one\ntwo\nthree\n", { line: 2, ch: 3 });
		editor.transaction({ changes: [{ from: { line: 0, ch: 0 }, to: { line: 0, ch: 3 }, text: "ONE\nand a half" }, { from: { line: 1, ch: 0 }, text: ">" }] });
		expect(editor.getValue()).toBe("ONE\nand a half\n>two\nthree\n");
		// The cursor moved down with its line.
		expect(editor.getCursor()).toEqual({ line: 3, ch: 3 });
		expect(editor.undoDepth()).toBe(1);
		editor.undo();
		expect(editor.getValue()).toBe("one\ntwo\nthree\n");
		expect(editor.getCursor()).toEqual({ line: 2, ch: 3 });
		editor.redo();
		expect(editor.getValue()).toBe("ONE\nand a half\n>two\nthree\n");
	});

	it("replaceRange is one undoable change; an insertion at the cursor leaves the cursor before it", () => {
		const editor = new Editor("ab", { line: 0, ch: 1 });
		editor.replaceRange("XY", { line: 0, ch: 1 });
		expect(editor.getValue()).toBe("aXYb");
		expect(editor.getCursor()).toEqual({ line: 0, ch: 1 });
		editor.undo();
		expect(editor.getValue()).toBe("ab");
	});
});

describe("changedLines: the write replaces whole lines, only those it changes", () => {
	it.each([
		["a key's line", "a\nstatus: x\nb\n", "a\nstatus: y\nb\n", { from: { line: 1, ch: 0 }, to: { line: 2, ch: 0 }, text: "status: y\n" }],
		["a key added before the closing line", "---\na: 1\n---\nbody", "---\na: 1\nb: 2\n---\nbody", { from: { line: 2, ch: 0 }, to: { line: 2, ch: 0 }, text: "b: 2\n" }],
		["text appended at the end", "body\n", "body\n\n## Drafts\n", { from: { line: 1, ch: 0 }, to: { line: 1, ch: 0 }, text: "\n## Drafts\n" }],
		["a CRLF line", "a\r\nk: 1\r\nb", "a\r\nk: 2\r\nb", { from: { line: 1, ch: 0 }, to: { line: 2, ch: 0 }, text: "k: 2\r\n" }],
	])("%s", (_case, before, after, change) => {
		const editor = new Editor(before);
		expect(changedLines(editor, before, after)).toEqual(change);
		editor.transaction({ changes: [change] });
		expect(editor.getValue()).toBe(after);
	});
});

describe("a write to a note open in an editor goes through that editor, as one change at the place it touches", () => {
	async function openWithTyping(): Promise<{ harness: LetterHarness; view: MarkdownView }> {
		const harness = await loadLetters({ [NOTE]: TEXT });
		const view = await harness.open(NOTE);
		typeAtEnd(view.editor, "She liked the dashb");
		return { harness, view };
	}

	it.each([
		["Done (letter)", { kind: "done", step: "letter" } as const, "letter_sent: 2026-11-27"],
		["Snooze", { kind: "snooze", until: day("2026-12-04") } as const, "snoozed_until: 2026-12-04"],
		["status", { kind: "status", status: "offer" } as const, "status: offer"],
	])("%s keeps the unsaved typing and the cursor, and one undo takes it back", async (_case, action, written) => {
		const { harness, view } = await openWithTyping();
		const cursor = view.editor.getCursor();
		expect(await writeToNote(harness.app as never, NOTE, action, TODAY)).toBe(true);
		const text = view.editor.getValue();
		expect(text).toContain(written);
		expect(text.endsWith("She asked about onboarding.\nShe liked the dashb")).toBe(true);
		// The cursor is where the user was typing: at the end of the same words, one line lower if a key was added.
		const { line, ch } = view.editor.getCursor();
		expect(view.editor.getLine(line).slice(0, ch)).toBe("She liked the dashb");
		expect(line - cursor.line).toBe(action.kind === "status" ? 0 : 1);
		// Saved at once, so the file (and the index after it) has the write and the typing.
		expect(harness.text(NOTE)).toBe(text);
		view.editor.undo();
		expect(view.editor.getValue()).toBe(`${TEXT}She liked the dashb`);
	});

	it("a note that is not open is written through Vault.process, byte for byte but its own line", async () => {
		const harness = await loadLetters({ [NOTE]: TEXT });
		expect(await writeToNote(harness.app as never, NOTE, { kind: "status", status: "offer" }, TODAY)).toBe(true);
		expect(harness.text(NOTE)).toBe(TEXT.replace("status: active", "status: offer"));
		expect(harness.app.workspace.getLeavesOfType("markdown")).toEqual([]);
	});

	it("a note open in a background tab is written through its editor too", async () => {
		const harness = await loadLetters({ [NOTE]: TEXT, [GLOBEX_PATH]: VAULT[GLOBEX_PATH] });
		const view = await harness.open(NOTE);
		typeAtEnd(view.editor, "She liked the dashb");
		await harness.app.workspace.getLeaf(true).openFile(fileOf(harness.app, GLOBEX_PATH));
		expect(harness.app.workspace.getActiveViewOfType(MarkdownView)?.file?.path).toBe(GLOBEX_PATH);
		await writeToNote(harness.app as never, NOTE, { kind: "done", step: "call" }, TODAY);
		expect(view.editor.getValue()).toContain("called: 2026-11-27");
		expect(view.editor.getValue().endsWith("She liked the dashb")).toBe(true);
	});
});

describe("Write letter appends the draft once, through the editor when the note is open", () => {
	it.each([
		["open, with unsaved typing", true],
		["not open", false],
	])("two quick clicks write it once (%s)", async (_case, open) => {
		const harness = await loadLetters(VAULT);
		const view = open ? await harness.open(ACME_PATH) : null;
		if (view) typeAtEnd(view.editor, "PS: follow up on churn");
		const acme = interviewNoteFile(harness.host, harness.app.vault.getFileByPath(ACME_PATH) as never);
		if (!acme) throw new Error("Acme is an interview note");
		const results = await Promise.all([
			appendDraftsToNote(harness.host, acme, "thank-you", "letter"),
			appendDraftsToNote(harness.host, acme, "thank-you", "letter"),
		]);
		expect(results.sort()).toEqual(["opened", "written"]);
		const text = harness.text(ACME_PATH);
		expect(text.match(/### Thank-you letter/g)).toHaveLength(1);
		if (view) expect(text).toContain("PS: follow up on churn");
	});

	it("appended to an open note, the draft is one undoable change", async () => {
		const harness = await loadLetters(VAULT);
		const view = await harness.open(ACME_PATH);
		typeAtEnd(view.editor, "PS");
		const acme = interviewNoteFile(harness.host, harness.app.vault.getFileByPath(ACME_PATH) as never);
		await appendDraftsToNote(harness.host, acme as never, "thank-you", "letter");
		expect(view.editor.getValue()).toContain("## Follow-up drafts");
		view.editor.undo();
		expect(view.editor.getValue()).toBe(`${VAULT[ACME_PATH]}PS`);
	});
});

describe("commands on the open note read the editor's text, not the saved file", () => {
	it("what was typed a second ago is in the inserted letter", async () => {
		const harness = await loadLetters(VAULT);
		const view = await harness.open(INITECH_PATH);
		// A heading the letters read, typed but not yet saved by Obsidian.
		typeAtEnd(view.editor, "\n## What I said\n\nA churn dashboard in my first month\n");
		expect(harness.text(INITECH_PATH)).not.toContain("churn dashboard");
		editorCommand(harness.app, "insert-thank-you-letter")(false, view.editor, view);
		await settle();
		expect(view.editor.getValue()).toMatch(/%% Before you send: [\s\S]*Thank-you letter[\s\S]*I would bring a churn dashboard in my first month to the role/);
	});

	it("an outcome just changed in the editor picks the letter", async () => {
		const harness = await loadLetters(VAULT);
		const view = await harness.open(ACME_PATH);
		const line = view.editor.getValue().split("\n").indexOf("outcome: well");
		view.editor.replaceRange("outcome: bombed", { line, ch: 0 }, { line, ch: "outcome: well".length });
		view.editor.setCursor(view.editor.offsetToPos(view.editor.getValue().length));
		editorCommand(harness.app, "insert-follow-up-letter")(false, view.editor, view);
		await settle();
		expect(view.editor.getValue()).toContain("and about your questions in particular");
		expect(view.editor.getValue()).not.toContain("Thank you for your time on");
	});
});

describe("an article share from the open note reads the editor's text", () => {
	it("a contact just changed in the editor is the one the share greets", async () => {
		const harness = await loadLetters(VAULT);
		const view = await harness.open(ACME_PATH);
		const line = view.editor.getValue().split("\n").findIndex((text) => text.startsWith("interviewer:"));
		view.editor.replaceRange("interviewer: Joan", { line, ch: 0 }, { line, ch: view.editor.getLine(line).length });
		harness.app.runCommand("interview-follow-up:create-article-share");
		await settle();
		const modal = lastModal();
		if (!modal) throw new Error("the article share dialog did not open");
		field(modal, "Title").value = "Why customers leave";
		field(modal, "Web address").value = "https://example.com/churn";
		clickButton(modal, "Create note");
		await settle();
		const share = harness.app.vault.getMarkdownFiles().find((file) => file.path.startsWith("Follow-ups/"));
		expect(share && harness.text(share.path)).toContain("Dear Joan,");
	});
});
