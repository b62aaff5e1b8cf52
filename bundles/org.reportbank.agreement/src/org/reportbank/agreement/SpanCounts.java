package org.reportbank.agreement;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Matched and marked span counts of two annotators, per label, summed over reports. */
public final class SpanCounts {

	private final SortedMap<String, Prf> byLabel = new TreeMap<>();

	public void add(String label, long matched, long a, long b) {
		byLabel.merge(label, new Prf(matched, a, b), Prf::plus);
	}

	/** One label's counts; zeros when it was never marked. */
	public Prf label(String label) {
		return byLabel.getOrDefault(label, new Prf(0, 0, 0));
	}

	/** Micro-averaged: the counts of every label summed. */
	public Prf overall() {
		Prf sum = new Prf(0, 0, 0);
		for (Prf prf : byLabel.values()) {
			sum = sum.plus(prf);
		}
		return sum;
	}

	/** The labels seen, sorted, with their counts. */
	public Map<String, Prf> labels() {
		return byLabel;
	}
}
