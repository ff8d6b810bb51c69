import { actionPhrase, AgendaItem, buildAgenda, CalendarDay, isInterviewNote, parseInterviewNote, threadKey, whenPhrase } from "../src/rules";
import { noteMaterial, ShareRanking, ShareSuggestion, suggestForThread } from "../src/shares";
import { readDayArgument, splitArguments } from "./arguments";
import { CommandOutput } from "./commandOutput";
import { findNotePath } from "./notePath";
import { UsageError } from "./usageError";
import { readVaultSettings } from "./vaultSettings";
import { readVaultShares } from "./vaultShares";
import { checkVaultFolder } from "./vaultWalker";

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 100;

function readLimit(text: string | undefined): number {
	if (text === undefined) return DEFAULT_LIMIT;
	const value = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
	if (!Number.isInteger(value) || value < 1 || value > MAX_LIMIT) {
		throw new UsageError(`suggest: --limit "${text}" is not a number of suggestions; expected a whole number from 1 to ${MAX_LIMIT}.`);
	}
	return value;
}

/**
 * `suggest VAULT NOTE [--today YYYY-MM-DD] [--json] [--limit N]` (SPEC.md section 9): reads the vault (never
 * writing) and prints what to share at the open check-in of NOTE's thread (NOTE may be any of its notes): the
 * saved clippings and share ideas ranked by what the thread's notes say of the other side, each with the words
 * it matched, those already shared with the thread last. Returns 0 (also when nothing matches); a note that is
 * not a meeting note, or whose thread has no open check-in, is a `UsageError` (exit 2).
 */
export function runSuggestCommand(args: readonly string[], output: CommandOutput, localToday: () => CalendarDay): number {
	const { flags, positional } = splitArguments("suggest", args, ["--today", "--limit"], ["--json"]);
	if (positional.length === 0) throw new UsageError("suggest: missing VAULT, the vault folder to read.");
	if (positional.length === 1) throw new UsageError("suggest: missing NOTE, a meeting note of the thread, as a path inside VAULT.");
	if (positional.length > 2) throw new UsageError(`suggest: expected VAULT and NOTE, found also "${positional[2]}".`);
	const [vault, given] = positional;
	const todayFlag = flags.get("--today");
	const limit = readLimit(flags.get("--limit"));
	checkVaultFolder(vault);
	const path = findNotePath("suggest", vault, given);
	const today = todayFlag === undefined ? localToday() : readDayArgument("--today", todayFlag);
	const settings = readVaultSettings(vault, output.err);
	const read = readVaultShares(vault, settings, output.err);

	const note = read.meetings.find((meeting) => meeting.path === path);
	if (!note || !isInterviewNote(note, settings)) {
		throw new UsageError(
			`suggest: "${path}" is not an interview note; expected a note with frontmatter under "${settings.interviewsFolder || "(no folder)"}", tagged interview, or with a meeting type.`,
		);
	}
	const parsed = parseInterviewNote(note);
	if (!parsed.interview) {
		const error = parsed.problems.find((problem) => problem.severity === "error");
		throw new UsageError(`suggest: "${path}" has no follow-up steps until it is fixed: ${error?.message ?? "its frontmatter cannot be read"}`);
	}
	const key = threadKey(parsed.interview);
	const thread = read.meetings.filter((meeting) => {
		if (!isInterviewNote(meeting, settings)) return false;
		const interview = parseInterviewNote(meeting).interview;
		return interview !== null && threadKey(interview) === key;
	});
	const paths = new Set(thread.map((meeting) => meeting.path));
	const checkIn = buildAgenda(thread, today, settings).items.find((item) => item.step === "check-in" && paths.has(item.note));
	if (!checkIn) {
		throw new UsageError(`suggest: the thread of "${path}" has no open check-in (after an offer, or once it is closed, check-ins stop).`);
	}

	const ranking = new ShareRanking();
	for (const candidate of read.candidates) ranking.set(candidate);
	const materials = thread.map((meeting) => ({ path: meeting.path, material: noteMaterial(meeting.frontmatter, read.bodies.get(meeting.path) ?? "") }));
	const suggestions = suggestForThread(ranking, materials, read.shares, limit);
	output.out(flags.has("--json") ? suggestionsJson(checkIn.note, suggestions) : suggestionsText(checkIn, suggestions, today, ranking.size));
	return 0;
}

/** SPEC.md section 9's JSON: `{"note": …, "suggestions": [{"path", "title", "url", "score", "terms"}]}`. */
function suggestionsJson(note: string, suggestions: readonly ShareSuggestion[]): string {
	const list = suggestions.map(({ path, title, url, score, terms }) => ({ path, title, url, score, terms }));
	return `${JSON.stringify({ note, suggestions: list }, null, 2)}\n`;
}

function suggestionsText(checkIn: AgendaItem, suggestions: readonly ShareSuggestion[], today: CalendarDay, candidates: number): string {
	const lines = [`${actionPhrase(checkIn, null)} — ${whenPhrase(checkIn, today)}`, `  ${checkIn.note}`, ""];
	if (suggestions.length === 0) {
		lines.push(
			candidates === 0
				? "No saved articles yet: clip pages into Clippings/ with Obsidian's Web Clipper, or tag a note share-idea."
				: `None of the ${candidates} saved ${candidates === 1 ? "article matches" : "articles match"} what the thread's notes say of them (challenge, learned, advice, company, role).`,
		);
	}
	suggestions.forEach((suggestion, index) => {
		lines.push(`${index + 1}. ${suggestion.title}${suggestion.shared ? " (already shared with them)" : ""}`);
		lines.push(`   ${suggestion.url ?? "no web address in the note"}`);
		lines.push(`   matches: ${suggestion.terms.join(", ")} · ${suggestion.path}`);
	});
	return `${lines.join("\n")}\n`;
}
