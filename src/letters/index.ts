// Letters, call scripts, article shares and templates: plain TypeScript with no `obsidian` import, shared by
// the plugin, the command line and tests. Today and the locale are always passed in.
export * from "./builtInTemplates";
export * from "./fillTemplate";
export * from "./letterValues";
export * from "./safeFileName";
export * from "./articleUrl";
export * from "./stepTemplate";
export * from "./drafts";
export * from "./followUpDrafts";
export * from "./articleShare";
export * from "./shareTargets";
export * from "./shareIdeas";
export * from "./noteSections";
export * from "./howItWent";
export * from "./mailto";
export * from "./scriptBlocks";
export * from "./templateBlocks";
export * from "./materialKinds";
export * from "./greetingName";
export * from "./panelSections";
export * from "./letterCheck";
