/**
 * The `obsidian://open` link that opens note `notePath` in vault `vaultName`
 * (https://help.obsidian.md/Extending+Obsidian/Obsidian+URI): both values percent-encoded, so spaces, `&`, `#`,
 * `,` and `;` in names survive in a calendar's URL field and in any mail or chat the link is pasted into.
 */
export function obsidianOpenUrl(vaultName: string, notePath: string): string {
	return `obsidian://open?vault=${encodeURIComponent(vaultName)}&file=${encodeURIComponent(notePath)}`;
}
