// An in-memory vault with Obsidian's files, metadata cache and frontmatter writes. Events fire in Obsidian's
// order: the vault's `create`/`modify`/`rename`/`delete` first, then the metadata cache's `changed`/`deleted`
// and `resolved`. Frontmatter is read with the `yaml` package, which (like Obsidian) leaves dates as text.
import { parse, stringify } from "yaml";
import { Events } from "./events";

/** Obsidian's `normalizePath`: `/` separators, no doubled, leading or trailing slashes. */
export function normalizePath(path: string): string {
	const normalized = path.replace(/[\\/]+/g, "/").replace(/^\/+|\/+$/g, "").normalize("NFC");
	return normalized === "" ? "/" : normalized;
}

/** A file or folder of the vault. */
export abstract class TAbstractFile {
	vault: Vault;
	path: string;
	name: string;
	parent: TFolder | null = null;

	constructor(vault: Vault, path: string) {
		this.vault = vault;
		this.path = path;
		this.name = path.split("/").pop() ?? path;
	}
}

/** A file: `basename` is its name without the extension. */
export class TFile extends TAbstractFile {
	basename = "";
	extension = "";
	stat = { ctime: 0, mtime: 0, size: 0 };

	constructor(vault: Vault, path: string) {
		super(vault, path);
		this.setPath(path);
	}

	/** Mock only: moves the file's names along with a rename. */
	setPath(path: string): void {
		this.path = path;
		this.name = path.split("/").pop() ?? path;
		const dot = this.name.lastIndexOf(".");
		this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
		this.extension = dot > 0 ? this.name.slice(dot + 1) : "";
	}
}

/** A folder; the root's path is `/`. */
export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === "/";
	}
}

/** A place in a note, as Obsidian's `Pos`: line (0-based), column and offset of the start and end. */
export interface Pos {
	start: { line: number; col: number; offset: number };
	end: { line: number; col: number; offset: number };
}

/** What the metadata cache holds for a note (only what the plugin reads). */
export interface CachedMetadata {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: { start: { line: number; offset: number }; end: { line: number; offset: number } };
	/** Tags written in the body (not the frontmatter's), each with its `#`; absent when there are none, as in Obsidian. */
	tags?: { tag: string; position: Pos }[];
	/** The body's headings; absent when there are none, as in Obsidian. */
	headings?: { heading: string; level: number; position: Pos }[];
}

/**
 * The body's tags and headings as Obsidian's cache reads them (obsidian.d.ts `TagCache`, `HeadingCache`;
 * help.obsidian.md "Tags": a tag follows a space or the start of a line, holds letters, digits, `_`, `-`, `/`
 * and at least one non-digit; nothing inside code counts). Written apart from the command line's scanner
 * (src/rules/inlineTags.ts), so a test where the two agree compares two readings, not one.
 */
function readBody(text: string, bodyStart: number): Pick<CachedMetadata, "tags" | "headings"> {
	const tags: NonNullable<CachedMetadata["tags"]> = [];
	const headings: NonNullable<CachedMetadata["headings"]> = [];
	let offset = bodyStart;
	let line = text.slice(0, bodyStart).split("\n").length - 1;
	let fence = "";
	for (const raw of text.slice(bodyStart).split("\n")) {
		const content = raw.replace(/\r$/, "");
		const at = (col: number) => ({ line, col, offset: offset + col });
		const fenceMark = /^ {0,3}(```+|~~~+)/.exec(content)?.[1];
		if (fence !== "") {
			if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && content.trim() === fenceMark) fence = "";
		} else if (fenceMark) {
			fence = fenceMark;
		} else {
			const heading = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/.exec(content);
			if (heading) headings.push({ heading: heading[2], level: heading[1].length, position: { start: at(0), end: at(content.length) } });
			let inCode = "";
			for (let col = 0; col < content.length; col++) {
				const ch = content[col];
				if (ch === "`") {
					let run = 1;
					while (content[col + run] === "`") run++;
					const ticks = "`".repeat(run);
					if (inCode === "") inCode = ticks;
					else if (inCode === ticks) inCode = "";
					col += run - 1;
					continue;
				}
				if (inCode !== "" || ch !== "#" || (col > 0 && !/\s/.test(content[col - 1]))) continue;
				let end = col + 1;
				while (end < content.length && /[\p{L}\p{N}\p{M}_/-]/u.test(content[end])) end++;
				const name = content.slice(col + 1, end);
				if (name !== "" && /[^\p{N}/]/u.test(name)) tags.push({ tag: `#${name}`, position: { start: at(col), end: at(end) } });
				col = end - 1;
			}
		}
		offset += raw.length + 1;
		line++;
	}
	return { ...(tags.length > 0 ? { tags } : {}), ...(headings.length > 0 ? { headings } : {}) };
}

const FRONTMATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)??---[ \t]*(?:\r?\n|$)/; // `??`: "---\n---" is an empty one

/** Splits a note into its frontmatter YAML (or `null`) and its body, byte for byte. */
export function splitFrontmatter(text: string): { yaml: string | null; body: string } {
	const match = FRONTMATTER.exec(text);
	if (!match) return { yaml: null, body: text };
	return { yaml: match[1] ?? "", body: text.slice(match[0].length) };
}

/** Where a note's frontmatter is, as obsidian.d.ts `FrontMatterInfo` describes it. */
export interface FrontMatterInfo {
	/** Whether this file has a frontmatter block. */
	exists: boolean;
	/** String representation of the frontmatter. */
	frontmatter: string;
	/** Start of the frontmatter contents (excluding the ---). */
	from: number;
	/** End of the frontmatter contents (excluding the ---). */
	to: number;
	/** Offset where the frontmatter block ends (including the ---). */
	contentStart: number;
}

// An opening `---` followed by spaces or tabs opens the block (SPEC section 5: "the block the reader sees").
const FRONTMATTER_INFO = /^---[ \t]*\r?\n(?:([\s\S]*?)(?:\r?\n))??---[ \t]*(?:\r?\n|$)/;

/**
 * obsidian.d.ts `getFrontMatterInfo` (since 1.5.7): "Given the contents of a file, get information about the
 * frontmatter of the file, including whether there is a frontmatter block, the offsets of where it starts and ends,
 * and the frontmatter text." Mock: `frontmatter` is `content.slice(from, to)`, `to` the start of the closing line.
 */
export function getFrontMatterInfo(content: string): FrontMatterInfo {
	const match = FRONTMATTER_INFO.exec(content);
	if (!match) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	const from = match[0].indexOf("\n") + 1;
	const closing = match[0].lastIndexOf("---");
	const to = Math.max(from, closing);
	return { exists: true, frontmatter: content.slice(from, to), from, to, contentStart: match[0].length };
}

/** obsidian.d.ts `parseYaml`: the YAML text as a value (the `yaml` package stands in for Obsidian's parser). */
export function parseYaml(text: string): unknown {
	return parse(text, { logLevel: "error" });
}

function readMetadata(text: string): CachedMetadata {
	const { yaml, body } = splitFrontmatter(text);
	const fromBody = readBody(text, text.length - body.length);
	return { ...readFrontmatterMetadata(text, yaml), ...fromBody };
}

function readFrontmatterMetadata(text: string, yaml: string | null): CachedMetadata {
	if (yaml === null) return {};
	const lines = FRONTMATTER.exec(text)?.[0].split("\n").length ?? 2;
	const frontmatterPosition = { start: { line: 0, offset: 0 }, end: { line: lines - 2, offset: text.length - splitFrontmatter(text).body.length } };
	try {
		const data: unknown = parse(yaml, { logLevel: "error" }); // errors throw; warnings (e.g. a template's `{{date}}` read as a map key) stay quiet, as in Obsidian
		if (data === null || data === undefined) return { frontmatterPosition };
		if (typeof data !== "object" || Array.isArray(data)) return { frontmatterPosition };
		return { frontmatter: data as Record<string, unknown>, frontmatterPosition };
	} catch {
		// Obsidian keeps the position but offers no frontmatter when the YAML cannot be parsed.
		return { frontmatterPosition };
	}
}

/** A file the cache will read: `silent` when it comes back from the last session, without a `changed`. */
interface QueuedRead {
	file: TFile;
	text: string;
	silent: boolean;
}

// The timer of the environment, taken when the mock loads: tests fake the clock (jest's fake timers stand for
// the user's day), but the cache's own work goes on in real time, as Obsidian's worker does.
const realSetTimeout = globalThis.setTimeout;

/** A later task (not a microtask), whatever fake timers a test has installed since. */
function nextTask(): Promise<void> {
	return new Promise((resolve) => realSetTimeout(resolve, 0));
}

