/** @jest-environment jsdom */
import { MarkdownView, Notice } from "../mocks/obsidian";
import { runMainAction } from "../../src/ui/followUpActions";
import { ACME_PATH, GLOBEX_PATH, INITECH_PATH, note, VAULT } from "./notes";
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
		["the introducer's thanks", ACME_PATH, "introducer-thanks", `### Introducer thank-you (${TODAY})`, "Dear Marge,"],
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

	it.each([
		["the thank-you letter", ACME_PATH, "letter"],
		["the introducer's thanks", ACME_PATH, "introducer-thanks"],
	])("a second main action for %s opens the draft already there instead of appending it again", async (_case, path, step) => {
		const harness = await loadLetters(VAULT);
		await act(harness, path, step);
		const once = harness.text(path);
		Notice.shown = [];
		await act(harness, path, step);
		expect(harness.text(path)).toBe(once);
		expect(Notice.shown).toEqual([expect.stringMatching(/^Already drafted: /)]);
		expect(harness.app.workspace.getActiveViewOfType(MarkdownView)?.file?.path).toBe(path);
	});

	it("a panel gets one draft per person, each under its own heading and addressed to them, written once", async () => {
		const panel = note('date: 2026-11-26\noutcome: well\ncompany: Pied Piper\nrole: Backend engineer\ninterviewer: ["[[People/Richard Hendricks|Richard]]", Dinesh]');
		const path = "Interviews/Pied Piper.md";
		const harness = await loadLetters({ ...VAULT, [path]: panel });
		await act(harness, path, "letter");
		await act(harness, path, "letter");
		const drafts = body(harness.text(path)).split("\n## Follow-up drafts\n")[1];
		expect(drafts.match(/^### .*$/gm)).toEqual([`### To Richard: thank-you letter (${TODAY})`, `### To Dinesh: thank-you letter (${TODAY})`]);
		expect(drafts.split("\n### ").slice(1).map((draft) => /Dear (\w+),/.exec(draft)?.[1])).toEqual(["Richard", "Dinesh"]);
	});

	it("a rejection after a thank-you: the reply after the rejection, one letter to the first person met, written once", async () => {
		const rejected = note('date: 2026-11-20\noutcome: well\nstatus: rejected\nletter_sent: 2026-11-21\nrejected_on: 2026-11-25\ncompany: Massive Dynamic\nrole: Data Engineer\ninterviewer: ["[[People/Nina Sharp|Nina]]", Walter]');
		const path = "Interviews/Massive Dynamic.md";
		const harness = await loadLetters({ ...VAULT, [path]: rejected });
		expect(harness.host.index.agenda(harness.host.today()).items.filter((item) => item.note === path).map((item) => item.step)).toEqual(["rejection-reply", "check-in"]);
		await act(harness, path, "rejection-reply");
		await act(harness, path, "rejection-reply");
		const drafts = body(harness.text(path)).split("\n## Follow-up drafts\n")[1];
		expect(drafts.match(/^### .*$/gm)).toEqual([`### Reply after a rejection (${TODAY})`]);
		expect(drafts).toContain("Nina");
		expect(harness.text(path)).not.toContain("rejection_replied");
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

	it.each([
		["HTML", "<b>x</b><img src=x onerror=alert(1)>"],
		["an embed", "![[secret.png]]"],
		["a code fence", "```js\nalert(1)\n```"],
		["Markdown marks", "**bold** ## heading [[link]]"],
	])("a body section holding %s is shown in the call script as the characters it is", async (_case, hostile) => {
		const template = "## Call\n- {{section:Opener}}\n";
		const harness = await loadLetters({
			...VAULT,
			[ACME_PATH]: `${VAULT[ACME_PATH]}\n## Opener\n${hostile}\n`,
			"Templates/Interview follow-up/call.md": template,
		});
		await act(harness, ACME_PATH, "call");
		const script = lastModal()?.querySelector(".ifu-call-script");
		expect(script?.querySelector("li")?.textContent).toBe(hostile);
		expect(script?.querySelector("b, img, code, pre, .internal-embed, script")).toBeNull();
		expect(script?.querySelectorAll("h3, h4")).toHaveLength(1);
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
