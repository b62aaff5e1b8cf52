package org.reportbank.agreement;

import java.util.SortedMap;

/** One agreement coefficient over all labels and for each label; NaN where it is undefined. */
public record Coefficients(double overall, SortedMap<String, Double> labels) {

	/** The label's figure; NaN for a label not listed. */
	public double label(String label) {
		return labels.getOrDefault(label, Double.NaN);
	}
}
