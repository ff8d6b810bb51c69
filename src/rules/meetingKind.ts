/**
 * The kinds of meeting a job search holds (SPEC.md section 1): every one of them deserves a follow-up.
 * `interview` is a job interview; `informational` an informational interview, networking or a coffee chat;
 * `advice` a career-advice or mentoring meeting.
 */
export type MeetingKind = "interview" | "informational" | "advice";

/** A `type` value as the user wrote it, read: its kind, and the words a phrase uses for that meeting. */
export interface MeetingType {
	kind: MeetingKind;
	/** What the meeting is called in a sentence: "coffee chat", "informational interview", "advice". */
	name: string;
}

// Keys are lower case with spaces, `-` and `_` alike (compared as single spaces).
const TYPES = new Map<string, MeetingType>([
	["interview", { kind: "interview", name: "interview" }],
	["job interview", { kind: "interview", name: "interview" }],
	["informational", { kind: "informational", name: "informational interview" }],
	["informational interview", { kind: "informational", name: "informational interview" }],
	["information gathering", { kind: "informational", name: "conversation" }],
	["networking", { kind: "informational", name: "conversation" }],
	["coffee chat", { kind: "informational", name: "coffee chat" }],
	["advice", { kind: "advice", name: "advice" }],
	["career advice", { kind: "advice", name: "advice" }],
	["mentoring", { kind: "advice", name: "mentoring" }],
]);

/** A job interview, as a note without `type` is read. */
export const JOB_INTERVIEW: MeetingType = Object.freeze({ kind: "interview", name: "interview" });

/** Every `type` value the rules know, as SPEC.md lists them (for messages and menus). */
export const MEETING_TYPE_VALUES: readonly string[] = [...TYPES.keys()];

/** The meeting a `type` value names (case-insensitive; spaces, `-` and `_` alike), or `null` when it names none. */
export function readMeetingType(value: unknown): MeetingType | null {
	if (typeof value !== "string") return null;
	return TYPES.get(value.trim().toLowerCase().replace(/[\s_-]+/g, " ")) ?? null;
}

/** How the kind is named in an item's detail line and in menus. */
export const KIND_LABELS: Readonly<Record<MeetingKind, string>> = Object.freeze({
	interview: "Job interview",
	informational: "Informational",
	advice: "Career advice",
});
