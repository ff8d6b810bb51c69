import { StepKind } from "../rules";

/**
 * 32 bits of FNV-1a over the UTF-16 code units of `text`, from `seed`. Not for security: only to turn a note
 * path into a short, stable token, the same on every platform and run (no clock, no randomness, no Node crypto,
 * which Obsidian mobile lacks).
 */
function fnv1a(text: string, seed: number): number {
	let hash = seed;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/**
 * The `UID` of the calendar event of one step of one note, e.g. `3f1c…-call@interview-follow-up`: derived from
 * the note's path and the step alone, so it stays the same from run to run and day to day (a calendar that
 * imports the file again updates the event instead of adding a second one), and differs between steps and
 * notes. Two 32-bit hashes with different seeds make 64 bits: no two paths of a vault share one in practice.
 */
export function followUpUid(notePath: string, step: StepKind): string {
	const key = `${notePath}\u0000${step}`;
	const hex = (value: number) => value.toString(16).padStart(8, "0");
	return `${hex(fnv1a(key, 0x811c9dc5))}${hex(fnv1a(key, 0x050c5d1f))}-${step}@interview-follow-up`;
}
