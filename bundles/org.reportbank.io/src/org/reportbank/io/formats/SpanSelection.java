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
		if (!sorted(result)) { // the export hands them sorted; sorting again cost a comparator call per span
			result.sort(Comparator.comparingInt(Span::getBegin).thenComparingInt(Span::getEnd));
		}
		return result;
	}

	private static boolean sorted(List<Span> spans) {
		for (int i = 1; i < spans.size(); i++) {
			Span a = spans.get(i - 1);
			Span b = spans.get(i);
			if (a.getBegin() > b.getBegin() || a.getBegin() == b.getBegin() && a.getEnd() > b.getEnd()) {
				return false;
			}
		}
		return true;
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
		if (usableAsTag(label)) {
			return label; // the usual case: nothing to change, nothing to build
		}
		StringBuilder b = new StringBuilder(label == null || label.isBlank() ? "SPAN" : label.strip());
		for (int i = 0; i < b.length(); i++) {
			char c = b.charAt(i);
			if (c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				b.setCharAt(i, '_');
			}
		}
		return b.toString();
	}

	private static boolean usableAsTag(String label) {
		if (label == null || label.isEmpty()) {
			return false;
		}
		for (int i = 0; i < label.length(); i++) {
			char c = label.charAt(i);
			if (c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Of intervals [begin, end) that may overlap or nest, the ones to keep so that none overlap: the
	 * outer (longest by {@code weight}) wins, ties go to the earlier; an interval overlapping a kept one
	 * is dropped whole.
	 */
	static boolean[] outermost(int[] begins, int[] ends, int[] weights) {
		int n = begins.length;
		boolean[] disjoint = disjoint(begins, ends);
		if (disjoint != null) {
			return disjoint;
		}
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

	/**
	 * The answer of {@link #outermost} when no two intervals overlap, found in one pass: each non-empty
	 * interval begins at or after the end of every one before it (the spans come sorted, so this is the
	 * usual case). Null when some do overlap, or come out of order.
	 */
	private static boolean[] disjoint(int[] begins, int[] ends) {
		boolean[] keep = new boolean[begins.length];
		int end = Integer.MIN_VALUE;
		for (int i = 0; i < begins.length; i++) {
			if (begins[i] >= ends[i]) {
				continue;
			}
			if (begins[i] < end) {
				return null;
			}
			end = ends[i];
			keep[i] = true;
		}
		return keep;
	}

	/**
	 * A blank for the formats: whitespace or a space separator ({@link Character#isWhitespace} or
	 * {@link Character#isSpaceChar}). The token and character formats ask this for every character,
	 * so the Basic Multilingual Plane is looked up in a table made once.
	 */
	static boolean blank(int codePoint) {
		if (codePoint >= 0 && codePoint < 0x10000) {
			return (BLANK[codePoint >>> 6] & (1L << codePoint)) != 0;
		}
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
	}

	/** {@link Character#isWhitespace(char)}, from a table made once. */
	static boolean whitespace(char c) {
		return (WHITESPACE[c >>> 6] & (1L << c)) != 0;
	}

	private static final long[] BLANK = new long[0x10000 >>> 6];
	private static final long[] WHITESPACE = new long[0x10000 >>> 6];

	static {
		for (int c = 0; c < 0x10000; c++) {
			if (Character.isWhitespace(c)) {
				WHITESPACE[c >>> 6] |= 1L << c;
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				BLANK[c >>> 6] |= 1L << c;
			}
		}
	}
}
