import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { stringify } from "yaml";
import { NoteSource } from "../../src/rules";

/** A generated vault: the notes as the rules see them, and where they were written (if anywhere). */
export interface SyntheticVault {
	notes: NoteSource[];
	interviewCount: number;
}

const OUTCOMES = ["well", "poorly", "good", "bombed", undefined];
const STATUSES = ["waiting", "waiting", "waiting", "responded", "rejected", "offer", "closed"];

/** A small deterministic random number generator, so every run measures the same vault. */
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

function isoDay(dayOfYear: number): string {
	const date = new Date(Date.UTC(2026, 0, 1 + dayOfYear));
	return date.toISOString().slice(0, 10);
}

/**
 * Makes `total` notes of which a fifth are interview notes (in `Interviews/`, threads of about three notes per
 * company, a realistic mix of outcomes, statuses, done marks and check-ins) and the rest ordinary notes.
 */
export function makeSyntheticVault(total: number, seed = 42): SyntheticVault {
	const random = seededRandom(seed);
	const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
	const interviewCount = Math.floor(total / 5);
	const notes: NoteSource[] = [];
	for (let i = 0; i < interviewCount; i++) {
		const day = Math.floor(random() * 330);
		const company = `Company ${Math.floor(i / 3)}`;
		const frontmatter: Record<string, unknown> = {
			date: isoDay(day),
			company: `[[Companies/${company}]]`,
			role: pick(["Data analyst", "Product manager", "Backend engineer"]),
			interviewer: `[[People/Person ${i}|Person ${i}]]`,
			status: pick(STATUSES),
			tags: ["interview"],
		};
		const outcome = pick(OUTCOMES);
		if (outcome) frontmatter.outcome = outcome;
		if (random() < 0.3) frontmatter.introducer = `[[People/Introducer ${i}]]`;
		if (random() < 0.5) frontmatter.letter_sent = isoDay(day + 1);
		if (random() < 0.3) frontmatter.called = isoDay(day + 8);
		if (random() < 0.3) frontmatter.check_ins = [isoDay(day + 35), isoDay(day + 70)];
		if (random() < 0.05) frontmatter.snoozed_until = isoDay(day + 20);
		if (random() < 0.01) frontmatter.date = "2026-02-30";
		notes.push({ path: `Interviews/${company}/Round ${i % 3}.md`, frontmatter });
	}
	for (let i = interviewCount; i < total; i++) {
		const frontmatter = random() < 0.5 ? { tags: ["journal"], created: isoDay(Math.floor(random() * 330)) } : null;
		notes.push({ path: `Notes/${Math.floor(i / 500)}/Note ${i}.md`, frontmatter });
	}
	return { notes, interviewCount };
}

const BODY = "\n# Notes\n\nWhat we talked about, questions asked, what I learned.\n\n- One\n- Two\n";

/** Writes the vault's notes as Markdown files with YAML frontmatter under `root`. */
export function writeSyntheticVault(root: string, vault: SyntheticVault): void {
	const made = new Set<string>();
	for (const note of vault.notes) {
		const path = join(root, note.path);
		const folder = path.slice(0, path.lastIndexOf("/"));
		if (!made.has(folder)) {
			mkdirSync(folder, { recursive: true });
			made.add(folder);
		}
		const head = note.frontmatter ? `---\n${stringify(note.frontmatter)}---\n` : "";
		writeFileSync(path, head + BODY);
	}
}
