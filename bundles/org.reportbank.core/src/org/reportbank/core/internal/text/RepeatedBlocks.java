package org.reportbank.core.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a report pasted twice into one page: a run of paragraphs that repeats an earlier run.
 * Only long runs count (a third of the paragraphs and at least {@link #MIN_RUN}), so a repeated
 * short line such as a heading shared by two parts is not mistaken for a second copy.
 */
final class RepeatedBlocks {

	static final int MIN_RUN = 3;

	/** A repeated run: paragraphs [from, from+length) repeat those at [original, original+length). */
	record Repeat(int original, int from, int length) {
	}

	private RepeatedBlocks() {
	}

	static Repeat find(List<String> paragraphs) {
		int n = paragraphs.size();
		Map<String, List<Integer>> earlier = new HashMap<>();
		Repeat best = null;
		for (int from = 0; from < n; from++) {
			List<Integer> seen = earlier.computeIfAbsent(paragraphs.get(from), k -> new ArrayList<>());
			for (int original : seen) {
				int length = 0;
				while (from + length < n && original + length < from
						&& paragraphs.get(original + length).equals(paragraphs.get(from + length))) {
					length++;
				}
				if (length >= MIN_RUN && (best == null || length > best.length())) {
					best = new Repeat(original, from, length);
				}
			}
			seen.add(from);
			if (best != null && best.length() >= n - from) {
				break; // nothing after this start can be longer
			}
		}
		if (best == null || best.length() * 3 < n) {
			return null;
		}
		return best;
	}

	/** The paragraphs with the second copy of a long repeated run removed, repeatedly. */
	static List<String> removeRepeats(List<String> paragraphs, ChangeLog log) {
		List<String> result = dropLeadingSummary(paragraphs, log);
		Repeat repeat;
		while ((repeat = find(result)) != null) {
			log.record("repeated-copy-dropped", repeat.length() + " paragraphs from \"" + abbreviate(result.get(repeat.from())) + "\"");
			result.subList(repeat.from(), repeat.from() + repeat.length()).clear();
		}
		return result;
	}

	/**
	 * A page that opens with a summary (the title and its first paragraphs) and then has the
	 * report in full: the title comes again and its first paragraph with it. The full copy is
	 * kept and the summary before it dropped.
	 */
	static List<String> dropLeadingSummary(List<String> paragraphs, ChangeLog log) {
		List<String> result = new ArrayList<>(paragraphs);
		if (result.size() < 4) {
			return result;
		}
		for (int k = 2; k < result.size() - 1; k++) {
			if (result.get(k).equals(result.get(0)) && result.get(k + 1).equals(result.get(1))) {
				log.record("summary-copy-dropped", k + " paragraphs before the full report");
				result.subList(0, k).clear();
				return result;
			}
		}
		return result;
	}

	private static String abbreviate(String s) {
		return s.length() <= 20 ? s : s.substring(0, 20) + "…";
	}
}
