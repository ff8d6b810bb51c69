// Share candidates and their ranking for a check-in (SPEC.md section 9): plain TypeScript with no `obsidian`
// import, shared by the plugin's index, its views and the `suggest` command.
export * from "./searchTerms";
export * from "./shareCandidate";
export * from "./articleShares";
export * from "./shareQuery";
export * from "./shareRanking";
export * from "./threadSuggestions";
