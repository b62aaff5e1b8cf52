package org.reportbank.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Pairs the spans of two annotators, label by label, and counts the pairs.
 * <ul>
 * <li><b>exact</b>: same begin, end and label;</li>
 * <li><b>overlap</b>: same label and at least one character in common. Spans are paired one to
 * one, as many pairs as possible (a maximum matching of the overlap graph), so a long span of a
 * overlapping two short spans of b counts once, and the figures stay symmetric.</li>
 * </ul>
 * Spans of different labels never match, whatever their extent.
 */
public final class SpanMatching {

	private SpanMatching() {
	}

	/** Adds the exact matches of one report's spans to the counts. */
	public static void exact(List<Annotation> a, List<Annotation> b, SpanCounts into) {
		Map<String, List<Annotation>> byLabelA = byLabel(a);
		Map<String, List<Annotation>> byLabelB = byLabel(b);
		for (String label : labels(byLabelA, byLabelB)) {
			List<Annotation> la = byLabelA.getOrDefault(label, List.of());
			List<Annotation> lb = byLabelB.getOrDefault(label, List.of());
			Set<Annotation> inA = new HashSet<>(la);
			long matched = lb.stream().distinct().filter(inA::contains).count();
			into.add(label, matched, inA.size(), new HashSet<>(lb).size());
		}
	}

	/** Adds the overlap matches of one report's spans to the counts. */
	public static void overlap(List<Annotation> a, List<Annotation> b, SpanCounts into) {
		Map<String, List<Annotation>> byLabelA = byLabel(a);
		Map<String, List<Annotation>> byLabelB = byLabel(b);
		for (String label : labels(byLabelA, byLabelB)) {
			List<Annotation> la = byLabelA.getOrDefault(label, List.of());
			List<Annotation> lb = byLabelB.getOrDefault(label, List.of());
			into.add(label, maximumOverlapMatching(la, lb), la.size(), lb.size());
		}
	}

	/**
	 * The largest number of one-to-one pairs (x of a, y of b) with x and y overlapping. The spans are
	 * cut into groups that no overlap crosses (a sweep by begin); each group is matched with
	 * augmenting paths (Kuhn's algorithm), which finds a maximum bipartite matching.
	 */
	static int maximumOverlapMatching(List<Annotation> a, List<Annotation> b) {
		record Side(Annotation span, boolean ofA) {
		}
		List<Side> all = new ArrayList<>(a.size() + b.size());
		a.forEach(s -> all.add(new Side(s, true)));
		b.forEach(s -> all.add(new Side(s, false)));
		all.sort(Comparator.comparingInt(s -> s.span().begin()));
		int matched = 0;
		List<Annotation> groupA = new ArrayList<>();
		List<Annotation> groupB = new ArrayList<>();
		int groupEnd = Integer.MIN_VALUE;
		for (Side side : all) {
			if (side.span().begin() >= groupEnd) {
				matched += match(groupA, groupB);
				groupA.clear();
				groupB.clear();
			}
			(side.ofA() ? groupA : groupB).add(side.span());
			groupEnd = Math.max(groupEnd, side.span().end());
		}
		return matched + match(groupA, groupB);
	}

	private static int match(List<Annotation> a, List<Annotation> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int[] partnerOfB = new int[b.size()];
		Arrays.fill(partnerOfB, -1);
		int matched = 0;
		for (int i = 0; i < a.size(); i++) {
			if (augment(i, a, b, partnerOfB, new boolean[b.size()])) {
				matched++;
			}
		}
		return matched;
	}

	private static boolean augment(int i, List<Annotation> a, List<Annotation> b, int[] partnerOfB, boolean[] visited) {
		for (int j = 0; j < b.size(); j++) {
			if (!visited[j] && a.get(i).overlaps(b.get(j))) {
				visited[j] = true;
				if (partnerOfB[j] < 0 || augment(partnerOfB[j], a, b, partnerOfB, visited)) {
					partnerOfB[j] = i;
					return true;
				}
			}
		}
		return false;
	}

	private static Map<String, List<Annotation>> byLabel(List<Annotation> spans) {
		Map<String, List<Annotation>> result = new TreeMap<>();
		for (Annotation span : spans) {
			result.computeIfAbsent(span.label(), l -> new ArrayList<>()).add(span);
		}
		return result;
	}

	private static Set<String> labels(Map<String, ?> a, Map<String, ?> b) {
		Set<String> labels = new TreeSet<>(a.keySet());
		labels.addAll(b.keySet());
		return labels;
	}
}
