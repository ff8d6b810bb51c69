import { TFile } from "obsidian";
import { isInterviewNote } from "../rules";
import { noteSourceOfCache } from "./noteSourceOfCache";
import { LetterHost } from "./letterHost";

/** An open interview note: its file and its frontmatter as the metadata cache holds it. */
export interface InterviewNoteFile {
	file: TFile;
	frontmatter: Record<string, unknown> | null;
}

/**
 * The interview note `file` is, or `null` when it is none (or there is no file). Read from the metadata
 * cache with the rules' own test, so the commands are there as soon as a note is one, even before the
 * index has caught up.
 */
export function interviewNoteFile(host: LetterHost, file: TFile | null | undefined): InterviewNoteFile | null {
	if (!file || file.extension !== "md") return null;
	const source = noteSourceOfCache(file.path, host.app.metadataCache.getFileCache(file));
	if (!isInterviewNote(source, host.settings)) return null;
	return { file, frontmatter: source.frontmatter };
}
