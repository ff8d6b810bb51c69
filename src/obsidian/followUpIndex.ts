import { App, CachedMetadata, Component, Events, TAbstractFile, TFile } from "obsidian";
import { Agenda, CalendarDay, FollowUpSettings, groupPipeline, Interview, mostPressingStep, NoteSource, Pipeline, pipelineThread, PipelineThread, Problem, Step, stepsForThread } from "../rules";
import { interviewsIn, NoteRecord, readRecord, sameFrontmatter, Thread, threadIn } from "./indexRecords";
import { noteSourceOfCache } from "./noteSourceOfCache";
import { ProblemList } from "./problemList";
import { ShareSuggestionIndex } from "./shareSuggestionIndex";
import { appPacing, AT_ONCE, Pacing, stage, workInSlices } from "./slicedWork";
import { StepTimeline } from "./stepTimeline";

/** The parts of the app the index reads: the vault's file list and the metadata cache (never a file's text). */
export type IndexedApp = Pick<App, "vault" | "metadataCache" | "workspace">;

/**
 * A build under way: what its walk of the vault has read so far. The index in place goes on serving (and
 * following edits) until the walk is over; the notes that changed meanwhile are read again then.
 */
interface PendingBuild {
	/** The settings it builds with: they take effect with it. */
	settings: FollowUpSettings;
	/** Whether the metadata cache had read the whole vault when it began: then it is complete once in place. */
	filled: boolean;
	records: Map<string, NoteRecord>;
	threads: Map<string, Thread>;
	problems: Problem[];
	/** Paths changed, created, deleted or renamed (both names) since the walk began. */
	changedMeanwhile: Set<string>;
}

/** Settings that change only what is shown, never what the index holds. */
const DISPLAY_ONLY = new Set<keyof FollowUpSettings>(["myName", "showStatusBar", "showStartupNotice", "reminderTime"]);

/** The settings that decide what the index holds (all but `DISPLAY_ONLY`). */
function structuralOf(settings: FollowUpSettings): Partial<FollowUpSettings> {
	const structural: Partial<Record<keyof FollowUpSettings, unknown>> = {};
	for (const key of Object.keys(settings) as (keyof FollowUpSettings)[]) if (!DISPLAY_ONLY.has(key)) structural[key] = settings[key];
	return structural as Partial<FollowUpSettings>;
}

/** How long after layout-ready the index stops waiting for the cache's first `resolved` and calls itself complete. */
const RESOLVED_FALLBACK_MS = 15_000;

/**
 * Whether Obsidian says its metadata cache has read the whole vault. `initialized` is not in obsidian.d.ts
 * (obsidian-typings: "whether the metadata cache is fully loaded"), so it is read defensively, as a hint only:
 * when it is missing the index waits for the documented `resolved` event instead.
 */
function cacheSaysInitialized(metadataCache: IndexedApp["metadataCache"]): boolean {
	return (metadataCache as unknown as { initialized?: unknown }).initialized === true;
}

/**
 * The live index of interview notes: every note's interview and problems, every thread's open steps, and the
 * agenda of any day. Built from the metadata cache once the layout is ready, then kept current one note at a
 * time: a change recomputes only the thread(s) it touches. Triggers `"changed"` after every update.
 *
 * At start-up the cache may still be filling when the layout is ready (obsidian-tasks' Cache.ts: the first
 * load "would end up with 0 tasks, as the metadata cache would still be empty"), and a file Obsidian loads
 * from its own stored cache fires no `changed`. So the index is built at layout-ready (to follow edits from
 * then on) and built again when the cache first reports `resolved` ("Called when all files has been
 * resolved", obsidian.d.ts); only that build is `complete`, and the agenda, the count and the start-up notice
 * wait for it.
 */
export class FollowUpIndex extends Events {
	/** Resolves once the index has been built from a complete metadata cache. */
	readonly ready: Promise<void>;
	private markReady: () => void = () => undefined;
	private built = false;
	private complete = false;
	private pending: PendingBuild | null = null;
	/** How a build shares the app's thread: all at once until `attach` (a test, a benchmark), in slices after. */
	private pacing: Pacing;
	/** Whether the cache has read the whole vault; without `attach` (a benchmark), it is taken as read. */
	private cacheFilled = true;
	/** The settings of the index in place (a build under way holds its own until it takes over). */
	private settings: FollowUpSettings;
	private records = new Map<string, NoteRecord>();
	private threads = new Map<string, Thread>();
	private timeline = new StepTimeline();
	private problemList = new ProblemList();
	private updateCount = 0;
	private cached: { revision: number; today: CalendarDay; agenda: Agenda } | null = null;
	private cachedPipeline: { revision: number; today: CalendarDay; pipeline: Pipeline } | null = null;
	/** The share candidates and what each meeting says of the other side: the check-ins' suggestions (SPEC.md section 9). */
	readonly shares: ShareSuggestionIndex;

