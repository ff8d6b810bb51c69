import { statSync } from "fs";
import { isAbsolute, relative, resolve, sep } from "path";
import { UsageError } from "./usageError";

/**
 * The note's path inside the vault, as SPEC.md section 7 takes NOTE: relative to VAULT, or with the vault folder
 * in front (as a shell completes it), with or without `.md`. A path that leaves the vault is refused; `command`
 * starts each message (`letter`, `suggest`).
 */
export function findNotePath(command: string, vault: string, given: string): string {
	const typed = given.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
	const root = resolve(vault);
	const fromHere = relative(root, resolve(given)).split(sep).join("/");
	const candidates = [typed];
	if (fromHere !== "" && !fromHere.startsWith("..") && !isAbsolute(fromHere)) candidates.push(fromHere);
	for (const candidate of [...candidates]) if (!/\.md$/i.test(candidate)) candidates.push(`${candidate}.md`);
	const inside = candidates.filter((candidate) => !(candidate.startsWith("/") || /^[A-Za-z]:/.test(candidate) || candidate.split("/").includes("..")));
	if (inside.length === 0) throw new UsageError(`${command}: NOTE must be a path inside the vault, such as Interviews/Acme.md; found "${given}".`);
	for (const candidate of inside) if (kindOf(`${vault}/${candidate}`) === "file") return candidate;
	const first = inside[0];
	if (kindOf(`${vault}/${first}`) === "folder") throw new UsageError(`${command}: "${first}" is a folder; expected a note such as ${first}/Acme.md.`);
	throw new UsageError(`${command}: no note at "${first}" in "${vault}".`);
}

function kindOf(path: string): "file" | "folder" | "nothing" {
	try {
		const stat = statSync(path);
		return stat.isFile() ? "file" : stat.isDirectory() ? "folder" : "nothing";
	} catch {
		return "nothing";
	}
}
