package org.reportbank.agreement;

import java.util.function.ToDoubleBiFunction;

/**
 * The pairwise figures the agreement view shows in its matrix, each symmetric in the two
 * annotators; {@link #of} gives a pair's figure over all labels (label null) or for one label,
 * NaN where it is undefined.
 */
public enum AgreementMeasure {
	EXACT_F1("exact F1", (pair, label) -> (label == null ? pair.exact().overall() : pair.exact().label(label)).f1()),
	OVERLAP_F1("overlap F1", (pair, label) -> (label == null ? pair.overlap().overall() : pair.overlap().label(label)).f1()),
	COHEN_KAPPA("Cohen's kappa", (pair, label) -> label == null ? pair.cohenKappa().overall() : pair.cohenKappa().label(label)),
	ALPHA_U("alpha_U", (pair, label) -> label == null ? pair.alphaU().overall() : pair.alphaU().label(label));

	private final String title;
	private final ToDoubleBiFunction<PairResult, String> figure;

	AgreementMeasure(String title, ToDoubleBiFunction<PairResult, String> figure) {
		this.title = title;
		this.figure = figure;
	}

	/** The name shown and used as a CSV header ("exact F1", "Cohen's kappa"). */
	public String title() {
		return title;
	}

	/** The pair's figure over all labels (label null) or for one label; NaN where undefined. */
	public double of(PairResult pair, String label) {
		return figure.applyAsDouble(pair, label);
	}

	/** F1 lies in [0, 1]; kappa and alpha_U in [-1, 1] (below 0: worse than chance). */
	public double minimum() {
		return this == EXACT_F1 || this == OVERLAP_F1 ? 0 : -1;
	}

	@Override
	public String toString() {
		return title;
	}
}
