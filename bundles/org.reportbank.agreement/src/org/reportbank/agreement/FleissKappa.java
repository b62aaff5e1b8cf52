package org.reportbank.agreement;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fleiss' kappa of n raters, each of whom put every item into one category (Fleiss, J. L. 1971.
 * Measuring nominal scale agreement among many raters. Psychological Bulletin 76(5), 378-382).
 * With N items, n raters, n_ij the raters who put item i into category j:
 *
 * <pre>
 * P_i  = (Σ_j n_ij² − n) / (n (n − 1))     the agreeing share of the rater pairs on item i
 * P̄    = Σ_i P_i / N
 * p_j  = Σ_i n_ij / (N n)                  the share of all assignments to category j
 * P̄_e  = Σ_j p_j²
 * κ    = (P̄ − P̄_e) / (1 − P̄_e)
 * κ_j  = 1 − Σ_i n_ij (n − n_ij) / (N n (n − 1) p_j (1 − p_j))    category j against the rest
 * </pre>
 *
 * κ_j is the same as the κ of the two-category table "j or not j". Only sums are kept, so items
 * stream through. Kappa is NaN without items or when P̄_e = 1 (a single category used throughout).
 */
public final class FleissKappa {

	private final int raters;
	private long items;
	private long sumOfSquares;
	private final Map<String, Long> totals = new TreeMap<>();
	private final Map<String, Long> disagreements = new TreeMap<>();

	public FleissKappa(int raters) {
		if (raters < 2) {
			throw new IllegalArgumentException("Fleiss' kappa needs two raters or more, not " + raters);
		}
		this.raters = raters;
	}

	/** An independent copy of the sums so far. */
	public FleissKappa copy() {
		FleissKappa copy = new FleissKappa(raters);
		copy.items = items;
		copy.sumOfSquares = sumOfSquares;
		copy.totals.putAll(totals);
		copy.disagreements.putAll(disagreements);
		return copy;
	}

	public int raters() {
		return raters;
	}

	/** One item: how many raters chose each category (categories no one chose may be left out). */
	public void add(Map<String, Integer> counts) {
		add(counts, 1);
	}

	/** {@code times} items with the same counts. */
	public void add(Map<String, Integer> counts, long times) {
		int sum = 0;
		for (int c : counts.values()) {
			if (c < 0) {
				throw new IllegalArgumentException("negative count in " + counts);
			}
			sum += c;
		}
		if (sum != raters) {
			throw new IllegalArgumentException("an item rated " + sum + " times; every item needs " + raters + " ratings");
		}
		if (times <= 0) {
			return;
		}
		items += times;
		for (Map.Entry<String, Integer> e : counts.entrySet()) {
			long c = e.getValue();
			if (c == 0) {
				continue;
			}
			sumOfSquares += times * c * c;
			totals.merge(e.getKey(), times * c, Long::sum);
			disagreements.merge(e.getKey(), times * c * (raters - c), Long::sum);
		}
	}

	public long items() {
		return items;
	}

	public Set<String> categories() {
		return totals.keySet();
	}

	/** P̄, NaN without items. */
	public double observed() {
		if (items == 0) {
			return Double.NaN;
		}
		return (sumOfSquares - (double) items * raters) / ((double) items * raters * (raters - 1));
	}

	/** P̄_e, NaN without items. */
	public double expected() {
		if (items == 0) {
			return Double.NaN;
		}
		double all = (double) items * raters;
		double sum = 0;
		for (long total : totals.values()) {
			sum += (total / all) * (total / all);
		}
		return sum;
	}

	/** κ over all categories. */
	public double kappa() {
		if (items == 0 || totals.size() < 2) {
			return Double.NaN; // one category only: P̄_e = 1
		}
		double pe = expected();
		return (observed() - pe) / (1 - pe);
	}

	/** κ_j, category j against all others; NaN when no one or everyone chose j throughout. */
	public double kappa(String category) {
		long total = totals.getOrDefault(category, 0L);
		double all = (double) items * raters;
		if (items == 0 || total == 0 || total == all) {
			return Double.NaN;
		}
		double p = total / all;
		return 1 - disagreements.get(category) / ((double) items * raters * (raters - 1) * p * (1 - p));
	}
}
