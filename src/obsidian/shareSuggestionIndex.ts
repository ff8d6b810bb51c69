import { CachedMetadata, Component, TAbstractFile, TFile } from "obsidian";
import { FollowUpSettings, isInterviewNote, NoteSource } from "../rules";
import {
	NoteMaterial, noteMaterial, ShareCandidate, shareCandidateOf, SharedArticle, sharedArticleOf, ShareRanking, ShareSuggestion, suggestForThread,
} from "../shares";
import type { IndexedApp } from "./followUpIndex";
import { noteSourceOfCache } from "./noteSourceOfCache";

/** How many suggestions of a thread are kept: more than any view shows. */
const KEPT = 12;

/** What the index needs of a note it follows: the cache's reading of it, and its body when known. */
interface Reading {
	source: NoteSource;
	/** The note's text after its frontmatter; `null` until it was read. */
	body: string | null;
}

/** What a build's walk found: its candidates (their texts still to read) and article shares. */
interface PendingShareBuild {
	settings: FollowUpSettings;
	candidates: Map<string, ShareCandidate>;
	shares: Map<string, SharedArticle>;
	unread: TFile[];
}

function sameCandidate(a: ShareCandidate, b: ShareCandidate): boolean {
	return a.title === b.title && a.url === b.url && a.description === b.description && a.text === b.text;
}

// The body of a note's text: the cache says where its frontmatter ends (a note without one is all body).
function bodyOf(text: string, cache: CachedMetadata | null): string {
	const end = cache?.frontmatterPosition?.end.offset ?? 0;
	return text.slice(end);
}

/**
 * The live side of SPEC.md section 9 inside the plugin: the vault's share candidates (indexed for ranking), its
 * article shares, and what each meeting note says of the other side; and the suggestions of a thread, cached
 * until something they depend on changes.
 *
 * It follows the metadata cache as the follow-up index does, one note at a time, and never waits on a file to
 * render. A note's text is needed (a clipping's words, a meeting's "Their challenges" section): `changed`
 * hands it over with each edit ("data: the file contents", obsidian.d.ts), so only a build reads files
 * (`cachedRead`, once each): the candidates' at once, a thread's meeting notes the first time a view asks for
 * that thread's suggestions. What a read finds shows once it is read.
 */
export class ShareSuggestionIndex {
	private ranking = new ShareRanking();
	private shares = new Map<string, SharedArticle>();
	private materials = new Map<string, NoteMaterial>();
	/** Readings of the candidates, kept to compare an edit with and to move along a rename. */
	private candidates = new Map<string, ShareCandidate>();
	private suggestions = new Map<string, ShareSuggestion[]>();
	/** The meeting notes whose text was asked for since the last build (read, being read, or gone). */
	private bodiesAsked = new Set<string>();
	/** A build under way: what its walk found so far. The index in place serves until the walk is over. */
	private pending: PendingShareBuild | null = null;
	/** Counts builds put in place: reads started before the last one are dropped. */
	private generation = 0;

	/** `changed` is called after every update that can change a suggestion. */
	constructor(private app: IndexedApp, private settings: FollowUpSettings, private changed: () => void) {}

	/** Follows edits, deletions and renames through `owner`'s registrations. */
	attach(owner: Component): void {
		const { vault, metadataCache } = this.app;
		owner.registerEvent(metadataCache.on("changed", (file: TFile, data: string, cache: CachedMetadata) => this.noteChanged(file, data, cache)));
		owner.registerEvent(metadataCache.on("deleted", (file: TFile) => this.noteRemoved(file.path)));
		owner.registerEvent(vault.on("delete", (file: TAbstractFile) => this.noteRemoved(file.path)));
		owner.registerEvent(vault.on("rename", (file: TAbstractFile, oldPath: string) => this.noteRenamed(file, oldPath)));
	}

	/** How many share candidates the vault holds. */
	get candidateCount(): number {
		return this.ranking.size;
	}

	/**
	 * A build starts again (with `settings`): `take` is handed each note's reading, then `finishBuild` puts what
	 * was found in place of everything known and reads the candidates' texts. The follow-up index walks the vault
	 * once for both.
	 */
	startBuild(settings: FollowUpSettings = this.settings): void {
		this.pending = { settings, candidates: new Map(), shares: new Map(), unread: [] };
	}

