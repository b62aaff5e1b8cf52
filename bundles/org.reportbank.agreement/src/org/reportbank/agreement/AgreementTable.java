package org.reportbank.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of an {@link AgreementResult} laid out as the agreement view and its CSV show
 * them: a matrix annotator × annotator for one measure, and a table with a row for all labels
 * and one per label.
 */
public final class AgreementTable {

	/** The row of all labels together in {@link #perLabel}. */
	public static final String ALL_LABELS = "(all)";

	/**
	 * One row of the per-label table. The pair figures are those of the chosen pair, or the mean
	 * over every pair that annotated a report in common (undefined figures left out of the mean;
	 * for kappa that mean is Light's kappa); Fleiss' kappa (three annotators or more) and α_U are
	 * for all annotators together, over the reports every one of them annotated.
	 *
	 * @param label     the label, or {@link #ALL_LABELS}
	 * @param pairs     how many pairs the pair figures come from
	 */
	public record Row(String label, int pairs, double exactF1, double overlapF1, double cohenKappa, double fleissKappa,
			double alphaU) {
	}

	private AgreementTable() {
	}

	/**
	 * The measure for annotators a and b ({@code annotators} indices), symmetric; 1 on the
	 * diagonal; NaN when the two annotated no report in common or the figure is undefined.
	 */
	public static double[][] matrix(AgreementResult result, AgreementMeasure measure) {
		List<String> annotators = result.annotators();
		int n = annotators.size();
		double[][] matrix = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				matrix[i][j] = i == j ? 1 : Double.NaN;
			}
		}
		for (PairResult pair : result.pairs()) {
			int i = annotators.indexOf(pair.a());
			int j = annotators.indexOf(pair.b());
			if (i >= 0 && j >= 0) {
				double value = measure.of(pair, null);
				matrix[i][j] = value;
				matrix[j][i] = value;
			}
		}
		return matrix;
	}

	/** The pair of two annotators (in either order), or null when they annotated no report in common. */
	public static PairResult pair(AgreementResult result, String x, String y) {
		for (PairResult pair : result.pairs()) {
			if (pair.a().equals(x) && pair.b().equals(y) || pair.a().equals(y) && pair.b().equals(x)) {
				return pair;
			}
		}
		return null;
	}

	/** The rows for all labels, then each label: of one pair, or the mean over all pairs when {@code pair} is null. */
	public static List<Row> perLabel(AgreementResult result, PairResult pair) {
		List<PairResult> pairs = pair == null ? result.pairs() : List.of(pair);
		List<Row> rows = new ArrayList<>();
		rows.add(row(result, pairs, null));
		for (String label : result.labels()) {
			rows.add(row(result, pairs, label));
		}
		return rows;
	}

	private static Row row(AgreementResult result, List<PairResult> pairs, String label) {
		GroupResult all = result.all();
		double fleiss = all == null || all.fleissKappa() == null ? Double.NaN
				: label == null ? all.fleissKappa().overall() : all.fleissKappa().label(label);
		double alpha;
		if (pairs.size() == 1 && (all == null || result.pairs().size() > 1)) {
			alpha = AgreementMeasure.ALPHA_U.of(pairs.get(0), label); // the chosen pair's own
		} else {
			alpha = all == null ? Double.NaN : label == null ? all.alphaU().overall() : all.alphaU().label(label);
		}
		return new Row(label == null ? ALL_LABELS : label, pairs.size(), mean(pairs, AgreementMeasure.EXACT_F1, label),
				mean(pairs, AgreementMeasure.OVERLAP_F1, label), mean(pairs, AgreementMeasure.COHEN_KAPPA, label), fleiss, alpha);
	}

	/** The mean of the pairs' defined figures; NaN when none is defined. */
	static double mean(List<PairResult> pairs, AgreementMeasure measure, String label) {
		double sum = 0;
		int count = 0;
		for (PairResult pair : pairs) {
			double value = measure.of(pair, label);
			if (!Double.isNaN(value)) {
				sum += value;
				count++;
			}
		}
		return count == 0 ? Double.NaN : sum / count;
	}
}
