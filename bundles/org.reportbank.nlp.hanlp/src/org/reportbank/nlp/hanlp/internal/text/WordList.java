package org.reportbank.nlp.hanlp.internal.text;

import java.util.Arrays;

/**
 * A fixed list of plain words looked for in a text in one pass: at each position only the words
 * that begin with its character are tried. A regular expression {@code 开展|完成|…} tries every
 * alternative at every position, and the finders run such lists over every sentence of every
 * report.
 */
public final class WordList {

	/** Receives an occurrence of a word: where it begins and ends. */
	@FunctionalInterface
	public interface Occurrence {
		void at(int begin, int end);
	}

	/** Words by first character, sorted by that character; {@code firsts} holds the characters. */
	private final char[] firsts;
	private final String[][] wordsByFirst;

	private WordList(char[] firsts, String[][] wordsByFirst) {
		this.firsts = firsts;
		this.wordsByFirst = wordsByFirst;
	}

	public static WordList of(String... words) {
		String[] sorted = Arrays.stream(words).filter(w -> !w.isEmpty()).distinct().sorted().toArray(String[]::new);
		char[] firsts = new char[sorted.length];
		String[][] groups = new String[sorted.length][];
		int count = 0;
		for (int i = 0; i < sorted.length;) {
			char first = sorted[i].charAt(0);
			int end = i;
			while (end < sorted.length && sorted[end].charAt(0) == first) {
				end++;
			}
			firsts[count] = first;
			groups[count] = Arrays.copyOfRange(sorted, i, end);
			count++;
			i = end;
		}
		return new WordList(Arrays.copyOf(firsts, count), Arrays.copyOf(groups, count));
	}

	/** Whether any of the words occurs in {@code text} between {@code begin} and {@code end}. */
	public boolean occursIn(String text, int begin, int end) {
		for (int i = begin; i < end; i++) {
			String[] candidates = startingWith(text.charAt(i));
			if (candidates != null) {
				for (String word : candidates) {
					if (i + word.length() <= end && text.startsWith(word, i)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	public boolean occursIn(String text) {
		return occursIn(text, 0, text.length());
	}

	/** Hands every occurrence of every word to {@code found} (its begin and end), overlapping ones too. */
	public void forEachOccurrence(String text, Occurrence found) {
		for (int i = 0; i < text.length(); i++) {
			String[] candidates = startingWith(text.charAt(i));
			if (candidates != null) {
				for (String word : candidates) {
					if (text.startsWith(word, i)) {
						found.at(i, i + word.length());
					}
				}
			}
		}
	}

	private String[] startingWith(char c) {
		int at = Arrays.binarySearch(firsts, c);
		return at >= 0 ? wordsByFirst[at] : null;
	}
}