	/** Builds nothing yet: call `attach` (the plugin) or `rebuild` (a benchmark with a mock app). */
	constructor(private app: IndexedApp, settings: FollowUpSettings, pacing: Pacing = AT_ONCE) {
		super();
		this.pacing = pacing;
		this.settings = { ...settings };
		this.ready = new Promise((resolve) => (this.markReady = resolve));
		this.shares = new ShareSuggestionIndex(app, this.settings, () => this.changed());
	}

	/**
	 * Listens to the vault and the metadata cache through `owner` (so unloading stops it), builds once the
	 * layout is ready, and again once the cache has read the whole vault (the first `resolved`). When the plugin
	 * loads after start-up (enabled later, or the cache already says it is loaded), the first build is complete.
	 */
	attach(owner: Component): void {
		const { vault, metadataCache, workspace } = this.app;
		this.cacheFilled = workspace.layoutReady || cacheSaysInitialized(metadataCache);
		// A big vault is read in slices of about 10 ms, a timer between them, so the app never freezes for it. One
		// timer at a time: unloading clears it and stops a build under way.
		let timer: number | null = null;
		if (this.pacing === AT_ONCE) {
			this.pacing = appPacing((next) => {
				timer = window.setTimeout(() => {
					timer = null;
					next();
				}, 0);
			});
		}
		owner.register(() => {
			if (timer !== null) window.clearTimeout(timer);
			this.pending = null;
		});
		owner.registerEvent(metadataCache.on("changed", (file: TFile, _data: string, cache: CachedMetadata) => this.noteChanged(file, cache)));
		owner.registerEvent(metadataCache.on("deleted", (file: TFile) => this.noteRemoved(file.path)));
		owner.registerEvent(metadataCache.on("resolved", () => this.cacheResolved()));
		owner.registerEvent(vault.on("delete", (file: TAbstractFile) => this.noteRemoved(file.path)));
		owner.registerEvent(vault.on("rename", (file: TAbstractFile, oldPath: string) => this.noteRenamed(file, oldPath)));
		this.shares.attach(owner);
		workspace.onLayoutReady(() => {
			// Asked again: the cache may have finished reading between the plugin's load and the layout.
			if (cacheSaysInitialized(metadataCache)) this.cacheFilled = true;
			void this.rebuild();
			// A safety net, not the rule: if the first `resolved` never comes (a plugin reported it missing at
			// start-up, obsidian-checklist-plugin #138), the agenda must not say "Reading the vault…" forever.
			if (!this.complete) owner.registerInterval(window.setTimeout(() => this.cacheResolved(), RESOLVED_FALLBACK_MS));
		});
	}

	/**
	 * Whether the index was built from a complete metadata cache. Before that it may lack any note, so nothing
	 * should be shown or counted from it.
	 */
	isComplete(): boolean {
		return this.complete;
	}

	/**
	 * Settings changed. Folders and delays decide everything, so the index is built again with them, and they
	 * take effect when it is in place (until then, edits are read as the index shown was built); your name and
	 * the reminder switches change nothing here, and take effect at once.
	 */
	setSettings(settings: FollowUpSettings): void {
		const latest = this.pending?.settings ?? this.settings;
		const next = { ...settings };
		const rebuilds = (Object.keys(settings) as (keyof FollowUpSettings)[]).some((key) => !DISPLAY_ONLY.has(key) && settings[key] !== latest[key]);
		if (rebuilds && (this.built || this.pending)) {
			void this.rebuild(next);
			return;
		}
		if (this.pending) this.pending.settings = next;
		// What decides the index stays as the index in place was built; the rest is shown as set.
		this.settings = this.built ? { ...next, ...structuralOf(this.settings) } : next;
	}

