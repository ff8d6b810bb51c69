import { rmSync } from "fs";
import { join } from "path";
import { runLetterCommand } from "../../cli/letterCommand";
import { day } from "../builders/calendarDays";
import { makeTempVault, note, TempVault } from "../cli/tempVault";
import { ACME_BODY, ACME_FRONTMATTER, expectApproved, noteText } from "./fixtures";

const ACME = noteText(ACME_FRONTMATTER, ACME_BODY);

let vault: TempVault;
beforeAll(() => {
	vault = makeTempVault({
		"Interviews/2026-11-20 Acme.md": ACME,
		"Interviews/Globex.md": note("date: 2026-11-18\noutcome: bombed\ncompany: Globex\ninterviewer: Hank"),
		"Interviews/Initech.md": note("date: 2026-11-18\ncompany: Initech\ninterviewer: Bill"),
		"Interviews/Broken.md": "---\ndate: [2026\n---\n",
		"Interviews/Undated.md": note("date: next Tuesday\ncompany: Umbrella\ninterviewer: Ada\nintroducer: Sam"),
		"Networking/Coffee.md": note("type: coffee chat\ndate: 2026-11-24\ncompany: Raviga\ncontact: Monica\nemail: monica@raviga.example"),
		"Interviews/Mail.md": note("date: 2026-11-18\noutcome: well\ncompany: \"R&D? #1\"\nrole: Ingénieur\ninterviewer: [Zoë, Omar]\nemail: zoe@rd.example"),
		"Notes/Groceries.md": note("type: list"),
		"Notes/Tagged.md": note("tags: [interview]\ndate: 2026-11-02\ncompany: Umbrella\ninterviewer: Ada"),
		".obsidian/plugins/interview-follow-up/data.json": JSON.stringify({ myName: "Alex Rivera", myPhone: "+1 555 0199" }),
	});
});
afterAll(() => vault.remove());

function run(...args: string[]) {
	let stdout = "";
	const stderr: string[] = [];
	const status = runLetterCommand(
		args.map((arg) => arg.replace(/^VAULT/, vault.root)),
		{ out: (text) => (stdout += text), err: (line) => stderr.push(line), today: day("2026-11-27"), locale: "en-US" },
	);
	return { status, stdout, stderr };
}

describe("letter prints the filled drafts of a step, as the plugin writes them, without the advice comment", () => {
	it.each([
		["introducer-thanks", "cli-introducer-thanks.txt"],
		["call", "cli-call.txt"],
	])("--step %s", (step, approved) => {
		const result = run("VAULT", "Interviews/2026-11-20 Acme.md", "--step", step);
		expect(result).toMatchObject({ status: 0, stderr: [] });
		expect(result.stdout).not.toContain("%%");
		expectApproved(approved, result.stdout);
	});

	it("a panel's letter is one letter per person, one after another, each with its own Subject line", () => {
		const result = run("VAULT", "Interviews/2026-11-20 Acme.md");
		expect(result.status).toBe(0);
		expect(result.stderr).toEqual([
			expect.stringMatching(/^check: to Jane: this letter differs from the one to Bill Lumbergh only in the greeting/),
			expect.stringMatching(/^check: to Bill Lumbergh: this letter differs from the one to Jane only in the greeting/),
		]);
		expect(result.stdout.match(/^Subject: /gm)).toHaveLength(2);
		expect(result.stdout.split(/\n(?=Subject: )/).map((letter) => letter.split("\n")[2])).toEqual(["Dear Jane,", "Dear Bill,"]);
		expectApproved("cli-panel-thank-you.txt", result.stdout);
	});

	it("the step defaults to the letter, chosen by the outcome (bombed → recovery)", () => {
		const result = run("VAULT", "Interviews/Globex.md");
		expect(result.status).toBe(0);
		expect(result.stdout).toContain("Subject: Following up on our conversation about the {{role}} role");
		expect(result.stdout).toContain("Dear Hank,");
	});

	it("without an outcome, it prints the thank-you letter and says why on standard error", () => {
		const result = run("VAULT", "Interviews/Initech.md");
		expect(result.status).toBe(0);
		expect(result.stdout).toContain("Subject: Thank you — {{role}} interview");
		expect(result.stderr[0]).toMatch(/has no outcome/);
	});

	it("prints the letter check on standard error, one check: line per item, with exit 0", () => {
		const result = run("VAULT", "Interviews/Initech.md");
		expect(result.status).toBe(0);
		expect(result.stderr).toEqual([
			expect.stringContaining("has no outcome"),
			'check: no material for what you said that ties your skills to the job: write it in the note under "## What I said", or fill in {{skills}}',
			'check: no material for what you learned by listening, or their problem as they named it: write it in the note under "## What I learned" or "## Their challenges", or fill in {{learned}}',
			"check: blank left: {{role}}",
		]);
	});

	it("a rejected job interview's letter is the reply after the rejection; --step letter names it", () => {
		vault.write("Interviews/Hooli.md", note("date: 2026-11-10\noutcome: well\nstatus: rejected\nrejected_on: 2026-11-20\nletter_sent: 2026-11-11\ncompany: Hooli\nrole: Analyst\ninterviewer: Gavin Belson"));
		try {
			const reply = run("VAULT", "Interviews/Hooli.md");
			expect(reply.status).toBe(0);
			expect(reply.stdout).toContain("Subject: Thank you for considering me for the Analyst role\n\nDear Gavin,");
			expect(reply.stdout).not.toContain("give you a call");
			const letter = run("VAULT", "Interviews/Hooli.md", "--step", "letter");
			expect(letter.status).toBe(2);
			expect(letter.stderr).toEqual([expect.stringContaining("--step rejection-reply")]);
		} finally {
			rmSync(join(vault.root, "Interviews/Hooli.md"));
		}
	});

	it("a check-in without an article leaves the article's placeholders visible, and names them", () => {
		const result = run("VAULT", "Interviews/2026-11-20 Acme.md", "--step=check-in");
		expect(result.stdout).toContain("{{article_title}}\n{{article_url}}\n\n{{why}}");
		expect(result.stderr).toEqual(["check: blank left: {{article_title}}", "check: blank left: {{article_url}}", "check: blank left: {{why}}"]);
	});

	it("an informational meeting gets the meeting thanks", () => {
		expect(run("VAULT", "Networking/Coffee.md").stdout).toContain("Subject: Thank you for your time and advice\n\nDear Monica,");
	});

	it("--today sets {{today}}, and the meeting date of last year keeps its year", () => {
		vault.write("Templates/Interview follow-up/call.md", "Today is {{today}}; we met on {{date}}; calling {{interviewer}}.");
		try {
			expect(run("VAULT", "Interviews/2026-11-20 Acme.md", "--step", "call", "--today", "2027-01-04").stdout).toBe(
				"Today is January 4; we met on November 20, 2026; calling Jane.\n",
			);
		} finally {
			rmSync(join(vault.root, "Templates/Interview follow-up/call.md"));
		}
	});

	it("a note found by its tag, outside the interviews folder, is an interview note too", () => {
		expect(run("VAULT", "Notes/Tagged.md", "--step", "call").stdout).toContain("Hello Ada, this is Alex Rivera.");
	});

	it.each([
		["with the vault folder in front", (root: string) => `${root}/Interviews/Globex.md`],
		["without .md", () => "Interviews/Globex"],
		["with the vault folder in front and without .md", (root: string) => `${root}/Interviews/Globex`],
	])("NOTE is found %s", (_rule, path) => {
		expect(run("VAULT", path(vault.root)).stdout).toContain("Dear Hank,");
	});
});

