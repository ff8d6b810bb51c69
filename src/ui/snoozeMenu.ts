import { App, Menu, MenuPositionDef } from "obsidian";
import { CalendarDay } from "../rules";
import { DatePickerModal } from "./datePickerModal";

const CHOICES: { title: string; days: number }[] = [
	{ title: "Tomorrow", days: 1 },
	{ title: "In 3 days", days: 3 },
	{ title: "Next week", days: 7 },
];

/** The snooze menu at `position` (in `doc`, the window it was asked from): tomorrow, in 3 days, next week, or a date picked in a small dialog. */
export function showSnoozeMenu(app: App, position: MenuPositionDef, today: CalendarDay, onPick: (until: CalendarDay) => void, doc?: Document): void {
	const menu = new Menu();
	for (const choice of CHOICES) menu.addItem((item) => item.setTitle(choice.title).onClick(() => onPick(today + choice.days)));
	menu.addItem((item) => item.setTitle("Pick a date…").setIcon("calendar").onClick(() => new DatePickerModal(app, today, onPick).open()));
	menu.showAtPosition(position, doc);
}
