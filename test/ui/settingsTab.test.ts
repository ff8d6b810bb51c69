/** @jest-environment jsdom */
import { FollowUpSettingTab, TEXT_SAVE_DELAY_MS } from "../../src/ui/settingsTab";
import { Setting, usePlatform } from "../mocks/obsidian";
import { flush, loadPlugin, morningOf } from "../obsidian/harness";

afterEach(() => {
	jest.useRealTimers();
	usePlatform("desktop");
});

/** How Obsidian shows the tab: `display()` before 1.13, the declarative definitions from 1.13 on. */
type Shown = "display" | "definitions";

/** Renders the definitions as Obsidian 1.13 does: a heading per group, then each row's Setting, named first. */
function renderDefinitions(tab: FollowUpSettingTab): void {
	const el = tab.containerEl;
	el.empty();
	for (const group of tab.getSettingDefinitions()) {
		if (!("type" in group) || group.type !== "group") throw new Error("expected groups");
		new Setting(el).setName(group.heading ?? "").setHeading();
		for (const item of group.items ?? []) {
			if (!("render" in item) || !item.render) throw new Error(`"${item.name}" has no render`);
			const setting = new Setting(el).setName(item.name);
			if (typeof item.desc === "string") setting.setDesc(item.desc);
			item.render(setting as never, null as never);
		}
	}
}

/** The user stops typing long enough for a text setting to be saved. */
async function pause(): Promise<void> {
	jest.advanceTimersByTime(TEXT_SAVE_DELAY_MS);
	await flush();
}

async function openTab(shown: Shown = "display") {
	const harness = await loadPlugin({ "Interviews/2026/a.md": "x", "Templates/Interview follow-up/thank-you.md": "y" }, morningOf("2026-11-27"));
	const tab = harness.app.settingTabs[0] as unknown as FollowUpSettingTab;
	if (shown === "display") (tab as { display(): void }).display(); // Obsidian < 1.13 renders a tab this way
	else renderDefinitions(tab);
	document.body.appendChild(tab.containerEl);
	const row = (name: string) => {
		const setting = tab.containerEl.findAll(".setting-item").find((el) => el.find(".setting-item-name")?.getText() === name);
		if (!setting) throw new Error(`no setting "${name}"`);
		return setting;
	};
	/** Keystrokes without a pause: the field holds each of `values` in turn; returns the message shown. */
	const keystrokes = async (name: string, values: string[]) => {
		const input = row(name).find("input") as HTMLInputElement;
		for (const value of values) {
			input.value = value;
			input.dispatchEvent(new Event("input"));
			await Promise.resolve();
		}
		return row(name).find(".ifu-field-error")?.getText() ?? "";
	};
	/** Types `value` and pauses, as long as it takes a text setting to be saved. */
	const type = async (name: string, value: string) => {
		const message = await keystrokes(name, [value]);
		await pause();
		return message;
	};
	return { ...harness, tab, row, keystrokes, type };
}

describe.each<Shown>(["display", "definitions"])("the settings tab (shown by %s) groups settings under headings, in sentence case, without a top-level heading", (shown) => {
	it("starts with the Folders group and has one group per topic", async () => {
		const { tab } = await openTab(shown);
		expect(tab.containerEl.findAll(".setting-item-heading").map((el) => el.getText())).toEqual(["Folders", "Schedule", "Letters", "Reminders"]);
		expect(tab.containerEl.firstElementChild?.hasClass("setting-item-heading")).toBe(true);
	});
});

describe.each<Shown>(["display", "definitions"])("every day field says its unit (shown by %s)", (shown) => {
	it.each(["Coming up", "Letter", "Thanks to the introducer", "Call", "Check-in from", "Check-in until"])("%s: days", async (name) => {
		const { row } = await openTab(shown);
		const unit = row(name).find(".ifu-unit");
		expect(unit.getText()).toBe("days");
		expect(row(name).find("input").getAttr("aria-describedby")).toBe(unit.id);
	});

	it("gives no unit to folders and names", async () => {
		const { row } = await openTab(shown);
		expect(row("Templates folder").find(".ifu-unit")).toBeNull();
		expect(row("Templates folder").find("input").hasClass("ifu-folder-input")).toBe(true);
	});
});

