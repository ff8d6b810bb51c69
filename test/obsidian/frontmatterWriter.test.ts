/** @jest-environment jsdom */
import type { App as ObsidianApp } from "obsidian";
import { App, MarkdownView, Notice } from "../mocks/obsidian";
import { writeToNote } from "../../src/obsidian/noteActions";
import { FollowUpAction } from "../../src/rules";
import { day } from "./harness";

// SPEC.md section 5 in the plugin: a write goes into the block the reader sees, or — when the frontmatter is
// not valid YAML — nowhere, with a notice that says which note and why; an action for no known step writes
// nothing either. Over the in-memory Obsidian (Vault.process, processFrontMatter, parseYaml).

const PATH = "Interviews/Acme.md";
const TODAY = day("2026-11-27");
const OFFER: FollowUpAction = { kind: "status", status: "offer" };

/** Writes `action` to a note holding `text`, closed or open in an editor (which then writes through it). */
async function writeTo(text: string, action: FollowUpAction, open = false) {
	Notice.shown = [];
	const app = new App();
	app.vault.seed({ [PATH]: text });
	const file = app.vault.getFileByPath(PATH);
	if (open && file) await app.workspace.getLeaf(false).openFile(file);
	const written = await writeToNote(app as unknown as ObsidianApp, PATH, action, TODAY);
	const editor = app.workspace.getActiveViewOfType(MarkdownView)?.editor;
	return { written, text: open ? editor?.getValue() : app.vault.readNow(PATH), notices: [...Notice.shown] };
}

describe("the plugin writes into the note's own frontmatter, or says why it cannot", () => {
	it("writes inside a block opened by '--- ' (a trailing space), keeping the meeting date", async () => {
		const result = await writeTo("--- \ndate: 2026-11-20\nstatus: waiting\n---\n# Notes\n", OFFER);
		expect(result).toEqual({ written: true, text: "--- \ndate: 2026-11-20\nstatus: offer\n---\n# Notes\n", notices: [] });
	});

	it.each([
		["a second colon in a value", "company: Acme: Inc"],
		["a quote never closed", 'role: "Senior'],
		["a tab as indentation", "address:\n\tcity: Berlin"],
	])("does not write into frontmatter that is not valid YAML (%s), and says so, closed or open in an editor", async (_, line) => {
		const text = `---\ndate: 2026-11-20\n${line}\nstatus: waiting\n---\n# Notes\n`;
		for (const open of [false, true]) {
			const result = await writeTo(text, OFFER, open);
			expect(result.written).toBe(false);
			expect(result.text).toBe(text);
			expect(result.notices).toEqual([
				expect.stringMatching(/^Interview follow-up: could not update "Interviews\/Acme\.md": its frontmatter is not valid YAML \(.+\), so nothing was written\. Fix the lines between the --- lines and try again$/),
			]);
		}
	});

	it("writes inside a block opened by '---\\t' in an open note too, through its editor", async () => {
		const result = await writeTo("---\t\ndate: 2026-11-20\nstatus: waiting\n---\n# Notes\n", OFFER, true);
		expect(result).toEqual({ written: true, text: "---\t\ndate: 2026-11-20\nstatus: offer\n---\n# Notes\n", notices: [] });
	});

	it("writes nothing for an action of no known step, and says so", async () => {
		const text = "---\ndate: 2026-11-20\n---\n";
		const result = await writeTo(text, { kind: "done", step: "email" } as unknown as FollowUpAction);
		expect(result.written).toBe(false);
		expect(result.text).toBe(text);
		expect(result.text).not.toContain("undefined");
		expect(result.notices).toEqual([expect.stringContaining("not a follow-up the plugin knows, so nothing was written")]);
	});

	it("still falls back to Obsidian's writer for valid YAML the text write leaves alone (an anchor)", async () => {
		const result = await writeTo("---\ndate: &d 2026-11-20\nstatus: waiting\n---\n", OFFER);
		expect(result.written).toBe(true);
		expect(result.text).toContain("status: offer");
		expect(result.notices).toEqual([]);
	});
});
