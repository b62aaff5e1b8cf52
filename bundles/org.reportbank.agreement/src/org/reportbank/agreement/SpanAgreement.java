package org.reportbank.agreement;

import java.util.SortedMap;

/** Span P/R/F1 of a pair of annotators over all labels (micro: counts summed) and per label. */
public record SpanAgreement(Prf overall, SortedMap<String, Prf> labels) {

	/** The label's counts; zeros for a label not listed. */
	public Prf label(String label) {
		return labels.getOrDefault(label, new Prf(0, 0, 0));
	}
}
