import { parseInterviewNote } from "../rules";

/**
 * How the meeting went and what comes next, in a sentence or two for the person who introduced you
 * (`{{how_it_went}}`), from what the note says of it: its kind, outcome and status. Only that: what was said
 * in the meeting stays between the candidate and the people met. `null` after a job interview whose outcome is
 * unknown, so the blank shows.
 */
export function howItWent(frontmatter: Readonly<Record<string, unknown>> | null): string | null {
	// A stand-in date, so a note whose date cannot be read still says how it went.
	const interview = parseInterviewNote({ path: "", frontmatter: { ...frontmatter, date: "2000-01-01" } }).interview;
	if (interview === null) return null;
	// The letter has thanked them once already: these say how it went, not thanks again.
	if (interview.kind !== "interview") return "I am grateful for the conversation, and I will let you know how things go from here.";
	if (interview.status === "offer") return "The interview went well, and I am glad to say it has led to an offer. I will let you know what I decide.";
	if (interview.status === "rejected") return "The interview did not lead to an offer this time, but I am grateful for the chance to be considered. I will keep you posted on my search.";
	if (interview.outcome === "well") return "The interview went well, and I will let you know how things go from here.";
	if (interview.outcome === "poorly") return "I am grateful for the chance to be considered, and I will let you know how things go from here.";
	return null;
}
