/** @jest-environment jsdom */
import { MarkdownView } from "../mocks/obsidian";
import { runMainAction } from "../../src/ui/followUpActions";
import { ACME_PATH, GLOBEX_PATH, INITECH_PATH, VAULT } from "./notes";
import { chooseSuggestion, clickButton, lastModal, LetterHarness, loadLetters, settle, TODAY } from "./letterHarness";

async function act(harness: LetterHarness, path: string, step: string) {
	const item = harness.host.index.agenda(harness.host.today()).items.find((candidate) => candidate.note === path && candidate.step === step);
	if (!item) throw new Error(`no ${step} item for ${path}`);
	await runMainAction(harness.host, item);
	await settle();
}

function body(text: string): string {
	return text.slice(text.indexOf("\n---\n") + 5);
}

describe("the agenda's letter action appends the draft under ## Follow-up drafts and opens the note", () => {
	it.each([
		["the thank-you letter", ACME_PATH, "letter", `### Thank-you letter (${TODAY})`, "Dear Jane,"],
		["the introducer's thanks", ACME_PATH, "introducer-thanks", `### Introducer thank-you (${TODAY})`, "Dear Marge Simpson,"],
	])("%s", async (_case, path, step, heading, greeting) => {
		const harness = await loadLetters(VAULT);
		await act(harness, path, step);
		const text = harness.text(path);
		expect(text.startsWith(VAULT[path])).toBe(true);
		expect(body(text)).toContain(`\n## Follow-up drafts\n\n${heading}\n\n%% `);
		expect(text).toContain(greeting);
		expect(harness.app.workspace.getActiveViewOfType(MarkdownView)?.file?.path).toBe(path);
		// Nothing is marked done by drafting.
		expect(text).not.toContain("letter_sent");
	});

	it("a second draft goes under the same heading", async () => {
		const harness = await loadLetters(VAULT);
		await act(harness, ACME_PATH, "letter");
		await act(harness, ACME_PATH, "introducer-thanks");
		expect(harness.text(ACME_PATH).match(/## Follow-up drafts/g)).toHaveLength(1);
		expect(harness.text(ACME_PATH).indexOf("### Thank-you letter")).toBeLessThan(harness.text(ACME_PATH).indexOf("### Introducer thank-you"));
	});

	it("an unknown outcome asks which letter first", async () => {
		const harness = await loadLetters(VAULT);
		await act(harness, INITECH_PATH, "letter");
		expect(harness.text(INITECH_PATH)).toBe(VAULT[INITECH_PATH]);
		chooseSuggestion("Recovery letter");
		await settle();
		expect(harness.text(INITECH_PATH)).toContain(`### Recovery letter (${TODAY})`);
	});
});

describe("the agenda's call action shows the call script to read from", () => {
	it("shows the filled script and writes nothing", async () => {
		const harness = await loadLetters(VAULT);
		await act(harness, ACME_PATH, "call");
		const modal = lastModal();
		expect(modal?.querySelector(".modal-title")?.textContent).toBe("Call 2026-11-20 Acme");
		expect(modal?.querySelector(".ifu-call-script")?.textContent).toContain('"Hello Jane, this is Alex Rivera.');
		expect(harness.text(ACME_PATH)).toBe(VAULT[ACME_PATH]);
	});

	it("shows the note's values as plain text: an embed or HTML in a value is never rendered", async () => {
		const evil = VAULT[ACME_PATH].replace('interviewer: "[[People/Jane Doe|Jane]]"', 'interviewer: "<b>Jane</b> ![[secret.png]]"');
		const harness = await loadLetters({ ...VAULT, [ACME_PATH]: evil });
		await act(harness, ACME_PATH, "call");
		const script = lastModal()?.querySelector(".ifu-call-script");
		expect(script?.textContent).toContain("<b>Jane</b> ![[secret.png]]");
		expect(script?.querySelector("b, img, .internal-embed")).toBeNull();
	});

	it("Add to note appends it under ## Follow-up drafts", async () => {
		const harness = await loadLetters(VAULT);
		await act(harness, ACME_PATH, "call");
		clickButton(lastModal() as HTMLElement, "Add to note");
		await settle();
		expect(body(harness.text(ACME_PATH))).toContain(`## Follow-up drafts\n\n### Call script (${TODAY})\n\n%% Call script`);
		expect(lastModal()).toBeNull();
	});
});

describe("the agenda's check-in action opens the article share for that thread", () => {
	it("with the thread chosen", async () => {
		const harness = await loadLetters(VAULT);
		await act(harness, GLOBEX_PATH, "check-in");
		const modal = lastModal();
		expect(modal?.querySelector(".modal-title")?.textContent).toBe("Share an article");
		expect(modal?.textContent).toContain("Globex — Hank");
	});
});
