import { parse } from "yaml";

/**
 * Obsidian's `parseYaml` (obsidian.d.ts: `export function parseYaml(yaml: string): any`): the YAML of a note's
 * frontmatter as a value; it throws on YAML that does not parse, as the app's does. Mock: the `yaml` package,
 * which the in-memory metadata cache reads frontmatter with too.
 */
export function parseYaml(yaml: string): unknown {
	return parse(yaml);
}
