// Moved to src/commandLine/arguments.ts, where the plugin's handlers for Obsidian's own command line share it.
export * from "../src/commandLine/arguments";
