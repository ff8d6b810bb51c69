// Obsidian's own command line (1.12.2+): `Plugin.registerCliHandler(command, description, flags, handler)`
// (obsidian.d.ts: "Command IDs must be globally unique. Attempting to register a command that is already
// registered will throw an Error"); the handler gets the flags as `CliData` (`key=value`, or `'true'` for a
// flag given alone) and returns the text the command line prints.

/** obsidian.d.ts `CliData`, `CliFlag`, `CliFlags` and `CliHandler`. */
export interface CliData {
	/** The flag's value; `"true"` for a flag given without one (obsidian.d.ts writes `string | 'true'`). */
	[key: string]: string;
}
export interface CliFlag {
	value?: string;
	description: string;
	required?: boolean;
}
export type CliFlags = Record<string, CliFlag>;
export type CliHandler = (params: CliData) => string | Promise<string>;

/** Mock only: the app's command line: the registered handlers, and a way to run one. */
export class CommandLine {
	readonly handlers = new Map<string, { description: string; flags: CliFlags | null; handler: CliHandler }>();

	register(command: string, description: string, flags: CliFlags | null, handler: CliHandler): void {
		if (this.handlers.has(command)) throw new Error(`The command "${command}" is already registered`);
		this.handlers.set(command, { description, flags, handler });
	}

	unregister(command: string): void {
		this.handlers.delete(command);
	}

	/** Mock only: runs `obsidian <command> key=value …` and returns what it prints. */
	async run(command: string, params: CliData = {}): Promise<string> {
		const entry = this.handlers.get(command);
		if (!entry) throw new Error(`No command line handler "${command}"`);
		return entry.handler(params);
	}
}
