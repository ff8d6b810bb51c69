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
	// The letter has thanked them once already: these say how it went, not thanks again.
	if (interview.kind !== "interview") return "I am glad we had the chance to talk.";
	if (interview.status === "offer") return "The interview went well, and I am glad to say it has led to an offer.";
	if (interview.status === "rejected") return "It did not lead to an offer this time, but I am glad I had the chance.";
	if (interview.outcome === "well") return "The interview went well.";
	if (interview.outcome === "poorly") return "I am glad I had the chance.";
	return null;
}