/**
 * Obsidian's metadata cache: parsed frontmatter per Markdown file, with `changed`, `deleted` and `resolved`.
 *
 * As in Obsidian, the cache reads a file some time after the vault has it: obsidian.d.ts says `changed` is
 * "Called when a file has been indexed, and its (updated) cache is now available", and `resolved` "Called when
 * all files has been resolved. This will be fired each time files get modified after the initial load". So a
 * write (`Vault.modify`, `create`) updates the cache asynchronously: the file is parsed, `changed` fires, and
 * `resolved` fires once nothing is left to read. Tests wait for that with `await app.metadataCache.settled()`.
 *
 * A cold start (`new App({ coldStart: true })`) models a vault whose cache is still filling when the layout is
 * ready (obsidian-tasks, src/Obsidian/Cache.ts: on start-up "the metadata cache would still be empty"): the
 * seeded files are in the vault but not in the cache until the layout is ready; then each is read in turn, each
 * with its own `changed`, and `resolved` fires at the end. Files Obsidian kept from the last session (`stored`)
 * come back from its IndexedDB during that reading without any `changed`: only a full read after `resolved`
 * finds them. A warm start (the default) has every seeded file in the cache already, and no event fires for them.
 * Obsidian parses in a worker and hears back in a later task, so each file is read in a task of its own
 * (`nextTask`): awaiting a write is not enough to see it in the cache, as in the app.
 */
export class MetadataCache extends Events {
	private caches = new Map<string, CachedMetadata>();
	/** While on (`hold()`), written notes wait in the queue, unread. */
	private holding = false;
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};
	/**
	 * Not in obsidian.d.ts (obsidian-typings documents it as "whether the metadata cache is fully loaded"): true
	 * once the start-up reading is done; the plugin reads it only as a hint. Mock: false during a cold start.
	 */
	initialized = true;
	private queue: QueuedRead[] = [];
	private draining: Promise<void> | null = null;
	private coldFiles: QueuedRead[] | null = null;
	private stored = new Set<string>();

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	/**
	 * Mock only: the cache starts empty and fills after the layout is ready; the notes at `stored` paths come back
	 * from the last session without a `changed` (see the class comment).
	 */
	startCold(stored: string[] = []): void {
		this.initialized = false;
		this.coldFiles = [];
		this.stored = new Set(stored);
	}

	/** Mock only: a file present at start-up: in the cache at once (warm), or queued until `fill` (cold). */
	seed(file: TFile, text: string): void {
		if (file.extension !== "md") return;
		if (this.coldFiles) this.coldFiles.push({ file, text, silent: this.stored.has(file.path) });
		else this.caches.set(file.path, readMetadata(text));
	}

	/** Mock only: a cold cache starts reading the vault's files (the app calls this once the layout is ready). */
	fill(): void {
		if (!this.coldFiles) return;
		this.queue = this.coldFiles.concat(this.queue);
		this.coldFiles = null;
		this.enqueue(null);
	}

	/** Mock only: a file was written: the cache reads `text` soon, then fires `changed` and `resolved`. */
	index(file: TFile, text: string): void {
		if (file.extension !== "md") return;
		this.enqueue({ file, text, silent: false });
	}

	/** Mock only: resolves once every pending read is done and `resolved` has fired (the cache is idle). */
	async settled(): Promise<void> {
		while (this.draining) await this.draining;
	}

	/**
	 * Mock only, opt-in: Obsidian reads a written note a moment after the write. From `hold()` until `release()`,
	 * written notes keep their old cache and fire no `changed`; `release()` then reads them, in order.
	 */
	hold(): void {
		this.holding = true;
	}

	/**
	 * Mock only: stops holding; the notes written meanwhile are then read as usual, each with its `changed`, then
	 * `resolved` (await `settled()` to see them).
	 */
	release(): void {
		this.holding = false;
		this.enqueue(null);
	}

	/** Mock only: moves a cache entry along with a rename (Obsidian fires no `changed` for a rename). */
	move(oldPath: string, newPath: string): void {
		const cache = this.caches.get(oldPath);
		this.caches.delete(oldPath);
		if (cache) this.caches.set(newPath, cache);
	}

	/** Mock only: forgets a deleted file and fires `deleted` with its last cache. */
	forget(file: TFile): void {
		const cache = this.caches.get(file.path) ?? null;
		this.caches.delete(file.path);
		this.trigger("deleted", file, cache);
		this.enqueue(null);
	}

	// `null` queues nothing but still ends with `resolved` (after a deletion, or an empty vault's cold start).
	// A cold cache reads nothing before `fill`, a held one nothing before `release`.
	private enqueue(entry: QueuedRead | null): void {
		if (entry) this.queue.push(entry);
		if (this.coldFiles === null && !this.holding) this.draining ??= this.drain();
	}

	private async drain(): Promise<void> {
		for (;;) {
			await nextTask(); // each file is read in a later task than the write that queued it
			if (this.holding) {
				this.draining = null; // `release` starts again where this stopped
				return;
			}
			const entry = this.queue.shift();
			if (!entry) break;
			const { file, text, silent } = entry;
			// A file deleted (or replaced) before its turn is not read; a renamed one is read at its new path.
			if (file.vault.getFileByPath(file.path) !== file) continue;
			const cache = readMetadata(text);
			this.caches.set(file.path, cache);
			if (!silent) this.trigger("changed", file, text, cache);
		}
		this.initialized = true;
		this.draining = null;
		this.trigger("resolved");
	}
}

