package org.reportbank.benchmarks;

/** What one measurement runs over the corpus. */
enum Variant {
	/** (a) the baseline: {@code HanLP.newSegment().seg(text)} on each report, one thread. */
	SEGMENT("(a)", "bare HanLP segmentation, 1 thread"),
	/** (b) {@code new PreAnnotator().annotate(report)} on each report, one thread. */
	PREANNOTATE("(b)", "pre-annotator, 1 thread"),
	/** (c) the pre-annotator on several threads, one instance per thread, reports handed out dynamically. */
	PREANNOTATE_THREADS("(c)", "pre-annotator, %d threads");

	final String key;
	private final String description;

	Variant(String key, String description) {
		this.key = key;
		this.description = description;
	}

	String describe(int threads) {
		return key + " " + description.formatted(threads);
	}
}
