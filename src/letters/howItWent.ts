import { parseInterviewNote } from "../rules";

/**
 * One sentence for the person who introduced you on how the meeting went (`{{how_it_went}}`), from what the
 * note says of it: its kind, outcome and status. Only that: what was said in the meeting stays between the
 * candidate and the people met. `null` after a job interview whose outcome is unknown, so the blank shows.
 */
export function howItWent(frontmatter: Readonly<Record<string, unknown>> | null): string | null {
	// A stand-in date, so a note whose date cannot be read still says how it went.
	const interview = parseInterviewNote({ path: "", frontmatter: { ...frontmatter, date: "2000-01-01" } }).interview;
	if (interview === null) return null;
	if (interview.kind !== "interview") return "I am grateful you made it possible.";
	if (interview.status === "offer") return "It went well, and I am glad to say it led to an offer.";
	if (interview.status === "rejected") return "It did not lead to an offer this time, but I am grateful you made it possible.";
	if (interview.outcome === "well") return "It went well, and I am grateful you made it possible.";
	if (interview.outcome === "poorly") return "I am grateful you made it possible.";
	return null;
}