	/**
	 * During a build, note `file` as the cache reads it (`source`); `isMeeting`: whether it is a meeting note, as
	 * the caller found. Candidates may be untagged notes of the Clippings folder, so those without frontmatter or
	 * tags are handed over too (see `wantsEveryNoteUnder`).
	 */
	take(file: TFile, source: NoteSource, isMeeting: boolean): void {
		const build = this.pending;
		if (!build) return;
		const candidate = shareCandidateOf(source, "", build.settings, isMeeting);
		if (candidate) {
			build.candidates.set(file.path, candidate);
			build.unread.push(file);
			return;
		}
		const share = sharedArticleOf(source);
		if (share) build.shares.set(file.path, share);
	}

	/** The folder whose every note `take` should see, with or without frontmatter: the *Clippings folder*'s prefix. */
	get wantsEveryNoteUnder(): string {
		return `${(this.pending?.settings ?? this.settings).clippingsFolder}/`;
	}

	/**
	 * Ends a build: what it found replaces everything known, the notes at `changedMeanwhile` (changed since the walk
	 * began) are read again from the cache, and the candidates' texts are read and ranked; resolves once they are.
	 * Meeting notes are not read here: a thread's notes are read the first time its suggestions are asked for (see
	 * `suggest`), so a start-up reads only what a view shows.
	 */
	finishBuild(changedMeanwhile: Iterable<string> = []): Promise<void> {
		const build = this.pending;
		if (!build) return Promise.resolve();
		this.pending = null;
		const generation = ++this.generation;
		this.settings = build.settings;
		this.ranking.clear();
		this.candidates = build.candidates;
		this.shares = build.shares;
		this.materials.clear();
		this.suggestions.clear();
		this.bodiesAsked.clear();
		const unread = build.unread;
		for (const path of changedMeanwhile) {
			this.forget(path);
			const file = this.app.vault.getAbstractFileByPath(path);
			if (!(file instanceof TFile)) continue;
			this.apply({ source: noteSourceOfCache(path, this.app.metadataCache.getFileCache(file)), body: null });
			if (this.candidates.has(path)) unread.push(file); // read again: its text may have changed too
		}
		// The follow-up index announces the build itself; here only the read texts are announced, once.
		return this.readBodies(unread, generation).then((read) => {
			if (generation !== this.generation || read === 0) return;
			this.suggestions.clear();
			this.changed();
		});
	}

	/** Builds everything again on its own (a benchmark): one walk of the metadata cache, then the reads. */
	rebuild(settings: FollowUpSettings = this.settings): Promise<void> {
		this.startBuild(settings);
		for (const file of this.app.vault.getMarkdownFiles()) {
			const cache = this.app.metadataCache.getFileCache(file);
			if (!cache?.frontmatter && !cache?.tags && !file.path.startsWith(this.wantsEveryNoteUnder)) continue;
			const source = noteSourceOfCache(file.path, cache);
			this.take(file, source, isInterviewNote(source, settings));
		}
		return this.finishBuild();
	}

	/**
	 * Reads `files` (a build's, while `generation` is current) and takes each text in; resolves with how many
	 * were taken. A file that went away meanwhile is skipped: its deletion is on its way.
	 */
	private readBodies(files: readonly TFile[], generation: number): Promise<number> {
		let read = 0;
		const reads = files.map((file) =>
			this.app.vault.cachedRead(file).then(
				(text) => {
					if (generation !== this.generation || this.app.vault.getAbstractFileByPath(file.path) !== file) return;
					const cache = this.app.metadataCache.getFileCache(file);
					this.apply({ source: noteSourceOfCache(file.path, cache), body: bodyOf(text, cache) });
					read++;
				},
				() => undefined,
			),
		);
		return Promise.all(reads).then(() => read);
	}

	/**
	 * The meeting notes of a thread whose suggestions were asked for: each is read once (after a build), and
	 * what its body says joins the suggestions when it arrives. Until then its frontmatter speaks for it.
	 */
	private askForBodies(threadNotes: readonly string[]): void {
		const files: TFile[] = [];
		for (const path of threadNotes) {
			if (this.bodiesAsked.has(path)) continue;
			this.bodiesAsked.add(path);
			const file = this.app.vault.getAbstractFileByPath(path);
			if (!(file instanceof TFile)) continue;
			if (!this.materials.has(path)) {
				const source = noteSourceOfCache(path, this.app.metadataCache.getFileCache(file));
				if (isInterviewNote(source, this.settings)) this.materials.set(path, noteMaterial(source.frontmatter, ""));
			}
			files.push(file);
		}
		if (files.length === 0) return;
		const generation = this.generation;
		void this.readBodies(files, generation).then((read) => {
			if (generation !== this.generation || read === 0) return;
			this.suggestions.clear();
			this.changed();
		});
	}

