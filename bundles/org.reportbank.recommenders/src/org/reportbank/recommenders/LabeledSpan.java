package org.reportbank.recommenders;

/** A labeled stretch of a report's text, {@code [begin, end)} in UTF-16 units: what training reads and evaluation compares. */
public record LabeledSpan(int begin, int end, String label) {

	public LabeledSpan {
		if (begin < 0 || end <= begin || label == null || label.isEmpty()) {
			throw new IllegalArgumentException("not a span: [" + begin + ", " + end + ") " + label);
		}
	}
}
