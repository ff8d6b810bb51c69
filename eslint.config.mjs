// Lint: Obsidian's recommended rules (which include typescript-eslint's type-checked ones) for everything,
// with Node built-ins allowed only where the code never runs inside Obsidian (command line, tests, tools).
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

export default defineConfig([
	{
		ignores: [
			"node_modules/**",
			"build/**",
			"main.js",
			"coverage/**",
			"screenshots/**",
			"example-vault/**",
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
		// These never ship in main.js: the command line, tests, benchmark and browser tooling run on Node.
		files: ["src/cli/**/*.ts", "test/**/*.ts"],
		languageOptions: { globals: { ...globals.node, ...globals.jest } },
		rules: {
			"import/no-nodejs-modules": "off",
			"obsidianmd/no-nodejs-modules": "off",
		},
	},
]);