	/** A note's cache changed, with its text (`data`): it is read again, and the suggestions follow. */
	noteChanged(file: TFile, data: string, cache: CachedMetadata | null): void {
		if (this.app.vault.getAbstractFileByPath(file.path) !== file) return;
		const known = this.isKnown(file.path);
		const { applies, changed } = this.apply({ source: noteSourceOfCache(file.path, cache), body: bodyOf(data, cache) });
		if (applies && !changed) return;
		if (!known && !applies) return;
		if (known && !applies) this.forget(file.path);
		this.suggestions.clear();
		this.changed();
	}

	/** A note was deleted. */
	noteRemoved(path: string): void {
		if (!this.isKnown(path)) return;
		this.forget(path);
		this.suggestions.clear();
		this.changed();
	}

	/** A note was renamed: it leaves its old path and is read at its new one, keeping the text it had. */
	noteRenamed(file: TAbstractFile, oldPath: string): void {
		if (!(file instanceof TFile)) return;
		const body = this.candidates.get(oldPath)?.text ?? null;
		const wasKnown = this.isKnown(oldPath);
		if (wasKnown) this.forget(oldPath);
		const { applies } = this.apply({ source: noteSourceOfCache(file.path, this.app.metadataCache.getFileCache(file)), body });
		if (!wasKnown && !applies) return;
		this.suggestions.clear();
		this.changed();
	}

	/**
	 * The suggestions for the thread made of `threadNotes` (its meeting notes' paths), best first, those already
	 * shared with it last; at most `limit`. Cached until a candidate, a share or one of the meetings changes.
	 */
	suggest(threadNotes: readonly string[], limit = 5): ShareSuggestion[] {
		this.askForBodies(threadNotes);
		if (limit > KEPT) return this.rank(threadNotes, limit);
		const key = threadNotes.join("\u0000");
		let found = this.suggestions.get(key);
		if (!found) {
			found = this.rank(threadNotes, KEPT);
			this.suggestions.set(key, found);
		}
		return found.slice(0, limit);
	}

	private rank(threadNotes: readonly string[], limit: number): ShareSuggestion[] {
		const thread = threadNotes.flatMap((path) => {
			const material = this.materials.get(path);
			return material ? [{ path, material }] : [];
		});
		return suggestForThread(this.ranking, thread, this.shares.values(), limit);
	}

	private isKnown(path: string): boolean {
		return this.candidates.has(path) || this.shares.has(path) || this.materials.has(path);
	}

	/**
	 * Takes a note's reading: candidate, article share or meeting note. Returns whether it is one of them, and
	 * whether that changed anything (typing in a meeting note's body outside its material changes nothing).
	 */
	private apply({ source, body }: Reading): { applies: boolean; changed: boolean } {
		const { path } = source;
		const candidate = shareCandidateOf(source, body ?? this.candidates.get(path)?.text ?? "", this.settings);
		if (candidate) {
			const before = this.candidates.get(path);
			if (before && body !== null && sameCandidate(before, candidate) && this.ranking.get(path)) return { applies: true, changed: false };
			this.forget(path);
			this.candidates.set(path, candidate);
			// Until its text is read (a full build), a candidate waits: adding it twice would cost twice.
			if (body !== null) this.ranking.set(candidate);
			return { applies: true, changed: true };
		}
		const share = sharedArticleOf(source);
		if (share) {
			const before = this.shares.get(path);
			if (before && JSON.stringify(before) === JSON.stringify(share)) return { applies: true, changed: false };
			this.forget(path);
			this.shares.set(path, share);
			return { applies: true, changed: true };
		}
		if (isInterviewNote(source, this.settings)) {
			const wasOther = this.candidates.has(path) || this.shares.has(path);
			if (wasOther) this.forget(path);
			// A meeting no view has asked about yet is read when one does (`askForBodies`): nothing to keep now.
			if (!this.bodiesAsked.has(path)) return { applies: true, changed: wasOther };
			// Before its body is read, the frontmatter's material; the body's sections join it once read.
			if (body === null && this.materials.has(path)) return { applies: true, changed: wasOther };
			const material = noteMaterial(source.frontmatter, body ?? "");
			const before = this.materials.get(path);
			if (before && JSON.stringify(before) === JSON.stringify(material)) return { applies: true, changed: false };
			this.materials.set(path, material);
			return { applies: true, changed: true };
		}
		return { applies: false, changed: false };
	}

	private forget(path: string): void {
		if (this.candidates.delete(path)) this.ranking.remove(path);
		this.shares.delete(path);
		this.materials.delete(path);
	}
}
