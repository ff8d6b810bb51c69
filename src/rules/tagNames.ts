// Whether a note carries a tag, asked of every tagged note of a big vault: compared in place, without new strings.

function lowerAscii(code: number): number {
	return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * Whether tag `entry` is `name` or nested under it (`interview`, `#Interview`, `interview/round-1` for
 * `interview`): one `#` and blanks around it ignored, ASCII letters in any case. `name` is written in lower case.
 */
export function isTagOrNested(entry: string, name: string): boolean {
	let start = 0;
	while (start < entry.length && entry.charCodeAt(start) <= 32) start++;
	if (entry.charCodeAt(start) === 35 /* # */) start++;
	if (entry.length - start < name.length) return false;
	for (let i = 0; i < name.length; i++) {
		if (lowerAscii(entry.charCodeAt(start + i)) !== name.charCodeAt(i)) return false;
	}
	let next = start + name.length;
	if (next < entry.length && entry.charCodeAt(next) === 47 /* / */) return true;
	while (next < entry.length && entry.charCodeAt(next) <= 32) next++;
	return next === entry.length;
}

/** Whether a `tags` (or `tag`) value holds `name` or a tag nested under it: a list of tags, or one string of them. */
export function tagValueIncludes(value: unknown, name: string): boolean {
	if (typeof value === "string") return value.split(/[\s,]+/).some((entry) => isTagOrNested(entry, name));
	if (!Array.isArray(value)) return false;
	for (const entry of value) {
		if (typeof entry === "string" && isTagOrNested(entry, name)) return true;
	}
	return false;
}
