import { compareProblems, Problem } from "../rules";

/**
 * Every problem of the vault, kept sorted by note then field, so one note's change replaces its problems in
 * place instead of re-sorting them all. A note's problems sit next to each other.
 */
export class ProblemList {
	private problems: Problem[] = [];

	/** Replaces every problem at once (a full build). */
	reset(problems: readonly Problem[]): void {
		this.problems = [...problems].sort(compareProblems);
	}

	/** Replaces the problems of note `path` with `problems`. */
	replace(path: string, problems: readonly Problem[]): void {
		const start = this.lowerBound(path);
		let end = start;
		while (end < this.problems.length && this.problems[end].note === path) end++;
		this.problems.splice(start, end - start, ...[...problems].sort(compareProblems));
	}

	/** All problems, sorted (a copy). */
	all(): Problem[] {
		return this.problems.slice();
	}

	private lowerBound(path: string): number {
		let [low, high] = [0, this.problems.length];
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (this.problems[middle].note < path) low = middle + 1;
			else high = middle;
		}
		return low;
	}
}
