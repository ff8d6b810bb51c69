// The agenda as an iCalendar file: plain TypeScript with no `obsidian` import, shared by the plugin and the command line.
export * from "./icsText";
export * from "./followUpUid";
export * from "./obsidianOpenUrl";
export * from "./eventAlarm";
export * from "./agendaToIcs";
