import { NoteSource } from "../../src/rules";

/**
 * Builds the `NoteSource` of an interview note for tests, starting from a complete, valid note
 * (`Interviews/Acme.md`, interviewed 2026-11-20, went well, Acme, Jane Doe) so each test states only
 * what it is about. Values are stored as given: strings, `Date`s, lists, anything the frontmatter may hold.
 */
export class InterviewNoteBuilder {
	private notePath = "Interviews/Acme.md";
	private readonly frontmatter: Record<string, unknown> = {
		date: "2026-11-20",
		outcome: "well",
		company: "Acme",
		interviewer: "Jane Doe",
	};
	private frontmatterError: string | undefined;

	/** The vault path of the note. */
	path(path: string): this {
		this.notePath = path;
		return this;
	}

	/** Sets any frontmatter key; `undefined` removes it. */
	with(key: string, value: unknown): this {
		if (value === undefined) delete this.frontmatter[key];
		else this.frontmatter[key] = value;
		return this;
	}

	/** Removes frontmatter keys (including the defaults). */
	without(...keys: string[]): this {
		for (const key of keys) delete this.frontmatter[key];
		return this;
	}

	/** The interview date, `date`. */
	date(value: unknown): this {
		return this.with("date", value);
	}

	/** `outcome`. */
	outcome(value: unknown): this {
		return this.with("outcome", value);
	}

	/** `status`. */
	status(value: unknown): this {
		return this.with("status", value);
	}

	/** `company`. */
	company(value: unknown): this {
		return this.with("company", value);
	}

	/** `interviewer`. */
	interviewer(value: unknown): this {
		return this.with("interviewer", value);
	}

	/** `introducer`. */
	introducer(value: unknown): this {
		return this.with("introducer", value);
	}

	/** `letter_sent`. */
	letterSent(value: unknown): this {
		return this.with("letter_sent", value);
	}

	/** `introducer_thanked`. */
	introducerThanked(value: unknown): this {
		return this.with("introducer_thanked", value);
	}

	/** `called`. */
	called(value: unknown): this {
		return this.with("called", value);
	}

	/** `rejection_replied`. */
	rejectionReplied(value: unknown): this {
		return this.with("rejection_replied", value);
	}

	/** `rejected_on`. */
	rejectedOn(value: unknown): this {
		return this.with("rejected_on", value);
	}

	/** `check_ins`. */
	checkIns(value: unknown): this {
		return this.with("check_ins", value);
	}

	/** `snoozed_until`. */
	snoozedUntil(value: unknown): this {
		return this.with("snoozed_until", value);
	}

	/** A frontmatter block the parser could not read, with what the parser said. */
	unparseable(error: string): this {
		this.frontmatterError = error;
		return this;
	}

	/** The note as the rules receive it. */
	build(): NoteSource {
		if (this.frontmatterError !== undefined) return { path: this.notePath, frontmatter: null, frontmatterError: this.frontmatterError };
		return { path: this.notePath, frontmatter: { ...this.frontmatter } };
	}
}

/** A new builder for a valid interview note; chain setters, then `build()`. */
export function interviewNote(): InterviewNoteBuilder {
	return new InterviewNoteBuilder();
}

/** A note with exactly this path and frontmatter (no defaults), for classification tests. */
export function noteAt(path: string, frontmatter: Record<string, unknown> | null): NoteSource {
	return { path, frontmatter };
}
