#!/usr/bin/env node
// The `interview-follow-up` command (package.json "bin"): runs the command line that `npm install` built
// (the "prepare" script) into build/cli.cjs, so it starts without rebuilding anything.
const { existsSync } = require("fs");
const { join } = require("path");

const built = join(__dirname, "..", "build", "cli.cjs");
if (!existsSync(built)) {
	process.stderr.write("interview-follow-up: the command line is not built yet; run `npm install` (or `npm run prepare`) in the project folder.\n");
	process.exit(2);
}
require(built);