describe("letter --mailto prints one mailto: URL per draft, percent-encoded as RFC 6068 asks", () => {
	const urls = () => run("VAULT", "Interviews/Mail.md", "--mailto").stdout.trimEnd().split("\n");

	it("one URL per person of the panel, the note's email only for the first, and the others named as without an address", () => {
		expect(urls()).toHaveLength(2);
		expect(run("VAULT", "Interviews/Mail.md", "--mailto").stderr).toContain("note: no address for Omar; the mailto: URL has no recipient (the note's email is the first contact's).");
		expect(urls()[0]).toMatch(/^mailto:zoe@rd\.example\?subject=/);
		expect(urls()[1]).toMatch(/^mailto:\?subject=/);
	});

	it.each([
		["a space is %20", "Thank%20you%20%E2%80%94%20Ing%C3%A9nieur%20interview"],
		["unicode is UTF-8, percent-encoded", "Dear%20Zo%C3%AB%2C"],
		["a line break is %0D%0A", "Dear%20Zo%C3%AB%2C%0D%0A%0D%0AThank%20you"],
		["& ? and # are escaped", "R%26D%3F%20%231"],
	])("%s", (_rule, part) => {
		expect(urls()[0]).toContain(part);
	});

	it("the body leaves the advice comment and the Subject line out, and nothing is left unescaped", () => {
		const [url] = urls();
		const body = decodeURIComponent(url.split("&body=")[1]);
		expect(body.startsWith("Dear Zoë,\r\n")).toBe(true);
		expect(body).not.toContain("%%");
		expect(body).not.toContain("Subject:");
		expect(url.slice("mailto:".length)).toMatch(/^[A-Za-z0-9@._~%=&?-]+$/);
	});
});

describe("letter uses the vault's template file when there is one", () => {
	afterEach(() => rmSync(join(vault.root, "Templates/Interview follow-up/thank-you.md")));

	it.each([
		["its own text", "Thanks, {{interviewer}}! {{skills}}.\n{{unknown}}", "Thanks, Jane! SQL, dashboards and stakeholder interviews.\n{{unknown}}\n\nThanks, Bill Lumbergh! SQL, dashboards and stakeholder interviews.\n{{unknown}}\n"],
		["without its properties", "---\ntags: [template]\n---\nHi {{interviewer}}\n", "Hi Jane\n\nHi Bill Lumbergh\n"],
	])("%s", (_rule, template, expected) => {
		vault.write("Templates/Interview follow-up/thank-you.md", template);
		expect(run("VAULT", "Interviews/2026-11-20 Acme.md").stdout).toBe(expected);
	});
});

