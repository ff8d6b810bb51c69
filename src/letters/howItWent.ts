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
	if (interview.kind !== "interview") return "It was a generous conversation, and I came away with a clearer picture and good advice.";
	if (interview.status === "offer") return "It went well, and I am glad to say it led to an offer.";
	if (interview.status === "rejected") return "It did not lead to an offer this time, but I learned a lot and I am glad I met them.";
	if (interview.outcome === "well") return "It went well: we had a good conversation about the team and its work.";
	if (interview.outcome === "poorly") return "It was a demanding conversation, and I learned a lot from it.";
	return null;
}
