/** @jest-environment jsdom */
// Links in new notes follow the user's link settings (Settings → Files and links), through Obsidian's
// `generateMarkdownLink`: the article share's `interview` property and `{{note}}` in its text.
import { App } from "../mocks/obsidian";
import { ACME_PATH, VAULT } from "../commands/notes";
import { clickButton, field, lastModal, loadLetters, settle } from "../commands/letterHarness";

type LinkSettings = App["fileManager"]["linkSettings"];

/** Creates an article share from the Acme note with `settings`, the check-in template holding `{{note}}`. */
async function share(settings: LinkSettings): Promise<string> {
	const harness = await loadLetters({ ...VAULT, "Templates/Interview follow-up/check-in.md": "From {{note}}: {{article_url}}" });
	harness.app.fileManager.linkSettings = settings;
	await harness.open(ACME_PATH);
	harness.app.runCommand("interview-follow-up:create-article-share");
	await settle();
	const modal = lastModal();
	if (!modal) throw new Error("the article share dialog did not open");
	field(modal, "Title").value = "Why customers leave";
	field(modal, "Web address").value = "https://example.com/churn";
	clickButton(modal, "Create note");
	await settle();
	const file = harness.app.vault.getMarkdownFiles().find((candidate) => candidate.path.startsWith("Follow-ups/"));
	if (!file) throw new Error("no share note");
	return harness.text(file.path);
}

describe("the article share links back to its interview as the user's settings write links", () => {
	it.each<[string, LinkSettings, string, string]>([
		["wikilinks, shortest (Obsidian's defaults)", { useMarkdownLinks: false, newLinkFormat: "shortest" }, 'interview: "[[2026-11-20 Acme]]"', "From [[2026-11-20 Acme]]:"],
		["wikilinks, absolute path", { useMarkdownLinks: false, newLinkFormat: "absolute" }, 'interview: "[[Interviews/2026-11-20 Acme]]"', "From [[Interviews/2026-11-20 Acme]]:"],
		["wikilinks, relative path", { useMarkdownLinks: false, newLinkFormat: "relative" }, 'interview: "[[../Interviews/2026-11-20 Acme]]"', "From [[../Interviews/2026-11-20 Acme]]:"],
		// Obsidian reads links in properties only as wikilinks: the property keeps one, the text follows the setting.
		["Markdown links", { useMarkdownLinks: true, newLinkFormat: "shortest" }, 'interview: "[[Interviews/2026-11-20 Acme|2026-11-20 Acme]]"', "From [2026-11-20 Acme](2026-11-20%20Acme.md):"],
	])("%s", async (_case, settings, property, text) => {
		const note = await share(settings);
		expect(note).toContain(property);
		expect(note).toContain(text);
	});
});