	/**
	 * Reads every Markdown note's cached frontmatter and builds everything from scratch, with `settings`: a walk
	 * of the notes, then each thread's steps, in slices (see `Pacing`); until they are over, the index in place is
	 * the one shown. Resolves once the new index is in place (at once for a small vault, or without `attach`); a
	 * build that a later one replaces never resolves.
	 */
	rebuild(settings: FollowUpSettings = this.pending?.settings ?? this.settings): Promise<void> {
		const build: PendingBuild = { settings, filled: this.cacheFilled, records: new Map(), threads: new Map(), problems: [], changedMeanwhile: new Set() };
		this.pending = build;
		// One walk for both indexes: the share index is handed every note this one reads (and its clippings).
		this.shares.startBuild(settings);
		const clippings = this.shares.wantsEveryNoteUnder;
		const { vault, metadataCache } = this.app;
		const readNote = (file: TFile): void => {
			const cache = metadataCache.getFileCache(file);
			// Most notes of a big vault have neither a frontmatter block nor a tag: they cannot be interview notes.
			if (!cache?.frontmatter && !cache?.frontmatterPosition && !cache?.tags && !file.path.startsWith(clippings)) return;
			const source = noteSourceOfCache(file.path, cache);
			const record = readRecord(source, settings);
			this.shares.take(file, source, record !== null);
			if (!record) return;
			build.records.set(file.path, record);
			for (const problem of record.problems) build.problems.push(problem);
			if (record.thread !== null) threadIn(build.threads, record.thread).members.add(file.path);
		};
		const placeSteps = (thread: Thread): void => {
			thread.steps = stepsForThread(interviewsIn(build.records, thread), settings);
		};
		const stages = [stage(() => vault.getMarkdownFiles(), readNote), stage(() => [...build.threads.values()], placeSteps)];
		return new Promise((resolve) => {
			workInSlices(stages, this.pacing, () => this.pending !== build, () => {
				this.putInPlace(build);
				resolve();
			});
		});
	}

	/** A build's work is over: its index replaces the one in place, then what changed meanwhile is read again. */
	private putInPlace(build: PendingBuild): void {
		this.pending = null;
		this.settings = build.settings;
		this.records = build.records;
		this.threads = build.threads;
		const steps: Step[] = [];
		for (const thread of this.threads.values()) for (const step of thread.steps) steps.push(step);
		this.timeline.reset(steps);
		this.problemList.reset(build.problems);
		const changes: [string, NoteSource | null][] = [];
		for (const path of build.changedMeanwhile) changes.push([path, this.sourceNow(path)]);
		this.update(changes);
		void this.shares.finishBuild(build.changedMeanwhile);
		this.built = true;
		if (build.filled) this.complete = true;
		this.changed();
		if (this.complete) this.markReady();
	}

	/** The note at `path` as the cache reads it now; `null` when no file is there. */
	private sourceNow(path: string): NoteSource | null {
		const file = this.app.vault.getAbstractFileByPath(path);
		return file instanceof TFile ? noteSourceOfCache(path, this.app.metadataCache.getFileCache(file)) : null;
	}

	/**
	 * A note's cached metadata changed (or it was created). A `changed` can arrive for a file deleted or renamed
	 * since the cache read it; then the note at that path is gone, and is dropped rather than brought back.
	 */
	noteChanged(file: TFile, cache: CachedMetadata | null = this.app.metadataCache.getFileCache(file)): void {
		this.pending?.changedMeanwhile.add(file.path);
		if (!this.built) return;
		const gone = this.app.vault.getAbstractFileByPath(file.path) !== file;
		if (this.update([[file.path, gone ? null : noteSourceOfCache(file.path, cache)]])) this.changed();
	}

	/** A note was deleted. */
	noteRemoved(path: string): void {
		this.pending?.changedMeanwhile.add(path);
		if (!this.built) return;
		if (this.update([[path, null]])) this.changed();
	}

	/** A file was renamed or moved: its old path leaves, its new path is read from the cache. */
	noteRenamed(file: TAbstractFile, oldPath: string): void {
		this.pending?.changedMeanwhile.add(oldPath).add(file.path);
		if (!this.built || !(file instanceof TFile)) return;
		const source = noteSourceOfCache(file.path, this.app.metadataCache.getFileCache(file));
		if (this.update([[oldPath, null], [file.path, source]])) this.changed();
	}

	/** Counts updates: a view that rendered at this revision is current (until the day changes). */
	get revision(): number {
		return this.updateCount;
	}

	/** The agenda of `today`: open steps in agenda order and every problem. Cached per update and day. */
	agenda(today: CalendarDay): Agenda {
		if (this.cached && this.cached.revision === this.updateCount && this.cached.today === today) return this.cached.agenda;
		const agenda = { today, items: this.timeline.items(today, this.settings.horizonDays), problems: this.problemList.all() };
		this.cached = { revision: this.updateCount, today, agenda };
		return agenda;
	}

