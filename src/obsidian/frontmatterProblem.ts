import { parseYaml } from "obsidian";
import { frontmatterSource } from "../rules";
import { messageOf } from "./errorMessage";

/**
 * Why a note's frontmatter is not valid YAML, in the words of Obsidian's own parser (`parseYaml`, the one its
 * metadata cache and `processFrontMatter` read with); `null` when it is valid or the note has no block. Asked
 * when the text write declined (SPEC.md section 5): a block that does not parse is never written into, and
 * the user hears why instead.
 */
export function frontmatterProblem(text: string): string | null {
	const yaml = frontmatterSource(text);
	if (yaml === null) return null;
	try {
		parseYaml(yaml);
		return null;
	} catch (error) {
		return messageOf(error).split("\n")[0];
	}
}
