import { Editor, MarkdownFileInfo, MarkdownView, Plugin } from "obsidian";
import { letterTemplateOf, TemplateName } from "../letters";
import { ArticleShareModal } from "../ui/articleShareModal";
import { LetterVariantModal } from "../ui/letterVariantModal";
import { NewInterviewModal } from "../ui/newInterviewModal";
import { StepSuggestModal } from "../ui/stepSuggestModal";
import { interviewNoteFile } from "../obsidian/interviewNoteFile";
import { LetterHost } from "../obsidian/letterHost";
import { insertDraft } from "../obsidian/letterDrafts";
import { liveNoteOfText } from "../obsidian/openNoteEditor";
import { createTemplateFilesWithNotice } from "../obsidian/templateFiles";

/** The editor commands that insert one template at the cursor, by command id. */
const INSERT_COMMANDS: { id: string; name: string; template: TemplateName }[] = [
	{ id: "insert-thank-you-letter", name: "Insert thank-you letter", template: "thank-you" },
	{ id: "insert-recovery-letter", name: "Insert recovery letter", template: "recovery" },
	{ id: "insert-introducer-thanks", name: "Insert introducer thank-you", template: "introducer-thanks" },
	{ id: "insert-call-script", name: "Insert call script", template: "call" },
];

/**
 * Adds the writing half's commands (no default hotkeys). The insert commands are editor commands offered only
 * while an interview note is open; they put the filled draft at the cursor.
 */
export function registerLetterCommands(plugin: Plugin & LetterHost): void {
	plugin.addCommand({
		id: "insert-follow-up-letter",
		name: "Insert follow-up letter",
		editorCheckCallback: (checking: boolean, editor: Editor, ctx: MarkdownView | MarkdownFileInfo) => {
			const note = interviewNoteFile(plugin, ctx.file);
			if (!note) return false;
			if (checking) return true;
			// The reply after a rejection, else the outcome picks the letter — as the editor holds it, so a status or an
			// outcome typed a second ago counts; without one (or with one the rules do not know), ask.
			const letter = letterTemplateOf(liveNoteOfText(editor.getValue(), note.frontmatter).frontmatter);
			if (letter) void insertDraft(plugin, editor, note, letter);
			else new LetterVariantModal(plugin.app, (chosen) => insertDraft(plugin, editor, note, chosen)).open();
			return true;
		},
	});

	for (const { id, name, template } of INSERT_COMMANDS) {
		plugin.addCommand({
			id,
			name,
			editorCheckCallback: (checking: boolean, editor: Editor, ctx: MarkdownView | MarkdownFileInfo) => {
				const note = interviewNoteFile(plugin, ctx.file);
				if (!note) return false;
				if (!checking) void insertDraft(plugin, editor, note, template);
				return true;
			},
		});
	}

	plugin.addCommand({
		id: "create-article-share",
		name: "Create article share…",
		callback: () => {
			const open = interviewNoteFile(plugin, plugin.app.workspace.getActiveViewOfType(MarkdownView)?.file);
			new ArticleShareModal(plugin, open ? open.file.path : null).open();
		},
	});

	plugin.addCommand({
		id: "new-interview-note",
		name: "New interview note…",
		callback: () => new NewInterviewModal(plugin).open(),
	});

	plugin.addCommand({
		id: "mark-follow-up-done",
		name: "Mark follow-up done…",
		checkCallback: (checking: boolean) => {
			const note = interviewNoteFile(plugin, plugin.app.workspace.getActiveViewOfType(MarkdownView)?.file);
			if (!note) return false;
			const steps = plugin.index.stepsOf(note.file.path);
			if (steps.length === 0) return false;
			if (!checking) new StepSuggestModal(plugin, note.file, steps).open();
			return true;
		},
	});

	plugin.addCommand({
		id: "create-follow-up-templates",
		name: "Create follow-up templates",
		callback: () => void createTemplateFilesWithNotice(plugin),
	});
}
