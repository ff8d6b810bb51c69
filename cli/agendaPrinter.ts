// Moved to src/commandLine/agendaPrinter.ts, where the plugin's handlers for Obsidian's own command line share it.
export * from "../src/commandLine/agendaPrinter";
