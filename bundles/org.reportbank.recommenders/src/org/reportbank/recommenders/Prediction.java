package org.reportbank.recommenders;

/** A span a trained model predicts, with how sure it is (0 to 1). */
public record Prediction(int begin, int end, String label, double confidence) {

	public Prediction {
		if (begin < 0 || end <= begin || label == null || label.isEmpty()) {
			throw new IllegalArgumentException("not a span: [" + begin + ", " + end + ") " + label);
		}
		if (!(confidence >= 0 && confidence <= 1)) {
			throw new IllegalArgumentException("a confidence lies between 0 and 1, not " + confidence);
		}
	}

	/** The predicted place and label without the confidence, to compare with what a person labeled. */
	public LabeledSpan span() {
		return new LabeledSpan(begin, end, label);
	}
}
