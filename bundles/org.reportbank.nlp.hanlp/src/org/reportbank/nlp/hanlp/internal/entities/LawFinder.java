package org.reportbank.nlp.hanlp.internal.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Titles of laws, regulations and documents: the text between an outer 《 and its 》. Titles nest
 * (《…贯彻执行〈…〉的工作方案》, sometimes with an inner 《》), so brackets are counted, and a title
 * never runs past the end of a line: an unclosed 《 there gives up the outer title and keeps the
 * complete ones inside it.
 */
final class LawFinder {

	static final String LABEL = "LAW";
	private static final double CONFIDENCE = 0.95;

	List<EntityMention> find(String text) {
		List<EntityMention> found = new ArrayList<>();
		List<int[]> closed = new ArrayList<>(); // pairs closed while an outer 《 is still open
		int[] open = new int[16];
		int depth = 0;
		for (int i = 0; i <= text.length(); i++) {
			char c = i < text.length() ? text.charAt(i) : '\n';
			if (c == '《') {
				if (depth == open.length) {
					open = Arrays.copyOf(open, depth * 2);
				}
				open[depth++] = i;
			} else if (c == '》' && depth > 0) {
				int begin = open[--depth] + 1;
				if (depth == 0) {
					add(text, begin, i, found);
					closed.clear();
				} else {
					closed.add(new int[] { begin, i });
				}
			} else if (c == '\n' && depth > 0) {
				// unbalanced line: keep the outermost of the titles that did close
				int coveredTo = -1;
				for (int[] pair : closed.stream().sorted((a, b) -> a[0] != b[0] ? a[0] - b[0] : b[1] - a[1]).toList()) {
					if (pair[0] >= coveredTo) {
						add(text, pair[0], pair[1], found);
						coveredTo = pair[1];
					}
				}
				closed.clear();
				depth = 0;
			}
		}
		found.sort((a, b) -> a.begin() - b.begin());
		return found;
	}

	private static void add(String text, int begin, int end, List<EntityMention> found) {
		while (begin < end && Character.isWhitespace(text.charAt(begin))) {
			begin++;
		}
		while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end > begin) {
			found.add(new EntityMention(begin, end, LABEL, CONFIDENCE, null));
		}
	}
}
