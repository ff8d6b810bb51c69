import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { readFrontmatter, bodyStart } from "../../cli/noteReader";
import { inlineTagsOf, NoteSource } from "../../src/rules";

/** A generated vault: each note's path and text, what the rules see of it, and how many are meetings. */
export interface SyntheticVault {
	files: { path: string; text: string }[];
	notes: NoteSource[];
	interviewCount: number;
}

const OUTCOMES = ["well", "poorly", "good", "bombed", undefined];
const STATUSES = ["waiting", "waiting", "waiting", "responded", "rejected", "offer", "closed"];
const ROLES = ["Data analyst", "Product manager", "Backend engineer", "Engineer, it's senior"];

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

type Random = () => number;
const pickWith = <T>(random: Random, values: readonly T[]): T => values[Math.floor(random() * values.length)];

/** The fields of one meeting, as values (dates as text), before they are written in some style. */
function meetingFields(random: Random, i: number): [string, string | string[]][] {
	const day = Math.floor(random() * 330);
	const fields: [string, string | string[]][] = [
		["date", random() < 0.01 ? "2026-02-30" : isoDay(day)],
		["company", `[[Companies/Company ${Math.floor(i / 3)}]]`],
		["role", pickWith(random, ROLES)],
		["interviewer", `[[People/Person ${i}|Person ${i}]]`],
		["status", pickWith(random, STATUSES)],
		["tags", ["interview", "job-search"]],
	];
	const outcome = pickWith(random, OUTCOMES);
	if (outcome) fields.push(["outcome", outcome]);
	if (random() < 0.3) fields.push(["introducer", `[[People/Introducer ${i}]]`]);
	if (random() < 0.5) fields.push(["letter_sent", isoDay(day + 1)]);
	if (random() < 0.3) fields.push(["called", isoDay(day + 8)]);
	if (random() < 0.3) fields.push(["check_ins", [isoDay(day + 35), isoDay(day + 70)]]);
	if (random() < 0.05) fields.push(["snoozed_until", isoDay(day + 20)]);
	return fields;
}

