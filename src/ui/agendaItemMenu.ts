import { Menu, MenuPositionDef } from "obsidian";
import { AgendaItem } from "../rules";
import { MAIN_ACTION } from "./agendaItemRenderer";

/** What a user can do with an agenda item; the view supplies these. */
export interface AgendaItemActions {
	open(item: AgendaItem, event?: MouseEvent | KeyboardEvent): void;
	runMainAction(item: AgendaItem): Promise<void>;
	/** Writes the step done; resolves once the metadata cache shows the write. */
	markDone(item: AgendaItem): Promise<void>;
	/** Whether a Done for this item is written but not yet shown by the metadata cache (Done is then disabled). */
	isPending(item: AgendaItem): boolean;
	/** `doc`: the document of the window the menu opened in (a pop-out's own), where the next menu opens too. */
	snooze(item: AgendaItem, position: MenuPositionDef, doc?: Document): void;
	setStatus(item: AgendaItem, position: MenuPositionDef, doc?: Document): void;
	/** The saved article worth sharing at a check-in, if any (SPEC.md section 9); without it no "Share this…". */
	suggestionOf?(item: AgendaItem): { title: string } | null;
	/** Opens the article share filled with that suggestion. */
	shareSuggestion?(item: AgendaItem): void;
}

/**
 * Letters that leave Obsidian: email the draft (`mailto:`), copy it, or call the contact (`tel:`). Given to the
 * view by main.ts (src/ui/draftActions.ts); without them the menu has no such entries.
 */
export interface DraftActions {
	/** Opens the draft to `contact` (one member of a panel; the first when absent) in the mail app. */
	emailDraft(item: AgendaItem, contact?: string): unknown;
	/** Copies the draft to `contact` as plain text. */
	copyDraft(item: AgendaItem, contact?: string): unknown;
	callContact(item: AgendaItem): unknown;
}

/**
 * The menu of an agenda item (right-click, long-press, "⋯", the context-menu key): for a check-in with a
 * suggestion, "Share this…" (the article share, filled); its main action and, when wired, email/copy/call; then Mark done, Snooze… and Set status… (each a menu of its own at the same place);
 * then Open note.
 */
export function showAgendaItemMenu(item: AgendaItem, position: MenuPositionDef, actions: AgendaItemActions, drafts: DraftActions | null, doc?: Document): Menu {
	const menu = new Menu();
	const main = MAIN_ACTION[item.step];
	const suggestion = item.step === "check-in" ? (actions.suggestionOf?.(item) ?? null) : null;
	if (suggestion && actions.shareSuggestion) {
		menu.addItem((entry) => entry.setTitle("Share this…").setIcon("share").setSection("action").onClick(() => actions.shareSuggestion?.(item)));
	}
	menu.addItem((entry) => entry.setTitle(main.text).setIcon(main.icon).setSection("action").onClick(() => void actions.runMainAction(item)));
	if (drafts) {
		if (item.step === "call") {
			menu.addItem((entry) => entry.setTitle(`Call ${item.contact ?? "the contact"}`).setIcon("phone-outgoing").setSection("action").onClick(() => void drafts.callContact(item)));
		} else if (item.step === "letter" && item.contacts.length > 1) {
			// A panel: each person's own letter.
			for (const contact of item.contacts) {
				menu.addItem((entry) => entry.setTitle(`Email draft to ${contact}`).setIcon("send").setSection("action").onClick(() => void drafts.emailDraft(item, contact)));
			}
			for (const contact of item.contacts) {
				menu.addItem((entry) => entry.setTitle(`Copy draft to ${contact}`).setIcon("copy").setSection("action").onClick(() => void drafts.copyDraft(item, contact)));
			}
		} else if (item.step !== "check-in") {
			// A check-in's message needs its article first: the main action (the article-share dialog) writes it.
			menu.addItem((entry) => entry.setTitle("Email draft").setIcon("send").setSection("action").onClick(() => void drafts.emailDraft(item)));
			menu.addItem((entry) => entry.setTitle("Copy draft").setIcon("copy").setSection("action").onClick(() => void drafts.copyDraft(item)));
		}
	}
	menu.addSeparator();
	menu.addItem((entry) => entry.setTitle("Mark done").setIcon("check").setSection("follow-up").setDisabled(actions.isPending(item)).onClick(() => void actions.markDone(item)));
	menu.addItem((entry) => entry.setTitle("Snooze…").setIcon("alarm-clock").setSection("follow-up").onClick(() => actions.snooze(item, position, doc)));
	menu.addItem((entry) => entry.setTitle("Set status…").setIcon("flag").setSection("follow-up").onClick(() => actions.setStatus(item, position, doc)));
	menu.addSeparator();
	menu.addItem((entry) => entry.setTitle("Open note").setIcon("file-text").setSection("open").onClick((event) => actions.open(item, event)));
	// In the row's own window: a pop-out's menu opens there, not in the main window (obsidian.d.ts
	// `showAtPosition(position, doc?)`).
	menu.showAtPosition(position, doc);
	return menu;
}
