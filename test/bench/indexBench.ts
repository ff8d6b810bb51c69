/** The plugin side of the benchmark (live index and view); filled in when the sidebar lands. */
export function benchIndexAndView(timeMedian: (work: () => void, runs: number) => number): void {
	void timeMedian;
}
