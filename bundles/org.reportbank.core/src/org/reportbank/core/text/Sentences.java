package org.reportbank.core.text;

import java.util.ArrayList;
import java.util.List;

/** Sentences of a report text: up to 。！？ or the end of the paragraph, without leading blanks. */
public final class Sentences {

	/** A sentence as UTF-16 offsets, end exclusive (the closing 。 included). */
	public record Sentence(int begin, int end) {
		public boolean contains(int offset) {
			return begin <= offset && offset < end;
		}
	}

	private Sentences() {
	}

	public static List<Sentence> of(String text) {
		List<Sentence> sentences = new ArrayList<>();
		int begin = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '。' || c == '！' || c == '？' || c == '\n') {
				add(sentences, text, begin, c == '\n' ? i : i + 1);
				begin = i + 1;
			}
		}
		add(sentences, text, begin, text.length());
		return sentences;
	}

	private static void add(List<Sentence> sentences, String text, int begin, int end) {
		while (begin < end && Character.isWhitespace(text.charAt(begin))) {
			begin++;
		}
		if (end > begin) {
			sentences.add(new Sentence(begin, end));
		}
	}
}
