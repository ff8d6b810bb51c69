// Lint: Obsidian's recommended rules (which include typescript-eslint's type-checked ones) for everything,
// with Node built-ins allowed only where the code never runs inside Obsidian (command line, tests, tools).
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import { PlainTextParser } from "eslint-plugin-obsidianmd/dist/lib/plainTextParser.js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig([
	{
		ignores: [
			"node_modules/**",
			"build/**",
			"main.js",
			"coverage/**",
			"screenshots/**",
			"example-vault/**",
			"bin/**",
			"esbuild.config.mjs",
			"version-bump.mjs",
			"eslint.config.mjs",
		],
	},
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		// Pop-out windows: the plugin's own code reaches the document and window of the element it works on
		// (`el.doc`, `activeDocument`), never the main window's globals.
		files: ["main.ts", "src/**/*.ts"],
		rules: { "obsidianmd/prefer-active-doc": "error" },
	},
	{
		// The benchmark and the in-memory Obsidian are tooling, never loaded by Obsidian: they print numbers,
		// stand in for the DOM globals, and implement (so cannot use) createEl and instanceOf themselves.
		files: ["test/bench/**/*.ts", "test/mocks/**/*.ts"],
		rules: {
			"obsidianmd/rule-custom-message": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/prefer-instanceof": "off",
			"obsidianmd/no-tfile-tfolder-cast": "off",
		},
	},
	{
		// These never ship in main.js: the command line, tests, benchmark and browser tooling run on Node.
		files: ["cli/**/*.ts", "test/**/*.ts"],
		languageOptions: { globals: { ...globals.node, ...globals.jest } },
		rules: {
			"import/no-nodejs-modules": "off",
			"obsidianmd/no-nodejs-modules": "off",
			// Outside Obsidian there is no Vault#configDir to ask: the command line and tests name `.obsidian`.
			"obsidianmd/hardcoded-config-path": "off",
		},
	},
	{
		// What Obsidian's review bot checks besides the code: the manifest and the licence. The recommended
		// config turns validate-manifest and validate-license on but gives neither file a parser, so eslint
		// skipped both. typescript-eslint's parser reads a .json file as one object expression (the tree
		// validate-manifest walks); the plugin's own plain-text parser hands LICENSE over line by line.
		files: ["manifest.json"],
		extends: [tseslint.configs.disableTypeChecked],
		languageOptions: { parser: tseslint.parser },
		rules: { "obsidianmd/validate-manifest": "error" },
	},
	{
		files: ["LICENSE"],
		extends: [tseslint.configs.disableTypeChecked],
		languageOptions: { parser: PlainTextParser },
		rules: { "obsidianmd/validate-license": "error" },
	},
	{
		// js-yaml is the command line's YAML engine (through gray-matter, which depends on it anyway): on the
		// bench's frontmatter it reads the same values as the suggested `yaml` package about 12× faster.
		files: ["package.json"],
		rules: { "depend/ban-dependencies": ["error", { presets: ["native", "microutilities", "preferred"], allowed: ["js-yaml"] }] },
	},
]);
