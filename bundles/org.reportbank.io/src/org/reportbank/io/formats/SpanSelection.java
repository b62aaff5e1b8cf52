package org.reportbank.io.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.reportbank.model.Claim;
import org.reportbank.model.Entity;
import org.reportbank.model.Metric;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;

/** Which spans the formats write, shared so that every format applies the same rules. */
final class SpanSelection {

	private SpanSelection() {
	}

	/**
	 * The spans that may be written as positives: never a rejected suggestion (the export already
	 * leaves them out; this is the second guard), never an empty or out-of-range span.
	 */
	static List<Span> positives(List<Span> spans, String text) {
		List<Span> result = new ArrayList<>(spans.size());
		for (Span span : spans) {
			if (span.getStatus() != SpanStatus.REJECTED && 0 <= span.getBegin() && span.getBegin() < span.getEnd()
					&& span.getEnd() <= text.length()) {
				result.add(span);
			}
		}
		result.sort(Comparator.comparingInt(Span::getBegin).thenComparingInt(Span::getEnd));
		return result;
	}

	/** Entity and metric spans (ORG PER LOC LAW DATE METRIC): what the tagging formats (CoNLL, characters) carry. */
	static boolean entityLike(Span span) {
		return span instanceof Entity || span instanceof Metric;
	}

	static boolean isClaim(Span span) {
		return span instanceof Claim;
	}

	/** A label usable as a tag or brat type: no whitespace, and no '-' (which separates B- from the label). */
	static String tagLabel(String label) {
		StringBuilder b = new StringBuilder(label == null || label.isBlank() ? "SPAN" : label.strip());
		for (int i = 0; i < b.length(); i++) {
			char c = b.charAt(i);
			if (c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				b.setCharAt(i, '_');
			}
		}
		return b.toString();
	}

	/**
	 * Of intervals [begin, end) that may overlap or nest, the ones to keep so that none overlap: the
	 * outer (longest by {@code weight}) wins, ties go to the earlier; an interval overlapping a kept one
	 * is dropped whole.
	 */
	static boolean[] outermost(int[] begins, int[] ends, int[] weights) {
		int n = begins.length;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -weights[i]).thenComparingInt(i -> begins[i])
				.thenComparingInt(i -> ends[i]));
		boolean[] keep = new boolean[n];
		TreeMap<Integer, Integer> kept = new TreeMap<>();
		for (int i : order) {
			int b = begins[i];
			int e = ends[i];
			if (b >= e) {
				continue;
			}
			Map.Entry<Integer, Integer> before = kept.floorEntry(b);
			if (before != null && before.getValue() > b) {
				continue;
			}
			Map.Entry<Integer, Integer> after = kept.ceilingEntry(b);
			if (after != null && after.getKey() < e) {
				continue;
			}
			kept.put(b, e);
			keep[i] = true;
		}
		return keep;
	}

	static boolean blank(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
	}
}
