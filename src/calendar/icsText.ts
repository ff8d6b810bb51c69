// RFC 5545's text rules, by themselves: escaping a TEXT value (section 3.3.11), folding a content line
// (section 3.1) and joining lines with CRLF. No calendar knowledge here.

/** The longest content line RFC 5545 allows, in octets, not counting its CRLF. */
export const MAX_LINE_OCTETS = 75;

/**
 * A TEXT value as RFC 5545 section 3.3.11 writes it: `\` `;` `,` escaped with a backslash, every line break
 * (CRLF, CR or LF) as `\n`, and other control characters left out (TEXT may not hold them; a tab stays).
 */
export function escapeText(value: string): string {
	return value
		.replace(/[\\;,]/g, (character) => `\\${character}`)
		.replace(/\r\n|\r|\n/g, "\\n")
		// eslint-disable-next-line no-control-regex -- the control characters are what is removed
		.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

/** How many octets a code point takes in UTF-8. */
function utf8Octets(codePoint: number): number {
	if (codePoint < 0x80) return 1;
	if (codePoint < 0x800) return 2;
	return codePoint < 0x10000 ? 3 : 4;
}

// Any character outside ASCII, whose UTF-8 form takes more than one octet.
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * One content line folded as RFC 5545 section 3.1 asks: no physical line longer than 75 octets of UTF-8, each
 * continuation starting with one space (which counts). Lines are cut between code points only, so a
 * multi-byte character (é, Å, an emoji) is never split across two lines, which some readers would garble.
 */
export function foldLine(line: string): string[] {
	// Most lines are short and ASCII: one octet a character, nothing to cut.
	if (line.length <= MAX_LINE_OCTETS && (line.length * 4 <= MAX_LINE_OCTETS || !NON_ASCII.test(line))) return [line];
	const lines: string[] = [];
	let current = "";
	let octets = 0;
	for (const character of line) {
		const size = utf8Octets(character.codePointAt(0) as number);
		if (octets + size > MAX_LINE_OCTETS) {
			lines.push(current);
			current = " ";
			octets = 1;
		}
		current += character;
		octets += size;
	}
	lines.push(current);
	return lines;
}

/** Content lines as an iCalendar stream: each folded, each (the last included) ended by CRLF. */
export function joinContentLines(lines: readonly string[]): string {
	let text = "";
	for (const line of lines) {
		const folded = foldLine(line);
		text += folded.length === 1 ? `${line}\r\n` : `${folded.join("\r\n")}\r\n`;
	}
	return text;
}
