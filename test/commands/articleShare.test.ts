/** @jest-environment jsdom */
import YAML from "yaml";
import { MarkdownView, Notice } from "../mocks/obsidian";
import { ACME_PATH, GLOBEX_PATH, note, VAULT } from "./notes";
import { chooseSuggestion, clickButton, field, lastModal, loadLetters, settle, suggestionNotes, suggestionTitles } from "./letterHarness";

const SHARE_PATH = "Follow-ups/2026-11-27 Acme - Why customers leave.md";

async function openShare(files: Record<string, string> = VAULT, from: string | null = ACME_PATH) {
	const harness = await loadLetters(files);
	if (from) await harness.open(from);
	harness.app.runCommand("interview-follow-up:create-article-share");
	await settle();
	const modal = lastModal();
	if (!modal) throw new Error("the article share dialog did not open");
	return { ...harness, modal };
}

function fill(modal: HTMLElement, values: Partial<Record<"Title" | "Web address" | "Why it matters to them", string>>): void {
	for (const [name, value] of Object.entries(values)) field(modal, name).value = value;
}

function frontmatterOf(text: string): Record<string, unknown> {
	return YAML.parse(text.split("---\n")[1]) as Record<string, unknown>;
}

describe("an article share creates a note of its own, with SPEC.md's frontmatter, and opens it", () => {
	it("from the open interview note", async () => {
		const { app, modal, text } = await openShare();
		expect(modal.querySelector(".setting-item-description")?.textContent).toContain("4 to 6 weeks");
		fill(modal, { Title: "Why customers leave", "Web address": "https://example.com/churn", "Why it matters to them": "It is about your churn question." });
		clickButton(modal, "Create note");
		await settle();
		expect(frontmatterOf(text(SHARE_PATH))).toEqual({
			type: "article-share",
			interview: "[[2026-11-20 Acme]]", // the user's link format: Obsidian's default, the shortest
			contact: "Jane",
			article_title: "Why customers leave",
			article_url: "https://example.com/churn",
			date: "2026-11-27",
		});
		expect(text(SHARE_PATH)).toContain("Dear Jane,\n\nSince we talked on November 20 about the Data analyst role, I have kept your team's challenge in mind");
		expect(text(SHARE_PATH)).toContain("\n\nWhy customers leave\nhttps://example.com/churn\n\nIt is about your churn question.\n\n");
		expect(app.workspace.getActiveViewOfType(MarkdownView)?.file?.path).toBe(SHARE_PATH);
		expect(lastModal()).toBeNull();
		expect(Notice.shown).toEqual(["Created 2026-11-27 Acme - Why customers leave."]);
	});

	it("creating it writes nothing to the interview note", async () => {
		const { modal, text } = await openShare();
		fill(modal, { Title: "Why customers leave", "Web address": "https://example.com/churn" });
		clickButton(modal, "Create note");
		await settle();
		expect(text(ACME_PATH)).toBe(VAULT[ACME_PATH]);
	});

	it("the date field sets the share's date and its name", async () => {
		const { modal, text } = await openShare();
		fill(modal, { Title: "Seminar notes", "Web address": "https://example.com/s" });
		(modal.querySelector("input[type=date]") as HTMLInputElement).value = "2026-12-20";
		clickButton(modal, "Create note");
		await settle();
		expect(frontmatterOf(text("Follow-ups/2026-12-20 Acme - Seminar notes.md")).date).toBe("2026-12-20");
	});

	it("never overwrites: a taken name gets \" 2\"", async () => {
		const { modal, text } = await openShare({ ...VAULT, [SHARE_PATH]: "mine" });
		fill(modal, { Title: "Why customers leave", "Web address": "https://example.com/churn" });
		clickButton(modal, "Create note");
		await settle();
		expect(text(SHARE_PATH)).toBe("mine");
		expect(text(SHARE_PATH.replace(".md", " 2.md"))).toContain("type: article-share");
	});

	it("a title with characters a file name cannot hold is made safe for the name only", async () => {
		const { modal, text } = await openShare();
		fill(modal, { Title: 'Q&A: "What #1 [teams] do?"', "Web address": "https://example.com/qa" });
		clickButton(modal, "Create note");
		await settle();
		const path = "Follow-ups/2026-11-27 Acme - Q&A What 1 teams do.md";
		expect(frontmatterOf(text(path)).article_title).toBe('Q&A: "What #1 [teams] do?"');
	});
});

describe("the share dialog says what is missing and creates nothing until the form is complete", () => {
	it.each([
		["no title", { "Web address": "https://example.com" }, "Enter the title"],
		["no address", { Title: "T" }, "Enter the article's address"],
		["not a web address", { Title: "T", "Web address": "javascript:alert(1)" }, 'Only web addresses can be shared, found "javascript:"'],
		["an address without its scheme", { Title: "T", "Web address": "example.com/a" }, "is not a web address"],
	])("%s", async (_case, values, message) => {
		const { app, modal } = await openShare();
		fill(modal, values);
		clickButton(modal, "Create note");
		await settle();
		expect(modal.querySelector(".ifu-field-error")?.textContent).toContain(message);
		expect(app.vault.getFolderByPath("Follow-ups")).toBeNull();
		expect(lastModal()).toBe(modal);
	});

	it("no interview chosen (no note open, no check-in due)", async () => {
		const { [GLOBEX_PATH]: _overdue, ...notDue } = VAULT;
		const { modal } = await openShare(notDue, null);
		fill(modal, { Title: "T", "Web address": "https://example.com" });
		clickButton(modal, "Create note");
		await settle();
		expect(modal.querySelector(".ifu-field-error")?.textContent).toBe("Choose the interview to share with.");
	});
});