// Obsidian's properties editor: block lists, links and text with YAML's indicators in double quotes.
function obsidianStyle(fields: [string, string | string[]][]): string {
	const quoted = (value: string) => (/^[[\]{}'"#&*!|>%@`]|: | #|^[-?:,] /.test(value) ? JSON.stringify(value) : value);
	return fields
		.map(([key, value]) => (Array.isArray(value) ? `${key}:\n${value.map((item) => `  - ${quoted(item)}`).join("\n")}` : `${key}: ${quoted(value)}`))
		.join("\n");
}

// Typed by hand: flow lists, either quote, comments on their own lines and after values.
function handStyle(random: Random, fields: [string, string | string[]][]): string {
	const lines = ["# typed by hand"];
	for (const [key, value] of fields) {
		if (Array.isArray(value)) lines.push(`${key}: [${value.join(", ")}]`);
		else if (value.startsWith("[[")) lines.push(random() < 0.5 ? `${key}: "${value}"` : `${key}: '${value}'`);
		else if (value.includes("'")) lines.push(`${key}: "${value}"`);
		else if (key === "date") lines.push(`${key}: ${value} # ${pickWith(random, ["Monday", "after lunch", "video call"])}`);
		else lines.push(random() < 0.3 ? `${key}: '${value}'` : `${key}: ${value}`);
	}
	return lines.join("\n");
}

// The other notes' frontmatter: what people and other plugins put there.
function richFrontmatter(random: Random, i: number): string {
	const lines = [
		random() < 0.5 ? `aliases:\n  - Note ${i}\n  - "N${i}: draft"` : `aliases: [Note ${i}, 'N${i}']`,
		random() < 0.5 ? `tags: [${pickWith(random, ["journal", "ideas", "reading", "project/alpha"])}, daily]` : `tags:\n  - ${pickWith(random, ["journal", "ideas", "reading"])}`,
		`created: ${isoDay(Math.floor(random() * 330))}T0${Math.floor(random() * 10)}:15:00`,
	];
	if (random() < 0.4) lines.push(`cssclasses:\n  - wide-page\n  - ${pickWith(random, ["cards", "no-title"])}`);
	if (random() < 0.3) lines.push(`source:\n  url: "https://example.com/articles/${i}?ref=rss#top"\n  author: Author ${i % 97}\n  read: ${random() < 0.5}`);
	if (random() < 0.2) lines.push(`rating: ${Math.floor(random() * 5) + 1}`);
	if (random() < 0.1) lines.push(`summary: >\n  A longer summary that wraps\n  over two lines.`);
	return lines.join("\n");
}

const PARAGRAPHS = [
	"What we talked about, questions asked, what I learned about the team and how they work.",
	"- One thing to follow up on\n- Another, with a [[Link]] and a #tag\n- A third: **bold** text",
	"> A quote from the conversation that I want to keep.",
	"```js\nconst answer = 42; // #not-a-tag\n```",
	"Long paragraph. ".repeat(40).trim(),
];

// The heavy mix's prose: what meeting notes, clipped articles and journals say, "interview" included as a
// plain word (not a tag), as a job search's notes do: such notes must still be told apart from meetings.
const PROSE = [
	"The team is moving its reporting from spreadsheets to a warehouse, and the hardest part is getting the finance people to trust the new numbers.",
	"She asked how I would handle a stakeholder who keeps changing the requirements; I talked about short written summaries after each meeting.",
	"Article notes: hiring managers remember candidates who follow up with something useful, not the ones who only ask for news. The interview is where it starts.",
	"- [ ] Send the thank-you letter\n- [x] Update the spreadsheet of applications\n- [ ] Read the annual report before the next call",
	"> Most of the value of a conversation comes in the week after it, when you show that you listened.",
	"Wrote for an hour in the morning. Walked to the market; bought bread and apples. Thought about the offer and what the commute would cost.",
	"| Company | Stage | Next step |\n|---|---|---|\n| Acme | second round | call Friday |\n| Globex | applied | wait |",
	"```python\nfor row in rows:\n    total += row.amount  # interview question: what is wrong here?\n```",
	"Links: [[Job search]], [[Companies/Acme]], [the article](https://example.com/articles/follow-up), #reading #career",
	"Long paragraph about the industry, its customers and the regulations that shape it, with names like Zoë, Jürgen and Søren, and the prices in € and £. ".repeat(3).trim(),
];

/** A body of about `bytes` characters (the heavy mix: 2 to 8 KB), paragraphs of PROSE, then `extra`. */
function heavyBody(random: Random, extra = ""): string {
	const target = 2048 + Math.floor(random() * 6144);
	const parts = ["# Notes"];
	let size = 0;
	while (size < target) {
		const paragraph = pickWith(random, PROSE);
		parts.push(paragraph);
		size += paragraph.length + 2;
	}
	if (extra) parts.push(extra);
	return `\n${parts.join("\n\n")}\n`;
}

let shortBodies = false;
let heavyBodies = false;

function body(random: Random, extra = ""): string {
	if (heavyBodies) return heavyBody(random, extra);
	const parts = ["# Notes"];
	const count = 1 + Math.floor(random() * 5);
	for (let p = 0; p < count; p++) parts.push(pickWith(random, PARAGRAPHS));
	if (shortBodies) parts.splice(1, count);
	if (extra) parts.push(extra);
	return `\n${parts.join("\n\n")}\n`;
}

// Obsidian Web Clipper's default template: title, source, author links, dates, description, tags: [clippings].
function clippingFrontmatter(random: Random, i: number): string {
	return [
		`title: "${pickWith(random, ["How hiring managers read", "Why follow-ups work", "The data team's year", "Pricing in regulated markets"])} (${i})"`,
		`source: "https://example.com/articles/${i}?utm_source=rss"`,
		"author:",
		`  - "[[Author ${i % 211}]]"`,
		`published: ${isoDay(Math.floor(random() * 330))}`,
		`created: ${isoDay(Math.floor(random() * 330))}`,
		`description: "What the article says, in a sentence: ${pickWith(random, ["hiring", "data", "pricing", "teams"])}."`,
		"tags:",
		'  - "clippings"',
	].join("\n");
}

function note(random: Random, frontmatter: string | null, text: string): string {
	let whole = frontmatter === null ? text.slice(1) : `---\n${frontmatter}\n---\n${text}`;
	if (random() < 0.05) whole = whole.replace(/\n/g, "\r\n"); // saved on Windows
	if (random() < 0.01) whole = `\ufeff${whole}`; // saved by an editor that writes a byte-order mark
	return whole;
}

/** Which vault: `light`, a fifth meetings with short bodies; `heavy`, a third meetings and bodies of 2–8 KB. */
export type VaultMix = "light" | "heavy";

/**
 * Makes `total` notes as a real vault holds them.
 *
 * The light mix: a fifth are meetings: most in `Interviews/` (threads of about three notes per company, a mix
 * of outcomes, statuses, done marks and check-ins), half written by Obsidian's properties editor, a third typed
 * by hand (flow lists, quotes, comments), a few outside the folder tagged `#interview` in the text, some of those
 * without frontmatter. The rest are ordinary notes: about two in five with rich frontmatter (aliases, tags,
 * created, cssclasses, nested maps), the others plain. About 5 % of all notes have Windows line endings and 1 %
 * a byte-order mark. With `short`, the same notes have a one-line body (the plugin side reads the cache, not the
 * text, and the in-memory vault keeps every text).
 *
 * The heavy mix (`mix: "heavy"`): a third are meetings, written as above; of the rest, a quarter are Web Clipper
 * clippings (`Clippings/`, `tags: [clippings]`, the source URL, authors), a quarter daily notes
 * (`Daily/2026-11-02.md`, some with a `tags: [daily]` block), the others ordinary notes; every body is 2 to 8 KB
 * of prose, some of it saying "interview" as a plain word (10,000 notes: about 55 MB).
 */
export function makeSyntheticVault(total: number, { seed = 42, short = false, mix = "light" } = {}): SyntheticVault {
	const random = seededRandom(seed);
	shortBodies = short;
	heavyBodies = mix === "heavy";
	const interviewCount = Math.floor(mix === "heavy" ? total / 3 : total / 5);
	const files: { path: string; text: string }[] = [];
	for (let i = 0; i < interviewCount; i++) {
		const style = random();
		if (style < 0.93) {
			const fields = meetingFields(random, i);
			const frontmatter = style < 0.6 ? obsidianStyle(fields) : handStyle(random, fields);
			files.push({ path: `Interviews/Company ${Math.floor(i / 3)}/Round ${i % 3}.md`, text: note(random, frontmatter, body(random)) });
		} else if (style < 0.97) {
			const frontmatter = `date: ${isoDay(Math.floor(random() * 330))}\ncompany: "[[Companies/Company ${i}]]"`;
			files.push({ path: `Daily/${Math.floor(i / 500)}/Coffee ${i}.md`, text: note(random, frontmatter, body(random, "Coffee chat #interview/coffee")) });
		} else {
			files.push({ path: `Daily/${Math.floor(i / 500)}/Met ${i}.md`, text: note(random, null, body(random, "Met them today #interview")) });
		}
	}
	for (let i = interviewCount; i < total; i++) {
		const kind = mix === "heavy" ? random() : 1;
		if (kind < 0.25) {
			files.push({ path: `Clippings/${Math.floor(i / 500)}/Article ${i}.md`, text: note(random, clippingFrontmatter(random, i), body(random)) });
		} else if (kind < 0.5) {
			const frontmatter = random() < 0.5 ? `tags: [daily]\ncreated: ${isoDay(i % 330)}` : null;
			files.push({ path: `Journal/${Math.floor(i / 500)}/${isoDay(i % 330)} ${i}.md`, text: note(random, frontmatter, body(random)) });
		} else {
			const frontmatter = random() < 0.4 ? richFrontmatter(random, i) : null;
			files.push({ path: `Notes/${Math.floor(i / 500)}/Note ${i}.md`, text: note(random, frontmatter, body(random)) });
		}
	}
	const notes = files.map(({ path, text }): NoteSource => ({ path, ...readFrontmatter(text), inlineTags: inlineTagsOf(text.slice(bodyStart(text))) }));
	return { files, notes, interviewCount };
}

/** Writes the vault's notes as Markdown files under `root`. */
export function writeSyntheticVault(root: string, vault: SyntheticVault): void {
	const made = new Set<string>();
	for (const file of vault.files) {
		const path = join(root, file.path);
		const folder = path.slice(0, path.lastIndexOf("/"));
		if (!made.has(folder)) {
			mkdirSync(folder, { recursive: true });
			made.add(folder);
		}
		writeFileSync(path, file.text);
	}
}
