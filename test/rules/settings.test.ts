import { DEFAULT_SETTINGS, FollowUpSettings, readSettings } from "../../src/rules";

describe("the defaults are SPEC.md's", () => {
	it("uses Interviews, Templates/Interview follow-up, Follow-ups, 14 days ahead, and 1, 1, 7, 28–42 days", () => {
		expect(DEFAULT_SETTINGS).toMatchObject({
			interviewsFolder: "Interviews",
			templatesFolder: "Templates/Interview follow-up",
			shareFolder: "Follow-ups",
			horizonDays: 14,
			letterDelayDays: 1,
			introducerDelayDays: 1,
			callDelayDays: 7,
			checkInMinDays: 28,
			checkInMaxDays: 42,
		});
	});

	it.each<[string, unknown]>([["nothing stored", undefined], ["null", null], ["an empty object", {}]])(
		"reads %s as the defaults, without a problem",
		(_, stored) => {
			expect(readSettings(stored)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
		},
	);

	it("keeps unknown keys out of the settings", () => {
		expect(readSettings({ somethingOld: 3 }).settings).toEqual(DEFAULT_SETTINGS);
	});
});

describe("stored values that are usable are used", () => {
	it.each<[keyof FollowUpSettings, unknown, unknown]>([
		["horizonDays", 0, 0],
		["horizonDays", 30, 30],
		["letterDelayDays", 2, 2],
		["introducerDelayDays", 0, 0],
		["callDelayDays", 10, 10],
		["checkInMinDays", 35, 35],
		["checkInMaxDays", 60, 60],
		["myName", "  Alex Kim ", "Alex Kim"],
		["showStatusBar", false, false],
		["showStartupNotice", false, false],
	])("reads %s: %p as %p", (key, value, expected) => {
		const { settings, problems } = readSettings({ [key]: value });
		expect(settings[key]).toEqual(expected);
		expect(problems).toEqual([]);
	});
});

describe("folders are normalized to Obsidian's form", () => {
	it.each<[string, string]>([
		["/Interviews/", "Interviews"],
		["Job hunt\\Interviews", "Job hunt/Interviews"],
		[" Job hunt / Interviews ", "Job hunt/Interviews"],
		["Job hunt//Interviews", "Job hunt/Interviews"],
		["", ""],
	])("reads interviewsFolder %p as %p", (value, expected) => {
		const { settings, problems } = readSettings({ interviewsFolder: value });
		expect(settings.interviewsFolder).toBe(expected);
		expect(problems).toEqual([]);
	});

	it.each<"templatesFolder" | "shareFolder">(["templatesFolder", "shareFolder"])("normalizes %s too", (key) => {
		expect(readSettings({ [key]: "/Mine/Stuff/" }).settings[key]).toBe("Mine/Stuff");
	});
});

describe("an unusable value is replaced by its default and reported, naming what was found", () => {
	it.each<[keyof FollowUpSettings, unknown, string[]]>([
		["callDelayDays", -1, ["Call delay", "cannot be negative", "-1", "default, 7"]],
		["horizonDays", -14, ["Horizon", "cannot be negative", "-14", "default, 14"]],
		["letterDelayDays", 1.5, ["Letter delay", "whole number of days", "1.5", "default, 1"]],
		["introducerDelayDays", "2", ["Introducer thanks delay", "whole number of days", '"2"', "default, 1"]],
		["checkInMinDays", null, ["Check-in window start", "whole number of days", "null", "default, 28"]],
		["checkInMaxDays", 1000, ["Check-in window end", "at most 730", "1000", "default, 42"]],
		["horizonDays", 400, ["Horizon", "at most 365", "400"]],
		["interviewsFolder", "../Elsewhere", ["Interviews folder", "inside the vault", '"../Elsewhere"', '"Interviews"']],
		["templatesFolder", "Templates/../..", ["Templates folder", "inside the vault", '"Templates/../.."']],
		["shareFolder", "./Follow-ups", ["Article-share folder", "inside the vault", '"./Follow-ups"']],
		["interviewsFolder", "Inter:views", ["Interviews folder", "cannot contain", '"Inter:views"']],
		["interviewsFolder", 5, ["Interviews folder", "folder path", "5"]],
		["showStatusBar", "yes", ["showStatusBar", "true or false", '"yes"']],
		["myName", 42, ["name must be text", "42"]],
	])("%s: %p", (key, value, mentions) => {
		const { settings, problems } = readSettings({ [key]: value });
		expect(settings[key]).toEqual(DEFAULT_SETTINGS[key]);
		expect(problems).toHaveLength(1);
		expect(problems[0].key).toBe(key);
		for (const mention of mentions) expect(problems[0].message).toContain(mention);
	});

	it("keeps the usable values beside an unusable one", () => {
		const { settings, problems } = readSettings({ callDelayDays: -3, horizonDays: 21, interviewsFolder: "Jobs" });
		expect(settings).toEqual({ ...DEFAULT_SETTINGS, horizonDays: 21, interviewsFolder: "Jobs" });
		expect(problems.map((problem) => problem.key)).toEqual(["callDelayDays"]);
	});
});

describe("a check-in window that ends before it starts falls back to the default window", () => {
	it.each<[Record<string, unknown>]>([
		[{ checkInMinDays: 50, checkInMaxDays: 40 }],
		[{ checkInMinDays: 50 }],
		[{ checkInMaxDays: 20 }],
	])("with %j", (stored) => {
		const { settings, problems } = readSettings(stored);
		expect([settings.checkInMinDays, settings.checkInMaxDays]).toEqual([28, 42]);
		expect(problems).toEqual([{ key: "checkInMaxDays", message: expect.stringMatching(/ends \(day \d+\) before it starts \(day \d+\).*28–42/) as string }]);
	});

	it("accepts a window of a single day", () => {
		const { settings, problems } = readSettings({ checkInMinDays: 30, checkInMaxDays: 30 });
		expect([settings.checkInMinDays, settings.checkInMaxDays]).toEqual([30, 30]);
		expect(problems).toEqual([]);
	});
});

describe("stored settings that are not a JSON object give the defaults and one problem", () => {
	it.each<[string, unknown]>([
		["a list", [1, 2]],
		["a number", 7],
		["a string", "Interviews"],
		["true", true],
	])("%s", (_, stored) => {
		const { settings, problems } = readSettings(stored);
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(problems).toHaveLength(1);
		expect(problems[0].message).toMatch(/JSON object; the defaults are used/);
	});
});
