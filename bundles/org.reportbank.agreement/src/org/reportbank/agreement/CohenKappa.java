package org.reportbank.agreement;

import java.util.HashMap;
import java.util.Map;

/**
 * Cohen's kappa of two raters who each put every item into one category (Cohen, J. 1960. A
 * coefficient of agreement for nominal scales. Educational and Psychological Measurement 20(1),
 * 37-46):
 *
 * <pre>
 * κ = (p_o − p_e) / (1 − p_e)
 * p_o = Σ_k n_kk / n                   the share of items both put into the same category
 * p_e = Σ_k (n_k· / n) · (n_·k / n)    the same, expected from each rater's own category shares
 * </pre>
 *
 * Items are added one at a time (or as counts of a contingency table). Kappa is NaN when there
 * are no items or when p_e = 1 (both raters used one and the same category for everything, so
 * chance explains all their agreement).
 */
public final class CohenKappa {

	private final Map<String, Map<String, Long>> table = new HashMap<>();
	private final Map<String, Long> rowTotals = new HashMap<>();
	private final Map<String, Long> columnTotals = new HashMap<>();
	private long items;
	private long agreeing;

	/** One item: rater a chose category {@code a}, rater b chose {@code b}. */
	public void add(String a, String b) {
		add(a, b, 1);
	}

	/** {@code count} items on which a chose {@code a} and b chose {@code b}: one cell of the table. */
	public void add(String a, String b, long count) {
		if (count < 0) {
			throw new IllegalArgumentException("negative count " + count);
		}
		if (count == 0) {
			return;
		}
		table.computeIfAbsent(a, k -> new HashMap<>()).merge(b, count, Long::sum);
		rowTotals.merge(a, count, Long::sum);
		columnTotals.merge(b, count, Long::sum);
		items += count;
		if (a.equals(b)) {
			agreeing += count;
		}
	}

	public long items() {
		return items;
	}

	/** The count of one cell: items a put into {@code a} and b into {@code b}. */
	public long count(String a, String b) {
		return table.getOrDefault(a, Map.of()).getOrDefault(b, 0L);
	}

	/** p_o, NaN without items. */
	public double observed() {
		return items == 0 ? Double.NaN : (double) agreeing / items;
	}

	/** p_e, NaN without items. */
	public double expected() {
		return items == 0 ? Double.NaN : expectedNumerator() / ((double) items * items);
	}

	/** κ, NaN without items or when p_e = 1. */
	public double kappa() {
		if (items == 0) {
			return Double.NaN;
		}
		double n2 = (double) items * items;
		double expected = expectedNumerator();
		if (expected >= n2) {
			return Double.NaN;
		}
		// (p_o − p_e) / (1 − p_e), both multiplied by n²
		return ((double) agreeing * items - expected) / (n2 - expected);
	}

	private double expectedNumerator() {
		double sum = 0;
		for (Map.Entry<String, Long> row : rowTotals.entrySet()) {
			sum += (double) row.getValue() * columnTotals.getOrDefault(row.getKey(), 0L);
		}
		return sum;
	}
}
