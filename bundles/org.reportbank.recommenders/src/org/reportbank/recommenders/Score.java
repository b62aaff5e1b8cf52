package org.reportbank.recommenders;

/**
 * Counts of exact matches (same begin, end and label) and what follows from them. Precision is 0
 * when nothing was predicted, recall 0 when there was nothing to find, F1 0 when both are.
 */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

	public static final Score NONE = new Score(0, 0, 0);

	public Score plus(Score other) {
		return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
				falseNegatives + other.falseNegatives);
	}

	public double precision() {
		int predicted = truePositives + falsePositives;
		return predicted == 0 ? 0 : (double) truePositives / predicted;
	}

	public double recall() {
		int expected = truePositives + falseNegatives;
		return expected == 0 ? 0 : (double) truePositives / expected;
	}

	public double f1() {
		double p = precision();
		double r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}
}
