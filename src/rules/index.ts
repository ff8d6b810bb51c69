// The follow-up rules: plain TypeScript with no `obsidian` import, shared by the plugin, the command line and tests.
export * from "./calendarDay";
export * from "./settings";
export * from "./reminderTime";
export * from "./problem";
export * from "./noteSource";
export * from "./linkText";
export * from "./meetingKind";
export * from "./inlineTags";
export * from "./vaultPaths";
export * from "./tagNames";
export * from "./interviewNote";
export * from "./steps";
export * from "./noteSteps";
export * from "./agenda";
export * from "./phrases";
export * from "./pipeline";
export * from "./writeBack";
export { frontmatterSource } from "./frontmatterText";