/** The in-memory vault: files and folders by path, and their text. */
export class Vault extends Events {
	private files = new Map<string, TAbstractFile>();
	private texts = new Map<string, string>();
	private root: TFolder;
	metadataCache: MetadataCache;

	constructor(metadataCache: MetadataCache) {
		super();
		this.metadataCache = metadataCache;
		this.root = new TFolder(this, "/");
		this.root.name = "";
		this.files.set("/", this.root);
	}

	getName(): string {
		return "Mock vault";
	}

	getRoot(): TFolder {
		return this.root;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.files.get(normalizePath(path)) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const file = this.getAbstractFileByPath(path);
		return file instanceof TFile ? file : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const folder = this.getAbstractFileByPath(path);
		return folder instanceof TFolder ? folder : null;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.files.values()];
	}

	getAllFolders(includeRoot = false): TFolder[] {
		return [...this.files.values()].filter((f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()));
	}

	getFiles(): TFile[] {
		return [...this.files.values()].filter((f): f is TFile => f instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		// One pass into one array, as Obsidian does over its file map (the benchmark walks 50,000 files).
		const files: TFile[] = [];
		for (const file of this.files.values()) if (file instanceof TFile && file.extension === "md") files.push(file);
		return files;
	}

	async read(file: TFile): Promise<string> {
		return this.readNow(file);
	}

	async cachedRead(file: TFile): Promise<string> {
		return this.readNow(file);
	}

	/** Mock only: a file's text, synchronously (for assertions). */
	readNow(file: TFile | string): string {
		const path = typeof file === "string" ? file : file.path;
		const text = this.texts.get(path);
		if (text === undefined) throw new Error(`File not found: ${path}`);
		return text;
	}

	/** Mock only: files present before the plugin loads (no events; in the metadata cache unless it starts cold). */
	seed(files: Record<string, string>): void {
		for (const [path, text] of Object.entries(files)) this.metadataCache.seed(this.add(path, text), text);
	}

	async create(path: string, data: string): Promise<TFile> {
		const normalized = normalizePath(path);
		if (this.files.has(normalized)) throw new Error("File already exists.");
		const file = this.add(normalized, data);
		this.trigger("create", file);
		this.metadataCache.index(file, data);
		return file;
	}

	async createFolder(path: string): Promise<TFolder> {
		const normalized = normalizePath(path);
		if (this.files.has(normalized)) throw new Error("Folder already exists.");
		const folder = this.folder(normalized);
		return folder;
	}

	async modify(file: TFile, data: string): Promise<void> {
		this.texts.set(file.path, data);
		file.stat = { ...file.stat, mtime: file.stat.mtime + 1, size: data.length };
		this.trigger("modify", file);
		this.metadataCache.index(file, data);
	}

	/** Atomic, as Obsidian's: the read, `fn` and the write happen in one step, with no other write between. */
	async process(file: TFile, fn: (data: string) => string): Promise<string> {
		const data = fn(this.readNow(file));
		await this.modify(file, data);
		return data;
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		const normalized = normalizePath(newPath);
		if (this.files.has(normalized)) throw new Error("Destination file already exists!");
		if (!(file instanceof TFile)) throw new Error("The mock renames files only.");
		const oldPath = file.path;
		const text = this.readNow(file);
		this.detachFile(file);
		file.setPath(normalized);
		this.attach(file, text);
		this.metadataCache.move(oldPath, normalized);
		this.trigger("rename", file, oldPath);
	}

	async delete(file: TAbstractFile): Promise<void> {
		this.remove(file);
	}

	async trash(file: TAbstractFile): Promise<void> {
		this.remove(file);
	}

	/** Mock only: removes a file with Obsidian's events (vault `delete`, then the cache's `deleted`). */
	remove(file: TAbstractFile): void {
		if (!(file instanceof TFile)) throw new Error("The mock deletes files only.");
		this.detachFile(file);
		this.trigger("delete", file);
		this.metadataCache.forget(file);
	}

	private add(path: string, text: string): TFile {
		const file = new TFile(this, normalizePath(path));
		this.attach(file, text);
		return file;
	}

	private attach(file: TFile, text: string): void {
		const parentPath = file.path.includes("/") ? file.path.slice(0, file.path.lastIndexOf("/")) : "/";
		file.parent = this.folder(parentPath);
		file.parent.children.push(file);
		this.files.set(file.path, file);
		this.texts.set(file.path, text);
	}

	private detachFile(file: TFile): void {
		if (file.parent) file.parent.children = file.parent.children.filter((child) => child !== file);
		this.files.delete(file.path);
		this.texts.delete(file.path);
	}

	private folder(path: string): TFolder {
		const existing = this.files.get(path);
		if (existing instanceof TFolder) return existing;
		const folder = new TFolder(this, path);
		const parentPath = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "/";
		folder.parent = this.folder(parentPath);
		folder.parent.children.push(folder);
		this.files.set(path, folder);
		return folder;
	}
}

