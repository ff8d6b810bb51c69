// Gives the benchmark process a DOM (jsdom), the way jest's jsdom environment does, before the Obsidian mock
// loads: the mock installs Obsidian's element helpers (createEl, setText, …) on the DOM prototypes.
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true, url: "http://localhost/" });
const globals = globalThis as unknown as Record<string, unknown>;
// Node has its own Event classes; DOM nodes accept only jsdom's.
const domFirst = new Set(["Event", "CustomEvent", "EventTarget"]);
for (const name of Object.getOwnPropertyNames(dom.window)) {
	if (name in globals && !domFirst.has(name)) continue;
	globals[name] = (dom.window as unknown as Record<string, unknown>)[name];
}
// As in jest's jsdom environment, the global object is the window (the mock installs createDiv & co. on it).
globals.window = globalThis;
globals.document = dom.window.document;
