// Bases (Obsidian 1.10+), as obsidian.d.ts declares it: a plugin registers a view type
// (`Plugin.registerBasesView(viewId, { name, icon, factory, options })`, which returns false when Bases is
// off in the vault); Bases runs the base's query and calls the `factory(controller, containerEl)` for a
// view of that type, sets the view's `data` (a `BasesQueryResult`, replaced — with new `BasesEntry` objects —
// each time the vault or the base changes) and calls `onDataUpdated()`. The view is a `Component`: Bases loads
// it when shown and unloads it when closed. The query itself is evaluated by basesExpression.ts.
import { parse } from "yaml";
import { passesFilter, type BasesFilter, type ExpressionFile } from "./basesExpression";
import { Component } from "./events";
import type { App } from "./app";
import type { TFile } from "./vault";

/** obsidian.d.ts `BasesPropertyId`: `note.x`, `file.x` or `formula.x`. */
export type BasesPropertyId = `${"note" | "formula" | "file"}.${string}`;

/** obsidian.d.ts `BasesConfigFileView`, with the `sort` key Obsidian writes for `BasesViewConfig.getSort`. */
export interface BasesConfigFileView {
	type: string;
	name: string;
	filters?: BasesFilter;
	groupBy?: { property: string; direction?: "ASC" | "DESC" };
	order?: string[];
	sort?: { property: string; direction: "ASC" | "DESC" }[];
	[key: string]: unknown;
}

/** obsidian.d.ts `BasesConfigFile`: what a `.base` file holds. */
export interface BasesConfigFile {
	filters?: BasesFilter;
	properties?: Record<string, Record<string, unknown>>;
	formulas?: Record<string, string>;
	views?: BasesConfigFileView[];
}

/** obsidian.d.ts `Value`, reduced to what a view reads: its text and whether it is truthy. */
export class Value {
	constructor(readonly data: unknown) {}
	toString(): string {
		const text = (value: unknown): string => {
			if (value === null || value === undefined) return "";
			if (Array.isArray(value)) return value.map(text).join(", ");
			return typeof value === "string" ? value : JSON.stringify(value);
		};
		return text(this.data);
	}
	isTruthy(): boolean {
		return Array.isArray(this.data) ? this.data.length > 0 : Boolean(this.data);
	}
}

/** obsidian.d.ts `BasesEntry`: one file of the result, and its property values. */
export class BasesEntry {
	constructor(readonly file: TFile, private readonly expression: ExpressionFile) {}

	getValue(propertyId: BasesPropertyId): Value | null {
		const [type, ...rest] = propertyId.split(".");
		const name = rest.join(".");
		if (type === "note") return name in this.expression.frontmatter ? new Value(this.expression.frontmatter[name]) : null;
		if (type === "file") {
			if (name === "path") return new Value(this.file.path);
			if (name === "name") return new Value(this.file.name);
			if (name === "ext") return new Value(this.file.extension);
			if (name === "tags") return new Value(this.expression.tags.map((tag) => `#${tag}`));
		}
		return null;
	}
}

/** obsidian.d.ts `BasesEntryGroup`: the entries of one value of the groupBy key. */
export class BasesEntryGroup {
	constructor(readonly key: Value | undefined, readonly entries: BasesEntry[]) {}
	hasKey(): boolean {
		return this.key !== undefined && this.key.data !== null && this.key.data !== undefined;
	}
}

/** obsidian.d.ts `BasesQueryResult`: the entries, sorted; grouped by the view's groupBy; the visible properties. */
export class BasesQueryResult {
	constructor(
		readonly data: BasesEntry[],
		private readonly view: BasesConfigFileView,
	) {}

