import { execFileSync, spawnSync } from "child_process";
import { join } from "path";
import { makeTempVault, note, TempVault } from "./tempVault";

// When standard output cannot be written, the command says so in one line on standard error and exits 1:
// never a stack trace, never a silent 0. A reader that stops early (`| head -1`) is not a failure: quiet, 0.
// Run through a shell, as users redirect output, on the bundle esbuild makes.

const ROOT = join(__dirname, "..", "..");
const CLI = join(ROOT, "build", "cli.cjs");
let vault: TempVault;

beforeAll(() => {
	execFileSync(process.execPath, ["esbuild.config.mjs", "cli"], { cwd: ROOT, stdio: "pipe" });
	// 400 meetings: an agenda of several hundred kilobytes, more than a pipe holds, so a reader that stops early
	// closes the pipe while the command is still writing.
	const files: Record<string, string> = {};
	for (let i = 0; i < 400; i++) files[`Interviews/Company ${i}.md`] = note(`date: 2026-11-${String(1 + (i % 25)).padStart(2, "0")}\noutcome: well\ncompany: Company ${i}\nintroducer: Sam`);
	vault = makeTempVault(files);
}, 60_000);
afterAll(() => vault.remove());

function shell(redirect: string) {
	const command = `"${process.execPath}" "${CLI}" agenda "${vault.root}" --today 2026-11-27 --json ${redirect}`;
	const run = spawnSync("bash", ["-c", command], { encoding: "utf8" });
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("a failed write of standard output is one line and exit status 1", () => {
	it.each([
		["a full disk (> /dev/full)", "> /dev/full", "interview-follow-up: could not write the output: no space left on the device (ENOSPC).\n"],
		[
			"standard output closed (>&-)",
			">&-",
			"interview-follow-up: could not write the output: standard output is closed (or is /dev/null opened for reading and writing, which Node puts in place of a closed one). Send it to the terminal, a file or a pipe; > /dev/null discards it.\n",
		],
	])("%s", (_case, redirect, line) => {
		const { status, stderr } = shell(redirect);
		expect(stderr).toBe(line);
		expect(status).toBe(1);
	});

	it("output thrown away on purpose (> /dev/null) is a success", () => {
		expect(shell("> /dev/null")).toEqual({ status: 0, stdout: "", stderr: "" });
	});
});

describe("a reader that stops early is not a failure", () => {
	it("| head -1: the first line, nothing on standard error, exit status 0", () => {
		const { status, stdout, stderr } = shell("| head -1; exit ${PIPESTATUS[0]}");
		expect({ status, stdout, stderr }).toEqual({ status: 0, stdout: "{\n", stderr: "" });
	});

	it("ics | head -1 as well", () => {
		const run = spawnSync("bash", ["-c", `"${process.execPath}" "${CLI}" ics "${vault.root}" --today 2026-11-27 | head -1; exit \${PIPESTATUS[0]}`], { encoding: "utf8" });
		expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: "BEGIN:VCALENDAR\r\n", stderr: "" });
	});
});
