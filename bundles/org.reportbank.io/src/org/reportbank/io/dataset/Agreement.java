package org.reportbank.io.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.reportbank.model.Report;
import org.reportbank.model.Span;

/**
 * Pairwise agreement of the annotator layers, a first small measure: exact-span F1 (same begin,
 * end and label) between every two annotators, over the reports both annotated. Rejected spans
 * do not count. Fed one report at a time.
 */
public final class Agreement {

	/** The figures of one pair of annotators (a before b in sort order). */
	public record Pair(String a, String b, int reports, int spansA, int spansB, int matching) {
		/** 2·matching / (spansA + spansB); 1 when neither marked anything. */
		public double f1() {
			return spansA + spansB == 0 ? 1.0 : 2.0 * matching / (spansA + spansB);
		}
	}

	private final Set<String> annotators = new TreeSet<>();
	private final Map<String, int[]> pairs = new TreeMap<>();

	/** Adds the annotator layers of one report. */
	public void add(Report report) {
		List<String> ids = new ArrayList<>(new TreeSet<>(LayerSelection.annotatorLayers(report)));
		annotators.addAll(ids);
		if (ids.size() < 2) {
			return;
		}
		List<Set<String>> spans = new ArrayList<>();
		for (String id : ids) {
			Set<String> keys = new HashSet<>();
			for (Span span : LayerSelection.annotator(id).positives(report)) {
				keys.add(span.getBegin() + ":" + span.getEnd() + ":" + span.getLabel());
			}
			spans.add(keys);
		}
		for (int i = 0; i < ids.size(); i++) {
			for (int j = i + 1; j < ids.size(); j++) {
				int[] counts = pairs.computeIfAbsent(ids.get(i) + "\u0000" + ids.get(j), k -> new int[4]);
				Set<String> a = spans.get(i);
				Set<String> b = spans.get(j);
				int matching = 0;
				for (String key : a) {
					if (b.contains(key)) {
						matching++;
					}
				}
				counts[0]++;
				counts[1] += a.size();
				counts[2] += b.size();
				counts[3] += matching;
			}
		}
	}

	/** Every annotator with a layer in the reports added, sorted. */
	public Set<String> annotators() {
		return annotators;
	}

	/** The pairs that annotated at least one report in common, sorted by name. */
	public List<Pair> pairs() {
		List<Pair> result = new ArrayList<>();
		pairs.forEach((key, c) -> {
			String[] names = key.split("\u0000", 2);
			result.add(new Pair(names[0], names[1], c[0], c[1], c[2], c[3]));
		});
		return result;
	}
}
