package org.reportbank.nlp.hanlp.internal.text;

/**
 * A fixed list of plain words looked for in a text in one pass over a {@link CharTrie}: at each
 * position only the words that begin with its character are followed. A regular expression
 * {@code 开展|完成|…} tries every alternative at every position, and the finders run such lists
 * over every sentence of every report.
 */
public final class WordList {

	/** Receives an occurrence of a word: where it begins and ends. */
	@FunctionalInterface
	public interface Occurrence {
		void at(int begin, int end);
	}

	private final CharTrie<Boolean> words = CharTrie.forward();

	private WordList() {
	}

	/** The list of these words; an empty word is never found. */
	public static WordList of(String... words) {
		WordList list = new WordList();
		for (String word : words) {
			list.words.put(word, Boolean.TRUE);
		}
		return list;
	}

	/** Whether any of the words occurs in {@code text} between {@code begin} and {@code end}. */
	public boolean occursIn(String text, int begin, int end) {
		boolean[] found = new boolean[1];
		CharTrie.Hit<Boolean> inRange = (wordEnd, yes) -> found[0] |= wordEnd <= end;
		for (int i = begin; i < end && !found[0]; i++) {
			words.matches(text, i, inRange);
		}
		return found[0];
	}

	public boolean occursIn(String text) {
		return occursIn(text, 0, text.length());
	}

	/** Hands every occurrence of every word to {@code found} (its begin and end), overlapping ones too. */
	public void forEachOccurrence(String text, Occurrence found) {
		for (int i = 0; i < text.length(); i++) {
			int begin = i;
			words.matches(text, i, (end, yes) -> found.at(begin, end));
		}
	}
}
