// Builds, by the first argument:
//   (none)        the plugin in watch mode (main.js, with source maps)
//   production    the plugin, minified (main.js) — no Node built-in may end up in it
//   cli           the read-only command line (build/cli.cjs), for Node
//   bench         the benchmark (build/bench.cjs), for Node
//   screenshots   the headless-browser renderer (build/screenshots.cjs) and the view bundle it loads
//   install-demo  copies main.js, manifest.json and styles.css into example-vault's plugin folder
import esbuild from "esbuild";
import { builtinModules as builtins } from "node:module";
import { copyFileSync, mkdirSync } from "fs";

const mode = process.argv[2] ?? "dev";
const banner = "/* Interview follow-up — built with esbuild; see the repository for the source. */";

const pluginOptions = {
	banner: { js: banner },
	entryPoints: ["main.ts"],
	bundle: true,
	external: [
		"obsidian",
		"electron",
		"@codemirror/autocomplete",
		"@codemirror/collab",
		"@codemirror/commands",
		"@codemirror/language",
		"@codemirror/lint",
		"@codemirror/search",
		"@codemirror/state",
		"@codemirror/view",
		"@lezer/common",
		"@lezer/highlight",
		"@lezer/lr",
	],
	format: "cjs",
	target: "es2020",
	logLevel: "info",
	treeShaking: true,
	outfile: "main.js",
	// Refuse Node built-ins outright: Obsidian mobile has none of them.
	plugins: [
		{
			name: "no-node-builtins",
			setup(build) {
				const names = builtins.flatMap((b) => [b, `node:${b}`]);
				const filter = new RegExp(`^(${names.map((n) => n.replace(/[/]/g, "\\/")).join("|")})$`);
				build.onResolve({ filter }, (args) => ({
					errors: [{ text: `"${args.path}" is a Node built-in, which Obsidian mobile lacks (imported by ${args.importer})` }],
				}));
			},
		},
	],
};

const nodeOptions = (entry, outfile) => ({
	banner: { js: "/* Interview follow-up — Node tool; not part of the plugin. */" },
	entryPoints: [entry],
	bundle: true,
	platform: "node",
	target: "node20",
	format: "cjs",
	outfile,
	logLevel: "warning",
	external: ["playwright-core", "esbuild", "jsdom"],
});

switch (mode) {
	case "production":
		await esbuild.build({ ...pluginOptions, minify: true, sourcemap: false, logLevel: "warning" });
		break;
	case "dev": {
		const context = await esbuild.context({ ...pluginOptions, sourcemap: "inline" });
		await context.watch();
		break;
	}
	case "cli":
		await esbuild.build(nodeOptions("cli/main.ts", "build/cli.cjs"));
		break;
	case "bench":
		// The plugin side runs over the in-memory Obsidian of the tests.
		await esbuild.build({ ...nodeOptions("test/bench/bench.ts", "build/bench.cjs"), alias: { obsidian: "./test/mocks/obsidian.ts" } });
		// The share suggestions' own bench (npm run bench:suggest).
		await esbuild.build({ ...nodeOptions("test/bench/suggestBench.ts", "build/suggestBench.cjs"), alias: { obsidian: "./test/mocks/obsidian.ts" } });
		break;
	case "screenshots":
		await esbuild.build(nodeOptions("test/browser/screenshots.ts", "build/screenshots.cjs"));
		// The page Chromium loads: the real plugin (main.ts and src/ui) over the in-memory Obsidian mock.
		await esbuild.build({
			entryPoints: ["test/browser/harness.ts"],
			bundle: true,
			platform: "browser",
			format: "iife",
			target: "es2020",
			outfile: "build/browser/harness.js",
			alias: { obsidian: "./test/mocks/obsidian.ts" },
			sourcemap: "inline",
			logLevel: "warning",
		});
		break;
	case "install-demo": {
		const target = "example-vault/.obsidian/plugins/interview-follow-up";
		mkdirSync(target, { recursive: true });
		for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(file, `${target}/${file}`);
		break;
	}
	default:
		console.error(`esbuild.config.mjs: unknown mode "${mode}" (expected production, cli, bench, screenshots or install-demo)`);
		process.exit(2);
}
