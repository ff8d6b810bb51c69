// The Lucide icons the plugin asks for, drawn into the mock's empty `svg[data-icon]` elements so screenshots
// show what Obsidian shows. Browser tooling only: the plugin calls Obsidian's `setIcon`, which has them all.

/** Each icon's children (Lucide's 24×24 outline shapes): element name and attributes. */
type Shape = [string, Record<string, string>];

const path = (d: string): Shape => ["path", { d }];
const circle = (cx: number, cy: number, r: number): Shape => ["circle", { cx: String(cx), cy: String(cy), r: String(r) }];
const rect = (x: number, y: number, width: number, height: number, rx: number): Shape => [
	"rect",
	{ x: String(x), y: String(y), width: String(width), height: String(height), rx: String(rx) },
];

const ICONS: Record<string, Shape[]> = {
	"calendar-check": [rect(3, 4, 18, 18, 2), path("M16 2v4"), path("M8 2v4"), path("M3 10h18"), path("m9 16 2 2 4-4")],
	check: [path("M20 6 9 17l-5-5")],
	reply: [path("m9 17-5-5 5-5"), path("M20 18v-2a4 4 0 0 0-4-4H4")],
	mail: [rect(2, 4, 20, 16, 2), path("m22 7-8.97 5.7a1.94 1.94 0 0 1-2.06 0L2 7")],
	"alarm-clock": [circle(12, 13, 8), path("M12 9v4l2 2"), path("M5 3 2 6"), path("m22 6-3-3"), path("M6.38 18.7 4 21"), path("M17.64 18.67 20 21")],
	"more-horizontal": [circle(12, 12, 1), circle(19, 12, 1), circle(5, 12, 1)],
	phone: [
		path(
			"M22 16.92v3a2 2 0 0 1-2.18 2 19.79 19.79 0 0 1-8.63-3.07 19.5 19.5 0 0 1-6-6 19.79 19.79 0 0 1-3.07-8.67A2 2 0 0 1 4.11 2h3a2 2 0 0 1 2 1.72 12.84 12.84 0 0 0 .7 2.81 2 2 0 0 1-.45 2.11L8.09 9.91a16 16 0 0 0 6 6l1.27-1.27a2 2 0 0 1 2.11-.45 12.84 12.84 0 0 0 2.81.7A2 2 0 0 1 22 16.92z",
		),
	],
	newspaper: [
		path("M4 22h16a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2H8a2 2 0 0 0-2 2v16a2 2 0 0 1-2 2Zm0 0a2 2 0 0 1-2-2v-9c0-1.1.9-2 2-2h2"),
		path("M18 14h-8"),
		path("M15 18h-5"),
		path("M10 6h8v4h-8V6Z"),
	],
	"heart-handshake": [
		path("M19 14c1.49-1.46 3-3.21 3-5.5A5.5 5.5 0 0 0 16.5 3c-1.76 0-3 .5-4.5 2-1.5-1.5-2.74-2-4.5-2A5.5 5.5 0 0 0 2 8.5c0 2.3 1.5 4.05 3 5.5l7 7Z"),
		path("M12 5 9.04 7.96a2.17 2.17 0 0 0 0 3.08c.82.82 2.13.85 3 .07l2.07-1.9a2.82 2.82 0 0 1 3.79 0l2.96 2.66"),
	],
	"chevron-right": [path("m9 18 6-6-6-6")],
	// Obsidian's own (not Lucide's): the collapse arrow of tree items.
	"right-triangle": [path("M3 8L12 17L21 8")],
	kanban: [path("M6 5v11"), path("M12 5v6"), path("M18 5v14")],
	"circle-x": [circle(12, 12, 10), path("m15 9-6 6"), path("m9 9 6 6")],
	flag: [path("M4 15s1-1 4-1 5 2 8 2 4-1 4-1V3s-1 1-4 1-5-2-8-2-4 1-4 1z"), path("M4 22v-7")],
	"file-text": [path("M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z"), path("M14 2v4a2 2 0 0 0 2 2h4"), path("M10 9H8"), path("M16 13H8"), path("M16 17H8")],
	copy: [rect(8, 8, 14, 14, 2), path("M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2")],
	send: [path("m22 2-7 20-4-9-9-4Z"), path("M22 2 11 13")],
	hourglass: [path("M5 22h14"), path("M5 2h14"), path("M17 22v-4.172a2 2 0 0 0-.586-1.414L12 12l-4.414 4.414A2 2 0 0 0 7 17.828V22"), path("M7 2v4.172a2 2 0 0 0 .586 1.414L12 12l4.414-4.414A2 2 0 0 0 17 6.172V2")],
	"message-circle": [path("M7.9 20A9 9 0 1 0 4 16.1L2 22Z")],
	"x-circle": [circle(12, 12, 10), path("m15 9-6 6"), path("m9 9 6 6")],
	archive: [rect(2, 3, 20, 5, 1), path("M4 8v11a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8"), path("M10 12h4")],
	calendar: [rect(3, 4, 18, 18, 2), path("M16 2v4"), path("M8 2v4"), path("M3 10h18")],
	"triangle-alert": [path("m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3"), path("M12 9v4"), path("M12 17h.01")],
};

const SVG = "http://www.w3.org/2000/svg";

/** Draws one icon into an empty `svg[data-icon]`; an icon not in the table stays empty (as a missing Lucide name would). */
function draw(svg: SVGElement): void {
	const shapes = ICONS[svg.getAttribute("data-icon") ?? ""];
	if (!shapes || svg.childElementCount > 0) return;
	svg.setAttribute("viewBox", "0 0 24 24");
	svg.setAttribute("fill", "none");
	svg.setAttribute("stroke", "currentColor");
	svg.setAttribute("stroke-width", "2");
	svg.setAttribute("stroke-linecap", "round");
	svg.setAttribute("stroke-linejoin", "round");
	for (const [name, attributes] of shapes) {
		// The mock's setIcon makes the <svg>; its shapes are SVG elements, which createEl (HTML) cannot make.
		const shape = document.createElementNS(SVG, name);
		for (const [key, value] of Object.entries(attributes)) shape.setAttribute(key, value);
		svg.appendChild(shape);
	}
}

/** Draws every icon under `root` now and whenever the plugin renders more (re-renders replace them). */
export function drawLucideIcons(root: HTMLElement): void {
	const drawAll = () => root.querySelectorAll<SVGElement>("svg[data-icon]").forEach(draw);
	drawAll();
	new MutationObserver(drawAll).observe(root, { childList: true, subtree: true });
}