describe.each<Shown>(["display", "definitions"])("valid input is saved to data.json (shown by %s)", (shown) => {
	it.each([
		["Coming up", "21", { horizonDays: 21 }],
		["Call", " 10 ", { callDelayDays: 10 }],
		["Check-in until", "60", { checkInMaxDays: 60 }],
		["Interviews folder", "Jobs/Interviews/", { interviewsFolder: "Jobs/Interviews" }],
		["Interviews folder", " Jobs\\Interviews//2026 ", { interviewsFolder: "Jobs/Interviews/2026" }],
		["Article-share folder", "Cafe\u0301", { shareFolder: "Caf\u00e9" }], // normalizePath: one Unicode form, as Obsidian names files
		["Interviews folder", "", { interviewsFolder: "" }], // no folder: tagged notes only
		["Your name", " Sam Lee ", { myName: "Sam Lee" }],
	])("%s ← %j", async (name, value, saved) => {
		const { plugin, type } = await openTab(shown);
		expect(await type(name, value)).toBe("");
		expect((plugin as unknown as { data: unknown }).data).toEqual(expect.objectContaining(saved));
	});
});

describe.each<Shown>(["display", "definitions"])("invalid input is explained next to the field and not saved (shown by %s)", (shown) => {
	it.each([
		["Letter", "-1", "Letter delay cannot be negative (found -1)."],
		["Call", "1.5", "Call delay must be a whole number of days, found 1.5."],
		["Coming up", "soon", 'Horizon must be a whole number of days, found "soon".'],
		["Check-in from", "50", "The check-in window cannot start (day 50) after it ends (day 42)."],
		["Check-in until", "20", "The check-in window cannot start (day 28) after it ends (day 20)."],
		["Templates folder", "../outside", 'Templates folder must be a path inside the vault, without "." or ".." (found "../outside").'],
	])("%s ← %j", async (name, value, message) => {
		const { plugin, row, type } = await openTab(shown);
		const before = { ...plugin.settings };
		expect(await type(name, value)).toBe(message);
		expect(row(name).find("input")?.getAttribute("aria-invalid")).toBe("true");
		expect(plugin.settings).toEqual(before);
		expect((plugin as unknown as { data: unknown }).data).toBeNull();
	});
});

describe("both ways of showing the tab give the same settings, so settings search (Obsidian 1.13+) finds them all", () => {
	it("lists the same names under the same headings", async () => {
		const names = (tab: FollowUpSettingTab) => tab.containerEl.findAll(".setting-item-name").map((el) => el.getText());
		expect(names((await openTab("definitions")).tab)).toEqual(names((await openTab("display")).tab));
		expect(names((await openTab("definitions")).tab)).toContain("Check-in until");
	});
});

describe("folder fields suggest the vault's folders", () => {
	it("lists matching folders and fills the field with the chosen one", async () => {
		const { plugin, row } = await openTab();
		const input = row("Templates folder").find("input") as HTMLInputElement;
		input.value = "interview";
		input.dispatchEvent(new Event("input"));
		await Promise.resolve();
		const suggestions = document.body.findAll(".suggestion-item");
		expect(suggestions.map((el) => el.getText())).toEqual(["Interviews", "Interviews/2026", "Templates/Interview follow-up"]);
		suggestions[2].click();
		await pause();
		expect(input.value).toBe("Templates/Interview follow-up");
		expect(plugin.settings.templatesFolder).toBe("Templates/Interview follow-up");
	});
});

