package org.reportbank.core.internal.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts what normalization changed, by kind, with a few examples of each, so an annotator can
 * see that "(一)" became "（一）" or that a 分享按钮 line was dropped instead of wondering.
 */
public final class ChangeLog {

	/** One kind of change, how often it happened and up to {@link #MAX_EXAMPLES} examples. */
	public record Entry(String kind, int count, List<String> examples) {
	}

	static final int MAX_EXAMPLES = 3;

	private final Map<String, int[]> counts = new LinkedHashMap<>();
	private final Map<String, List<String>> examples = new LinkedHashMap<>();

	public void record(String kind, String example) {
		counts.computeIfAbsent(kind, k -> new int[1])[0]++;
		List<String> list = examples.computeIfAbsent(kind, k -> new ArrayList<>());
		if (example != null && list.size() < MAX_EXAMPLES) {
			list.add(example);
		}
	}

	public int count(String kind) {
		int[] c = counts.get(kind);
		return c == null ? 0 : c[0];
	}

	public List<Entry> entries() {
		List<Entry> result = new ArrayList<>();
		counts.forEach((kind, c) -> result.add(new Entry(kind, c[0], List.copyOf(examples.get(kind)))));
		return result;
	}
}