/** Obsidian's `FileManager`, for what the plugin uses: frontmatter writes and renames. */
export class FileManager {
	/**
	 * Mock only: the user's link settings (Settings → Files and links): "Use [[Wikilinks]]" and "New link format".
	 * Obsidian's defaults: wikilinks, shortest path when possible.
	 */
	linkSettings: { useMarkdownLinks: boolean; newLinkFormat: "shortest" | "relative" | "absolute" } = { useMarkdownLinks: false, newLinkFormat: "shortest" };

	constructor(private vault: Vault) {}

	/**
	 * obsidian.d.ts: "Generate a Markdown link based on the user's preferences." The target is the note's name
	 * alone when no other file has it (shortest), the path from `sourcePath`'s folder (relative) or from the vault
	 * root (absolute); a wikilink drops `.md`, a Markdown link keeps it and encodes the path.
	 */
	generateMarkdownLink(file: TFile, sourcePath: string, subpath = "", alias = ""): string {
		const { useMarkdownLinks, newLinkFormat } = this.linkSettings;
		const withoutExtension = file.extension === "md" ? file.path.slice(0, -3) : file.path;
		let target = withoutExtension;
		if (newLinkFormat === "shortest") {
			const sameName = this.vault.getFiles().filter((other) => other.basename === file.basename && other.extension === file.extension);
			if (sameName.length === 1) target = file.extension === "md" ? file.basename : file.name;
		} else if (newLinkFormat === "relative") {
			const from = sourcePath.includes("/") ? sourcePath.slice(0, sourcePath.lastIndexOf("/")).split("/") : [];
			const to = withoutExtension.split("/");
			let common = 0;
			while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
			target = [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
		}
		if (useMarkdownLinks) {
			const path = file.extension === "md" ? `${target}.md` : target;
			return `[${alias || file.basename}](${encodeURI(path)}${subpath})`;
		}
		return `[[${target}${subpath}${alias ? `|${alias}` : ""}]]`;
	}

	/**
	 * As Obsidian: parses the frontmatter, lets `fn` change it in place, and writes it back re-serialised as
	 * YAML (block style), keeping the body byte for byte. A note without frontmatter gets one.
	 */
	async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		const text = this.vault.readNow(file);
		const { yaml, body } = splitFrontmatter(text);
		const parsed: unknown = yaml === null || yaml.trim() === "" ? {} : parse(yaml);
		if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error(`Invalid frontmatter in ${file.path}`);
		const frontmatter = parsed as Record<string, unknown>;
		fn(frontmatter);
		const serialised = Object.keys(frontmatter).length === 0 ? "" : stringify(frontmatter);
		await this.vault.modify(file, `---\n${serialised}---\n${body}`);
	}

	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		await this.vault.rename(file, newPath);
	}

	async trashFile(file: TAbstractFile): Promise<void> {
		this.vault.remove(file);
	}
}
