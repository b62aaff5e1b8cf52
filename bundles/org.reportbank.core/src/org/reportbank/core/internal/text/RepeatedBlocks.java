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
		List<String> result = new ArrayList<>(paragraphs);
		Repeat repeat;
		while ((repeat = find(result)) != null) {
			log.record("repeated-copy-dropped", repeat.length() + " paragraphs from \"" + abbreviate(result.get(repeat.from())) + "\"");
			result.subList(repeat.from(), repeat.from() + repeat.length()).clear();
		}
		return result;
	}

	private static String abbreviate(String s) {
		return s.length() <= 20 ? s : s.substring(0, 20) + "…";
	}
}