describe("marking the check-in done from a share appends today to check_ins (SPEC.md section 5)", () => {
	it("switched on: today is added to the interview note's check_ins, the body kept", async () => {
		const { modal, text } = await openShare(VAULT, GLOBEX_PATH);
		fill(modal, { Title: "News", "Web address": "https://example.com/news" });
		(modal.querySelector(".checkbox-container") as HTMLElement).click();
		clickButton(modal, "Create note");
		await settle();
		expect(frontmatterOf(text(GLOBEX_PATH)).check_ins).toEqual(["2026-11-27"]);
		expect(text(GLOBEX_PATH).endsWith("# Notes\n\nShe asked about onboarding.\n")).toBe(true);
		expect(Notice.shown[0]).toContain("check-in of 2026-11-27 logged in Globex");
	});

	it("a share dated another day still logs the check-in today", async () => {
		const { modal, text } = await openShare(VAULT, GLOBEX_PATH);
		fill(modal, { Title: "Seminar", "Web address": "https://example.com/seminar" });
		(modal.querySelector('input[type="date"]') as HTMLInputElement).value = "2026-11-20";
		(modal.querySelector(".checkbox-container") as HTMLElement).click();
		clickButton(modal, "Create note");
		await settle();
		expect(frontmatterOf(text(GLOBEX_PATH)).check_ins).toEqual(["2026-11-27"]);
	});
});

describe("the share-with picker offers threads whose check-in is due first", () => {
	it("lists one entry per company, due check-ins first, and choosing one sets it", async () => {
		const files = { ...VAULT, "Interviews/Globex round 2.md": note("date: 2026-10-10\ncompany: Globex\ninterviewer: Hank\nletter_sent: 2026-10-11\ncalled: true") };
		const { modal } = await openShare(files, null);
		expect(modal.querySelector(".setting-item-description")?.textContent).toContain("4 to 6 weeks");
		clickButton(modal, "Choose…");
		await settle();
		expect(suggestionTitles()).toEqual(["Globex — Hank", "Acme — Jane (Data analyst)", "Initech — Bill (Analyst)"]);
		expect(suggestionNotes()).toEqual(["Check-in 5 days overdue", "Check-in in 21 days", "Check-in in 26 days"]);
		chooseSuggestion("Acme");
		await settle();
		const row = Array.from(modal.querySelectorAll(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === "Share with");
		expect(row?.querySelector(".setting-item-description")?.textContent).toBe("Acme — Jane (Data analyst)");
	});

	it.each([
		["an overdue check-in is preselected", VAULT, "Globex — Hank"],
		["nothing is preselected when no check-in is due", { ...VAULT, [GLOBEX_PATH]: note("date: 2026-11-10\ncompany: Globex\ninterviewer: Hank") }, "No interview chosen yet."],
	])("from the command palette with no note open, %s", async (_case, files, shown) => {
		const { modal } = await openShare(files, null);
		const row = Array.from(modal.querySelectorAll(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === "Share with");
		expect(row?.querySelector(".setting-item-description")?.textContent).toBe(shown);
	});
});

describe("notes tagged share-idea are offered as ready picks", () => {
	it("one that matches the thread's notes is suggested first, with the words it matched; picking it fills in the title, address and why", async () => {
		const files = {
			...VAULT,
			"Reading/Churn study.md": note("tags: [share-idea]\nurl: https://example.com/study\nwhy: Halved early churn at three firms."),
		};
		const { modal } = await openShare(files);
		const suggested = Array.from(modal.querySelectorAll(".ifu-share-suggestion"));
		expect(suggested.map((el) => [el.querySelector(".setting-item-name")?.textContent, el.querySelector(".setting-item-description")?.textContent])).toEqual([
			["Churn study", "Matches their notes on churn."],
		]);
		expect(modal.textContent).not.toContain("Saved ideas");
		clickButton(suggested[0] as HTMLElement, "Use");
		expect([field(modal, "Title").value, field(modal, "Web address").value, field(modal, "Why it matters to them").value]).toEqual([
			"Churn study", "https://example.com/study", "Halved early churn at three firms.",
		]);
	});

	it("one that matches nothing is a saved idea; picking it fills in the title, address and why", async () => {
		const files = {
			...VAULT,
			"Reading/Pottery course.md": note("tags: [share-idea]\nurl: https://example.com/study\nwhy: Halved early churn at three firms."),
			"Reading/Not an idea.md": note("tags: [reading]\nurl: https://example.com/other"),
		};
		const { modal } = await openShare(files);
		const ideas = Array.from(modal.querySelectorAll(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === "Saved ideas");
		expect(Array.from(ideas?.querySelectorAll("button") ?? []).map((b) => b.textContent)).toEqual(["Pottery course"]);
		clickButton(ideas as HTMLElement, "Pottery course");
		expect([field(modal, "Title").value, field(modal, "Web address").value, field(modal, "Why it matters to them").value]).toEqual([
			"Pottery course", "https://example.com/study", "Halved early churn at three firms.",
		]);
	});

	it("without any, there is no saved-ideas row", async () => {
		const { modal } = await openShare();
		expect(modal.textContent).not.toContain("Saved ideas");
	});
});