	get groupedData(): BasesEntryGroup[] {
		const groupBy = this.view.groupBy?.property as BasesPropertyId | undefined;
		if (!groupBy) return [new BasesEntryGroup(undefined, this.data)];
		const groups = new Map<string, BasesEntryGroup>();
		for (const entry of this.data) {
			const key = entry.getValue(groupBy);
			const text = key?.toString() ?? "";
			if (!groups.has(text)) groups.set(text, new BasesEntryGroup(key ?? new Value(null), []));
			groups.get(text)?.entries.push(entry);
		}
		const sorted = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
		if (this.view.groupBy?.direction === "DESC") sorted.reverse();
		return sorted.map(([, group]) => group);
	}

	get properties(): BasesPropertyId[] {
		return (this.view.order ?? []) as BasesPropertyId[];
	}
}

/** obsidian.d.ts `BasesViewConfig`: one entry of the base's `views`, with the view's own stored options. */
export class BasesViewConfig {
	name: string;

	constructor(
		private readonly view: BasesConfigFileView,
		private readonly file: BasesConfigFile,
	) {
		this.name = view.name;
	}

	get(key: string): unknown {
		return this.view[key];
	}

	set(key: string, value: unknown): void {
		if (value === null) delete this.view[key];
		else this.view[key] = value;
	}

	getAsPropertyId(key: string): BasesPropertyId | null {
		const value = this.view[key];
		if (typeof value !== "string" || value === "") return null;
		return (/^(note|file|formula)\./.test(value) ? value : `note.${value}`) as BasesPropertyId;
	}

	getOrder(): BasesPropertyId[] {
		return (this.view.order ?? []) as BasesPropertyId[];
	}

	getSort(): { property: BasesPropertyId; direction: "ASC" | "DESC" }[] {
		return (this.view.sort ?? []) as { property: BasesPropertyId; direction: "ASC" | "DESC" }[];
	}

	getDisplayName(propertyId: BasesPropertyId): string {
		const bare = propertyId.replace(/^note\./, "");
		const named = this.file.properties?.[propertyId]?.displayName ?? this.file.properties?.[bare]?.displayName;
		return typeof named === "string" ? named : propertyId.replace(/^(note|file|formula)\./, "");
	}
}

/** obsidian.d.ts `QueryController`: runs the base's query and tells its view about new results. */
export class QueryController extends Component {
	constructor(readonly app: App) {
		super();
	}
}

/**
 * obsidian.d.ts `BasesView`: a view of a base's results. Its constructor takes the controller; Bases sets
 * `config`, `data` and `allProperties` and calls `onDataUpdated()` whenever the results change.
 */
export abstract class BasesView extends Component {
	abstract type: string;
	app: App;
	config!: BasesViewConfig;
	allProperties: BasesPropertyId[] = [];
	data!: BasesQueryResult;

	protected constructor(controller: QueryController) {
		super();
		this.app = controller.app;
	}

	abstract onDataUpdated(): void;
}

/** obsidian.d.ts `BasesViewFactory` and `BasesViewRegistration`. */
export type BasesViewFactory = (controller: QueryController, containerEl: HTMLElement) => BasesView;
export interface BasesViewRegistration {
	name: string;
	icon: string;
	factory: BasesViewFactory;
	options?: (config: BasesViewConfig) => unknown[];
}

