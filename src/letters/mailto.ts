import { withoutComments } from "./noteSections";

/** A letter draft as it leaves Obsidian: its `Subject:` line, and the rest as plain text. */
export interface PlainLetter {
	subject: string;
	body: string;
}

const SUBJECT = /^[ \t]*Subject:[ \t]*(.*)$/im;

/**
 * A draft as plain text for an e-mail or the clipboard (SPEC.md section 6): the `%% … %%` comments (the
 * step's advice) and Markdown heading marks left out, the first `Subject:` line taken out as the subject,
 * and the body without blank lines at its start or end.
 */
export function plainLetter(draft: string): PlainLetter {
	return plainTemplate(draft);
}

/**
 * A template (its blocks resolved) as the frame of a plain-text letter: comments, heading marks and the
 * `Subject:` line taken out as `plainLetter` does, before any value is filled in, so that the note's own
 * words — `%%`, `#`, `Subject:` and all — reach the e-mail and the clipboard exactly as written.
 */
export function plainTemplate(draft: string): PlainLetter {
	let text = withoutComments(draft.replace(/\r\n?/g, "\n"));
	let subject = "";
	const match = SUBJECT.exec(text);
	if (match) {
		subject = match[1].trim();
		text = text.slice(0, match.index) + text.slice(match.index + match[0].length + 1);
	}
	const body = text.replace(/^ {0,3}#{1,6}[ \t]+/gm, "").replace(/^\s*\n/, "").trim();
	return { subject, body };
}

/** Percent-encodes a mail header value or body as RFC 6068 asks: UTF-8, every reserved character (`&`, `?`, `#`, space) escaped. */
function encodeMailValue(text: string): string {
	return encodeURIComponent(text);
}

/**
 * The `mailto:` URL of a draft (RFC 6068): to `email` (when it is a usable address), the draft's `Subject:`
 * line as `subject`, the rest as a plain-text `body` (a draft's `plain`; or a text read by `plainLetter`), line breaks as CRLF (`%0D%0A`) as
 * the RFC asks. Every value is percent-encoded, so `&`, `?`, `#` and non-ASCII text arrive as written.
 */
export function mailtoUrl(draft: string | PlainLetter, email: string | null): string {
	const { subject, body } = typeof draft === "string" ? plainLetter(draft) : draft;
	const address = email?.trim().replace(/^mailto:/i, "") ?? "";
	// An address keeps its `@` readable; anything that is not one address is left out rather than sent wrong.
	const to = /^[^\s@,;?&#]+@[^\s@,;?&#]+$/.test(address) ? encodeMailValue(address).replace(/%40/g, "@") : "";
	const fields: string[] = [];
	if (subject !== "") fields.push(`subject=${encodeMailValue(subject)}`);
	if (body !== "") fields.push(`body=${encodeMailValue(body.replace(/\n/g, "\r\n"))}`);
	return `mailto:${to}${fields.length > 0 ? `?${fields.join("&")}` : ""}`;
}

/**
 * The `tel:` URL of a phone number as people write it ("+1 555 0100", "(555) 010-0100"): its digits, with a
 * leading `+` kept (RFC 3966 allows no spaces); `null` when it holds no digit.
 */
export function telUrl(phone: string | null): string | null {
	const text = phone?.trim() ?? "";
	const digits = text.replace(/[^\d]/g, "");
	if (digits === "") return null;
	return `tel:${text.startsWith("+") ? "+" : ""}${digits}`;
}