	/**
	 * The job search pipeline of `today` (see `buildPipeline`, which it equals), cached per update and day. Each
	 * thread's row is kept until that thread changes, so after one edit only its row is made again.
	 */
	pipeline(today: CalendarDay): Pipeline {
		const cached = this.cachedPipeline;
		if (cached && cached.revision === this.updateCount && cached.today === today) return cached.pipeline;
		const rows: PipelineThread[] = [];
		for (const [key, thread] of this.threads) {
			if (thread.row?.today !== today) {
				const next = mostPressingStep(thread.steps, today, this.settings.horizonDays);
				thread.row = { today, row: pipelineThread(key, this.interviewsOf(thread), next, today) };
			}
			rows.push(thread.row.row);
		}
		const pipeline = groupPipeline(rows);
		this.cachedPipeline = { revision: this.updateCount, today, pipeline };
		return pipeline;
	}

	/** The open steps of note `path` (snooze applied), in agenda order within a day. */
	stepsOf(path: string): Step[] {
		const thread = this.records.get(path)?.thread;
		if (thread === null || thread === undefined) return [];
		return (this.threads.get(thread)?.steps ?? []).filter((step) => step.note === path);
	}

	/** The interview read from note `path`, or `null` when it is not an interview note or has an error. */
	interviewOf(path: string): Interview | null {
		return this.records.get(path)?.interview ?? null;
	}

	/** Every interview read without error. */
	interviews(): Interview[] {
		const interviews: Interview[] = [];
		for (const record of this.records.values()) if (record.interview) interviews.push(record.interview);
		return interviews;
	}

	/** Every problem, sorted by note then field. */
	problems(): Problem[] {
		return this.problemList.all();
	}

	/** The paths of the meeting notes of note `path`'s thread (itself alone without a thread), in no set order. */
	threadNotes(path: string): string[] {
		const thread = this.records.get(path)?.thread;
		const members = thread ? this.threads.get(thread)?.members : undefined;
		return members ? [...members] : this.records.has(path) ? [path] : [];
	}

	/** Whether note `path` is an interview note (with or without errors). */
	isInterview(path: string): boolean {
		return this.records.has(path);
	}

	/** Applies new readings of some notes (`null`: gone) and recomputes the threads they leave or join. */
	private update(changes: [string, NoteSource | null][]): boolean {
		const touched = new Set<string>();
		let changed = false;
		for (const [path, source] of changes) {
			const before = this.records.get(path);
			const after = source ? this.read(source) : null;
			if (!before && !after) continue;
			if (before && after && sameFrontmatter(before.source, after.source)) continue;
			changed = true;
			if (before?.thread) {
				this.threads.get(before.thread)?.members.delete(path);
				touched.add(before.thread);
			}
			if (after) this.records.set(path, after);
			else this.records.delete(path);
			if (after?.thread) {
				this.threadOf(after.thread).members.add(path);
				touched.add(after.thread);
			}
			this.problemList.replace(path, after?.problems ?? []);
		}
		for (const key of touched) this.recompute(key);
		return changed;
	}

	private recompute(key: string): void {
		const thread = this.threads.get(key);
		if (!thread) return;
		this.timeline.remove(thread.steps);
		if (thread.members.size === 0) {
			this.threads.delete(key);
			return;
		}
		thread.steps = stepsForThread(this.interviewsOf(thread), this.settings);
		thread.row = null;
		this.timeline.insert(thread.steps);
	}

	private read(source: NoteSource): NoteRecord | null {
		return readRecord(source, this.settings);
	}

	/** The cache has read every file: the first time, the index is built again, now complete. */
	private cacheResolved(): void {
		if (this.complete) return;
		this.cacheFilled = true;
		// `resolved` comes again after every change ("each time files get modified after the initial load",
		// obsidian.d.ts): a build that began with the whole vault read goes on, and reads those changes at its end.
		if (this.pending?.filled) return;
		if (this.built || this.pending) void this.rebuild();
	}

	private threadOf(key: string): Thread {
		return threadIn(this.threads, key);
	}

	private interviewsOf(thread: Thread): Interview[] {
		return interviewsIn(this.records, thread);
	}

	private changed(): void {
		this.updateCount++;
		this.trigger("changed");
	}
}
