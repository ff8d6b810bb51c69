// A small in-memory Obsidian for tests and the screenshots page: jest maps `obsidian` here, and esbuild can
// bundle it for a real browser, so it uses no jest API and no Node built-in. Each part lives in its own file
// under obsidian-mock/; add new pieces there and export them here. "Mock only" marks helpers Obsidian lacks.
import { installDomHelpers } from "./obsidian-mock/dom";

installDomHelpers();

export { setIcon, setTooltip, installDomHelpers, type DomElementInfo, type TooltipOptions } from "./obsidian-mock/dom";
export { Component, Events, debounce, type Debouncer, type EventRef } from "./obsidian-mock/events";
export {
	type CachedMetadata, FileManager, type FrontMatterInfo, getFrontMatterInfo, MetadataCache, normalizePath, parseYaml, splitFrontmatter,
	TAbstractFile, TFile, TFolder, Vault,
} from "./obsidian-mock/vault";
export {
	DeferredView, ItemView, MarkdownView, View, Workspace, WorkspaceLeaf, WorkspaceSidedock, type ViewState,
} from "./obsidian-mock/workspace";
export {
	AbstractInputSuggest, ButtonComponent, Keymap, Menu, MenuItem, type MenuPositionDef, Modal, Notice, PluginSettingTab, Setting,
	TextComponent, ToggleComponent,
} from "./obsidian-mock/ui";
export { App, Plugin, type AppOptions, type Command, type PluginManifest } from "./obsidian-mock/app";
export { Editor, type EditorChange, type EditorPosition, type EditorRangeOrCaret, type EditorTransaction } from "./obsidian-mock/editor";
export { FuzzySuggestModal, SuggestModal, type FuzzyMatch } from "./obsidian-mock/suggestModal";
export { getLanguage } from "./obsidian-mock/language";
export { Platform, usePlatform } from "./obsidian-mock/platform";
export { apiVersion, requireApiVersion, useApiVersion } from "./obsidian-mock/apiVersion";
export {
	BasesEntry, BasesEntryGroup, BasesPlugin, BasesQueryResult, BasesView, BasesViewConfig, OpenBase, QueryController, Value,
	type BasesConfigFile, type BasesConfigFileView, type BasesPropertyId, type BasesViewFactory, type BasesViewRegistration,
} from "./obsidian-mock/bases";
export { CommandLine, type CliData, type CliFlag, type CliFlags, type CliHandler } from "./obsidian-mock/cli";
