import { FollowUpSettings } from "../src/rules";

/**
 * Whether a note's text could make it a meeting under the rules (`isInterviewNote`), decided without parsing
 * its YAML. Outside the interviews folder a note is a meeting only by an `interview` tag (in its frontmatter or
 * its body) or a `type` key, and YAML cannot spell either without writing it out, except through an escape
 * (`"\x69nterview"`): so a note outside the folder whose text never says "interview" (in any case), and whose
 * frontmatter block says neither "type" nor "\", is not one, and its YAML need not be read.
 *
 * Why: most notes of a vault are not meetings; skipping their YAML made `agenda` on the bench's 10,000-note
 * vault about 1.5× faster (and leaves their frontmatter out of memory).
 */
export function mayBeMeeting(path: string, text: string, frontmatterEnd: number, settings: FollowUpSettings): boolean {
	if (settings.interviewsFolder !== "" && path.startsWith(`${settings.interviewsFolder}/`)) return true;
	if (MENTIONS_INTERVIEW.test(text)) return true;
	const frontmatter = text.slice(0, frontmatterEnd);
	return frontmatter.includes("type") || frontmatter.includes("\\");
}

// A superset of the tags the rules take (they compare ASCII letters without regard to case).
const MENTIONS_INTERVIEW = /interview/i;
