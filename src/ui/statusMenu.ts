import { Menu, MenuPositionDef } from "obsidian";
import { Status } from "../rules";

const CHOICES: { title: string; status: Status; icon: string }[] = [
	{ title: "Waiting", status: "waiting", icon: "hourglass" },
	{ title: "They replied", status: "responded", icon: "message-circle" },
	{ title: "Offer", status: "offer", icon: "party-popper" },
	{ title: "Rejected", status: "rejected", icon: "x-circle" },
	{ title: "Close", status: "closed", icon: "archive" },
];

/** The status menu at `position` (in `doc`, the window it was asked from): waiting, they replied, offer, rejected, close; the current status is checked. */
export function showStatusMenu(position: MenuPositionDef, current: Status | null, onPick: (status: Status) => void, doc?: Document): void {
	const menu = new Menu();
	for (const choice of CHOICES) {
		menu.addItem((item) =>
			item.setTitle(choice.title).setIcon(choice.icon).setChecked(current === choice.status).onClick(() => onPick(choice.status)),
		);
	}
	menu.showAtPosition(position, doc);
}