describe("the call and the check-in of a thread belong to its latest meeting", () => {
	let thread: TempVault;
	beforeAll(() => {
		thread = makeTempVault({
			"Interviews/Initech 1.md": note("date: 2026-10-08\ncompany: Initech\ninterviewer: Bill\noutcome: well\nletter_sent: 2026-10-09"),
			"Interviews/Initech 2.md": note("date: 2026-10-22\ncompany: initech\ninterviewer: Joanna\noutcome: well\nletter_sent: 2026-10-23\ncalled: 2026-10-29"),
		});
	});
	afterAll(() => thread.remove());
	const letter = (...args: string[]) => {
		let stdout = "";
		const stderr: string[] = [];
		const status = runLetterCommand([thread.root, ...args, "--today", "2026-11-27"], { out: (text) => (stdout += text), err: (line) => stderr.push(line), locale: "en" });
		return { status, stdout, stderr };
	};

	it("the check-in asked of the earlier note is refused, naming the latest", () => {
		const result = letter("Interviews/Initech 1.md", "--step", "check-in");
		expect(result.status).toBe(2);
		expect(result.stderr).toEqual([expect.stringContaining('belongs to its latest meeting, "Interviews/Initech 2.md"')]);
	});

	it("the call asked of the earlier note is refused, naming the latest, whose call it is (logged or not)", () => {
		const result = letter("Interviews/Initech 1.md", "--step", "call");
		expect(result.status).toBe(2);
		expect(result.stderr).toEqual([expect.stringContaining('belongs to its latest meeting, "Interviews/Initech 2.md"')]);
	});

	it("the latest note's check-in prints", () => {
		const result = letter("Interviews/Initech 2.md", "--step", "check-in");
		expect(result.status).toBe(0);
		expect(result.stdout).toContain("Dear Joanna,");
	});

	it("a call already logged is printed, and standard error says it is logged as done", () => {
		const result = letter("Interviews/Initech 2.md", "--step", "call");
		expect(result.status).toBe(0);
		expect(result.stdout).toContain("Joanna");
		expect(result.stderr[0]).toBe('note: the call of "Interviews/Initech 2.md" is logged as done (called); its draft is printed all the same.');
	});
});

describe("letter stops with exit status 2 and one line on standard error", () => {
	it.each([
		["no vault", [], /missing VAULT/],
		["no note", ["VAULT"], /missing NOTE/],
		["a vault that does not exist", ["/no/such/vault", "A.md"], /No vault folder at "\/no\/such\/vault"/],
		["a note that does not exist", ["VAULT", "Interviews/Nope.md"], /no note at "Interviews\/Nope.md"/],
		["a folder for a note", ["VAULT", "Interviews"], /"Interviews" is a folder/],
		["a note outside the vault", ["VAULT", "../secret.md"], /NOTE must be a path inside the vault/],
		["a note that is not an interview note", ["VAULT", "Notes/Groceries.md"], /"Notes\/Groceries.md" is not an interview note/],
		["an unknown step", ["VAULT", "Interviews/Globex.md", "--step", "email"], /--step "email" is not a step; expected letter, rejection-reply, introducer-thanks, call, check-in/],
		["a bad date", ["VAULT", "Interviews/Globex.md", "--today", "2026-02-30"], /--today: "2026-02-30" is not a date/],
		["an unknown flag", ["VAULT", "Interviews/Globex.md", "--json"], /unknown option --json/],
		["a third word", ["VAULT", "Interviews/Globex.md", "extra"], /found also "extra"/],
		["introducer-thanks without an introducer", ["VAULT", "Interviews/Globex.md", "--step", "introducer-thanks"], /names no introducer/],
		["a call on an informational meeting", ["VAULT", "Networking/Coffee.md", "--step", "call"], /not a job interview/],
		["a call script by e-mail", ["VAULT", "Interviews/2026-11-20 Acme.md", "--step", "call", "--mailto"], /a call script is not sent/],
		["a reply after a rejection for a note that is not rejected", ["VAULT", "Interviews/Globex.md", "--step", "rejection-reply"], /not rejected/],
		["the letter of a note whose date is an error", ["VAULT", "Interviews/Undated.md"], /no follow-up steps until it is fixed/],
		["the introducer's thanks of a note whose date is an error", ["VAULT", "Interviews/Undated.md", "--step", "introducer-thanks"], /no follow-up steps/],
		["a call of a note whose frontmatter cannot be read", ["VAULT", "Interviews/Broken.md", "--step", "call"], /no follow-up steps/],
	])("%s", (_rule, args, message) => {
		const result = run(...args);
		expect(result.status).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).toHaveLength(1);
		expect(result.stderr[0]).toMatch(message);
	});
});
