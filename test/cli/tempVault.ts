import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";

/** A vault folder made for one test under the system's temporary folder; `remove()` deletes it. */
export interface TempVault {
	root: string;
	/** Writes (or overwrites) a file at a vault path, creating its folders. */
	write(path: string, content: string | Buffer): void;
	remove(): void;
}

/** Makes a temporary vault holding `files` (vault path → text or bytes). */
export function makeTempVault(files: Record<string, string | Buffer> = {}): TempVault {
	const root = mkdtempSync(join(tmpdir(), "ifu-cli-"));
	const vault: TempVault = {
		root,
		write(path, content) {
			const file = join(root, path);
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, content);
		},
		remove() {
			rmSync(root, { recursive: true, force: true });
		},
	};
	for (const [path, content] of Object.entries(files)) vault.write(path, content);
	return vault;
}

/** A note's text: a frontmatter block of `key: value` lines (given as YAML text), then a body. */
export function note(frontmatter: string, body = "Notes from the interview.\n"): string {
	return `---\n${frontmatter.trim()}\n---\n${body}`;
}
