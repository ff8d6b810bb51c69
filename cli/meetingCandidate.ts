import { FollowUpSettings } from "../src/rules";

/**
 * Whether a note's text could make it a meeting under the rules (`isInterviewNote`), decided without parsing
 * its YAML: the cheap pre-check that skips most notes of a vault before anything is built for them.
 *
 * A note is a meeting when it lies in the interviews folder, when its body holds an `#interview` tag, or when its
 * frontmatter has an `interview` tag or a meeting `type`. A tag in the body is spelled out, `#` included (in any
 * case). YAML cannot spell a tag `interview` or a key `type` without writing them out either, except through an
 * escape (`"\x69nterview"`, `"ty\x70e"`): so a note outside the folder whose body never says "#interview" (in any
 * case) and whose frontmatter block says none of "interview" (in any case), "type" and "\" is not a meeting, and
 * its YAML need not be read. test/cli/meetingCandidate.property.test.ts holds it to the full reading.
 *
 * Why: most notes of a vault are not meetings; skipping their YAML made `agenda` on the bench's 10,000-note
 * vault about 1.5× faster (and leaves their frontmatter out of memory), and looking for the tag rather than the
 * word in bodies keeps notes that only talk about interviews (clipped articles, journals) out too.
 */
export function mayBeMeeting(path: string, text: string, frontmatterEnd: number, settings: FollowUpSettings): boolean {
	if (settings.interviewsFolder !== "" && path.startsWith(`${settings.interviewsFolder}/`)) return true;
	if (frontmatterEnd > 0) {
		const frontmatter = text.slice(0, frontmatterEnd);
		if (MENTIONS_INTERVIEW.test(frontmatter) || frontmatter.includes("type") || frontmatter.includes("\\")) return true;
	}
	return text.length > frontmatterEnd && BODY_TAG.test(frontmatterEnd === 0 ? text : text.slice(frontmatterEnd));
}

// Supersets of the tags the rules take (they compare ASCII letters without regard to case).
const MENTIONS_INTERVIEW = /interview/i;
const BODY_TAG = /#interview/i;