/** Every tag of a note, as Obsidian's `getAllTags` reads them: frontmatter `tags`/`tag` and the body's, without `#`. */
function tagsOf(frontmatter: Record<string, unknown>, inline: readonly { tag: string }[] | undefined): string[] {
	const tags: string[] = [];
	for (const value of [frontmatter.tags, frontmatter.tag]) {
		const list = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,\s]+/) : [];
		for (const tag of list) if (typeof tag === "string" && tag.trim() !== "") tags.push(tag.trim().replace(/^#/, ""));
	}
	for (const { tag } of inline ?? []) tags.push(tag.replace(/^#/, ""));
	return tags;
}

/** The entries of every file of the vault that passes all of `filters` (the base's and the view's), by path. */
function queryEntries(app: App, filters: (BasesFilter | undefined)[]): BasesEntry[] {
	const entries: BasesEntry[] = [];
	for (const file of app.vault.getFiles()) {
		const cache = app.metadataCache.getFileCache(file);
		const frontmatter = (cache?.frontmatter ?? {});
		const expression: ExpressionFile = { path: file.path, extension: file.extension, frontmatter, tags: tagsOf(frontmatter, cache?.tags) };
		if (filters.every((filter) => passesFilter(filter, expression))) entries.push(new BasesEntry(file, expression));
	}
	return entries.sort((a, b) => a.file.path.localeCompare(b.file.path));
}

/** Mock only: a base open in a tab, showing one of its views. */
export class OpenBase {
	readonly controller: QueryController;
	readonly view: BasesView;
	private readonly viewConfig: BasesConfigFileView;

	constructor(
		private readonly app: App,
		private readonly config: BasesConfigFile,
		viewName: string,
		registration: BasesViewRegistration,
		readonly containerEl: HTMLElement,
	) {
		const view = config.views?.find((candidate) => candidate.name === viewName);
		if (!view) throw new Error(`Bases (mock): the base has no view "${viewName}"`);
		this.viewConfig = view;
		this.controller = new QueryController(app);
		this.view = registration.factory(this.controller, containerEl);
		this.view.config = new BasesViewConfig(view, config);
		this.controller.addChild(this.view);
		this.controller.load();
		// Bases re-runs the query once the metadata cache has read a change, and after a rename or deletion.
		const rerun = () => this.update();
		const { metadataCache, vault } = app;
		const refs = [metadataCache.on("resolved", rerun), vault.on("rename", rerun), vault.on("delete", rerun)];
		this.controller.register(() => {
			metadataCache.offref(refs[0]);
			vault.offref(refs[1]);
			vault.offref(refs[2]);
		});
		this.update();
	}

	/** Runs the query, gives the view new results (new entry objects, as Bases does) and calls `onDataUpdated`. */
	update(): void {
		const entries = queryEntries(this.app, [this.config.filters, this.viewConfig.filters]);
		this.view.data = new BasesQueryResult(entries, this.viewConfig);
		this.view.allProperties = [...new Set(entries.flatMap((entry) => Object.keys(this.frontmatterOf(entry)).map((key) => `note.${key}` as BasesPropertyId)))];
		this.view.onDataUpdated();
	}

	/** Mock only: the paths of the files the view was last given. */
	paths(): string[] {
		return this.view.data.data.map((entry) => entry.file.path);
	}

	/** Closes the base's tab: the view unloads. */
	close(): void {
		this.controller.unload();
	}

	private frontmatterOf(entry: BasesEntry): Record<string, unknown> {
		return (this.app.metadataCache.getFileCache(entry.file)?.frontmatter ?? {});
	}
}

/** Mock only: the core Bases plugin of the app: on or off in the vault, the registered view types, open bases. */
export class BasesPlugin {
	enabled = true;
	readonly registrations = new Map<string, BasesViewRegistration>();

	constructor(private readonly app: App) {}

	/** `Plugin.registerBasesView`: false when Bases is off (obsidian.d.ts "@returns false if bases are not enabled"). */
	register(viewId: string, registration: BasesViewRegistration): boolean {
		if (!this.enabled) return false;
		this.registrations.set(viewId, registration);
		return true;
	}

	/** Mock only: the paths of the files the base `text` (a `.base` file's YAML) selects with its own filters. */
	query(text: string): string[] {
		return queryEntries(this.app, [(parse(text) as BasesConfigFile).filters]).map((entry) => entry.file.path);
	}

	/** Mock only: opens the base `text` (a `.base` file's YAML) on its view `viewName`, in `containerEl`. */
	open(text: string, viewName: string, containerEl: HTMLElement = createDiv({ cls: "bases-view" })): OpenBase {
		const config = parse(text) as BasesConfigFile;
		const type = config.views?.find((view) => view.name === viewName)?.type;
		const registration = type === undefined ? undefined : this.registrations.get(type);
		if (!registration) throw new Error(`Bases (mock): no view type "${type}" is registered`);
		return new OpenBase(this.app, config, viewName, registration, containerEl);
	}
}
