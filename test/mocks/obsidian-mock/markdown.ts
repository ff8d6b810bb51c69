// Markdown rendering and the app's language, as far as the letters use them.
import type { App } from "./app";
import type { Component } from "./events";

/** Obsidian's Markdown renderer. Mock: writes the Markdown as text into a `.markdown-rendered` block. */
export class MarkdownRenderer {
	static async render(_app: App, markdown: string, el: HTMLElement, _sourcePath: string, _component: Component): Promise<void> {
		el.createDiv({ cls: "markdown-rendered", text: markdown });
	}
}

/** The part of Obsidian's bundled `moment` the plugin reads: the app's language. Mock: English. */
export const moment = {
	locale(): string {
		return "en";
	},
};
