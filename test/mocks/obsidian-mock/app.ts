// The app and the plugin base class: what a plugin reaches through `this.app` and registers on load.
import { Component } from "./events";
import { FileManager, MetadataCache, Vault } from "./vault";
import { Platform } from "./platform";
import { Workspace, type View, type WorkspaceLeaf } from "./workspace";
import type { PluginSettingTab } from "./ui";
import { requireApiVersion } from "./apiVersion";
import { BasesPlugin, type BasesViewRegistration } from "./bases";
import { CommandLine, type CliFlags, type CliHandler } from "./cli";

/** A command as `addCommand` takes it. */
export interface Command {
	id: string;
	name: string;
	icon?: string;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (...args: never[]) => unknown;
	editorCheckCallback?: (...args: never[]) => boolean | void;
}

/** The plugin's `manifest.json`. */
export interface PluginManifest {
	id: string;
	name: string;
	version: string;
	minAppVersion: string;
	author: string;
	description: string;
	dir?: string;
}

/** Mock only: how the in-memory app starts. */
export interface AppOptions {
	/**
	 * The metadata cache is still empty when the layout is ready and reads the seeded files afterwards, each with
	 * its own `changed`, then fires `resolved` (see `MetadataCache`). Default: warm, every seeded file cached.
	 */
	coldStart?: boolean;
	/** With `coldStart`: notes whose cache Obsidian kept from the last session; they return without a `changed`. */
	storedCache?: string[];
	/** The core Bases plugin is on in the vault (the default); off, `registerBasesView` returns false. */
	bases?: boolean;
}

/** The app: vault, metadata cache, file manager and workspace, all in memory. */
export class App {
	metadataCache = new MetadataCache();
	vault = new Vault(this.metadataCache);
	fileManager = new FileManager(this.vault);
	workspace: Workspace;
	/** Mock only: commands added by plugins, by id. */
	commands = new Map<string, Command>();
	/** Mock only: settings tabs added by plugins. */
	settingTabs: PluginSettingTab[] = [];
	/** Mock only: the core Bases plugin (turn `enabled` off to run a vault with Bases off). */
	bases = new BasesPlugin(this);
	/** Mock only: Obsidian's own command line, where plugins add handlers. */
	cli = new CommandLine();
	/** Mock only: the status bar and ribbon, where plugins add items. */
	statusBarEl: HTMLElement;
	ribbonEl: HTMLElement;
	private localStorage = new Map<string, unknown>();

	constructor(options: AppOptions = {}) {
		this.workspace = new Workspace(this);
		this.bases.enabled = options.bases ?? true;
		if (options.coldStart) {
			this.metadataCache.startCold(options.storedCache);
			// Registered before any plugin loads, so the cache starts reading before the plugins' own
			// layout-ready callbacks run; its reading is asynchronous, so they still find it empty.
			this.workspace.onLayoutReady(() => this.metadataCache.fill());
		}
		this.statusBarEl = createDiv({ cls: "status-bar" });
		this.ribbonEl = createDiv({ cls: "side-dock-ribbon" });
		document.body.append(this.ribbonEl, this.workspace.containerEl, this.statusBarEl);
	}

	loadLocalStorage(key: string): unknown {
		return this.localStorage.has(key) ? this.localStorage.get(key) : null;
	}

	saveLocalStorage(key: string, data: unknown): void {
		if (data === null || data === undefined) this.localStorage.delete(key);
		else this.localStorage.set(key, data);
	}

	/** Mock only: runs a command by id, as the palette does. */
	runCommand(id: string): unknown {
		const command = this.commands.get(id);
		if (!command) throw new Error(`No command ${id}`);
		if (command.checkCallback) return command.checkCallback(false);
		return command.callback?.();
	}
}

const MANIFEST: PluginManifest = {
	id: "interview-follow-up",
	name: "Interview follow-up",
	version: "0.0.0",
	minAppVersion: "1.8.7",
	author: "",
	description: "",
};

/** The base class of plugins: data, commands, views, ribbon and status bar items, settings tabs. */
export abstract class Plugin extends Component {
	app: App;
	manifest: PluginManifest;
	/** Mock only: what `saveData` last stored (set it before `onload` to simulate a `data.json`). */
	data: unknown = null;

	constructor(app: App, manifest: PluginManifest = MANIFEST) {
		super();
		this.app = app;
		this.manifest = manifest;
		// An app older than an API has no such method at all (obsidian.d.ts: `@since 1.10.0`, `@since 1.12.2`).
		const self = this as Partial<Pick<Plugin, "registerBasesView" | "registerCliHandler">>;
		if (!requireApiVersion("1.10.0")) self.registerBasesView = undefined;
		if (!requireApiVersion("1.12.2")) self.registerCliHandler = undefined;
	}

	async loadData(): Promise<unknown> {
		return this.data === null ? null : JSON.parse(JSON.stringify(this.data));
	}

	async saveData(data: unknown): Promise<void> {
		this.data = JSON.parse(JSON.stringify(data));
	}

	/**
	 * Mock only: `data.json` changes on disk from outside Obsidian (sync, another device): the file holds `data`
	 * now, and Obsidian calls `onExternalSettingsChange` (obsidian.d.ts: "Called when the `data.json` file is
	 * modified on disk externally from Obsidian").
	 */
	async changeDataExternally(data: unknown): Promise<void> {
		this.data = JSON.parse(JSON.stringify(data));
		await (this as { onExternalSettingsChange?: () => unknown }).onExternalSettingsChange?.();
	}

	addCommand(command: Command): Command {
		const full = { ...command, id: `${this.manifest.id}:${command.id}` };
		this.app.commands.set(full.id, full);
		this.register(() => this.app.commands.delete(full.id));
		return full;
	}

	addRibbonIcon(icon: string, title: string, callback: (event: MouseEvent) => unknown): HTMLElement {
		const el = this.app.ribbonEl.createDiv({ cls: "side-dock-ribbon-action", attr: { "aria-label": title, "data-icon": icon } });
		el.addEventListener("click", (event) => void callback(event));
		this.register(() => el.detach());
		return el;
	}

	/** obsidian.d.ts: "Not available on mobile": there the element is made but never shown in a status bar. */
	addStatusBarItem(): HTMLElement {
		const el = Platform.isMobile ? createDiv({ cls: "status-bar-item" }) : this.app.statusBarEl.createDiv({ cls: "status-bar-item" });
		this.register(() => el.detach());
		return el;
	}

	addSettingTab(tab: PluginSettingTab): void {
		this.app.settingTabs.push(tab);
		this.register(() => (this.app.settingTabs = this.app.settingTabs.filter((other) => other !== tab)));
	}

	registerView(type: string, factory: (leaf: WorkspaceLeaf) => View): void {
		this.app.workspace.registerViewType(type, factory);
	}

	/** obsidian.d.ts: "@returns false if bases are not enabled in this vault". Unregistered when the plugin unloads. */
	registerBasesView(viewId: string, registration: BasesViewRegistration): boolean {
		const registered = this.app.bases.register(viewId, registration);
		if (registered) this.register(() => this.app.bases.registrations.delete(viewId));
		return registered;
	}

	/** obsidian.d.ts `registerCliHandler` (1.12.2): unregistered when the plugin unloads. */
	registerCliHandler(command: string, description: string, flags: CliFlags | null, handler: CliHandler): void {
		this.app.cli.register(command, description, flags, handler);
		this.register(() => this.app.cli.unregister(command));
	}
}
