// Moved to src/commandLine/usageError.ts, where the plugin's handlers for Obsidian's own command line share it.
export * from "../src/commandLine/usageError";
