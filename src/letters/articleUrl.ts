/** An article's web address as checked: the address to store, or what is wrong with it. */
export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

/**
 * Checks the web address of an article share: it must be a complete `http://` or `https://` address,
 * because it is written into the note and the letter for someone else to open. Anything else (`javascript:`,
 * `file:`, an address without a host, one with spaces) gets a message that says what is expected.
 */
export function checkArticleUrl(text: string): UrlCheck {
	const url = text.trim();
	const expected = "a web address that starts with https:// or http://, for example https://example.com/article";
	if (url === "") return { ok: false, message: `Enter the article's address: ${expected}.` };
	if (/\s/.test(url)) return { ok: false, message: `The address "${url}" contains a space; expected ${expected}.` };
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return { ok: false, message: `"${url}" is not a web address; expected ${expected}.` };
	}
	if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
		return { ok: false, message: `Only web addresses can be shared, found "${parsed.protocol}"; expected ${expected}.` };
	}
	if (parsed.hostname === "") return { ok: false, message: `"${url}" has no site name; expected ${expected}.` };
	return { ok: true, url };
}