describe("a text setting is saved once the user pauses, not on every keystroke", () => {
	/** Each keystroke's field value: typing `text` letter by letter. */
	const letters = (text: string) => [...text].map((_, i) => text.slice(0, i + 1));

	it.each([
		["Interviews folder", letters("Job search"), { interviewsFolder: "Job search" }, 1],
		// Through an invalid value (an empty field) and back: nothing is saved before the pause.
		["Coming up", ["", "3", "30", "3", "", "2", "21", "2", "", "7"], { horizonDays: 7 }, 1],
		// The name signs letters and schedules nothing: saved, and the vault is not read again.
		["Your name", letters("Sam Rivera"), { myName: "Sam Rivera" }, 0],
	])("ten keystrokes in %s make one save", async (name, values, saved, rebuildCount) => {
		const { plugin, keystrokes } = await openTab();
		const saves = jest.spyOn(plugin, "saveData");
		const rebuilds = jest.spyOn(plugin.index, "rebuild");
		expect(values).toHaveLength(10);
		await keystrokes(name, values);
		jest.advanceTimersByTime(TEXT_SAVE_DELAY_MS - 1);
		await flush();
		expect(saves).not.toHaveBeenCalled();
		await pause();
		expect(saves).toHaveBeenCalledTimes(1);
		expect(saves).toHaveBeenCalledWith(expect.objectContaining(saved));
		expect(rebuilds).toHaveBeenCalledTimes(rebuildCount);
	});

	it("waits for the pause after the last keystroke, not the first", async () => {
		const { plugin, keystrokes } = await openTab();
		const saves = jest.spyOn(plugin, "saveData");
		for (const value of letters("Jobs")) {
			await keystrokes("Interviews folder", [value]);
			jest.advanceTimersByTime(TEXT_SAVE_DELAY_MS - 100);
		}
		expect(saves).not.toHaveBeenCalled();
		await pause();
		expect(saves).toHaveBeenCalledTimes(1);
	});

	it("drops a valid value when the field then becomes invalid", async () => {
		const { plugin, keystrokes } = await openTab();
		expect(await keystrokes("Call", ["1", "10", "10x"])).toBe('Call delay must be a whole number of days, found "10x".');
		await pause();
		expect((plugin as unknown as { data: unknown }).data).toBeNull();
		expect(plugin.settings.callDelayDays).toBe(7);
	});

	it("saves what was typed just before the settings close", async () => {
		const { plugin, tab, keystrokes } = await openTab();
		await keystrokes("Interviews folder", letters("Jobs"));
		tab.hide();
		await flush();
		expect(plugin.settings.interviewsFolder).toBe("Jobs");
		expect((plugin as unknown as { data: unknown }).data).toEqual(expect.objectContaining({ interviewsFolder: "Jobs" }));
	});
});

describe("on mobile, where there is no status bar, its switch is not offered", () => {
	it.each<["desktop" | "mobile", string[]]>([
		["desktop", ["Status bar count", "Start-up notice", "Calendar reminder time"]],
		["mobile", ["Start-up notice", "Calendar reminder time"]],
	])("on %s the Reminders group offers %j", async (platform, names) => {
		usePlatform(platform);
		const { tab } = await openTab();
		const items = tab.containerEl.findAll(".setting-item");
		const reminders = items.slice(items.findIndex((el) => el.getText() === "Reminders") + 1);
		expect(reminders.map((el) => el.find(".setting-item-name")?.getText())).toEqual(names);
	});
});

describe("the calendar reminder time is a time of day or off", () => {
	it.each([
		["9:30", "", "09:30"],
		["off", "", "off"],
		["noon", 'Reminder time must be a time of day as HH:mm (24-hour, for example 09:00 or 17:30) or "off", found "noon".', "09:00"],
	])("typing %j shows %j and keeps %j, without reading the vault again", async (value, message, kept) => {
		const { plugin, type } = await openTab();
		const rebuilds = jest.spyOn(plugin.index, "rebuild");
		expect(await type("Calendar reminder time", value)).toBe(message);
		expect(plugin.settings.reminderTime).toBe(kept);
		expect(rebuilds).not.toHaveBeenCalled();
	});
});
