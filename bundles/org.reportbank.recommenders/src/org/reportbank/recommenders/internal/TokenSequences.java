package org.reportbank.recommenders.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.reportbank.nlp.hanlp.Token;
import org.reportbank.recommenders.LabeledSpan;

/**
 * A text as the sentences a sequence model reads: HanLP's words (with their part of speech), cut
 * into sentences at a sentence end (。！？；) and at a line break. Labeled spans are made to fit the
 * words: a word a span begins or ends inside is split there ({@link Alignment#split}), and of two
 * overlapping spans the one that begins later is left out ({@link Alignment#overlapping}), since a
 * word carries one tag. A sentence is never cut inside a span.
 */
public final class TokenSequences {

	/** A sentence: its words, their parts of speech, and each word's place in the text. */
	public record Sentence(String[] words, String[] pos, int[] begins, int[] ends) {
		public int length() {
			return words.length;
		}
	}

	/** How the spans of the texts read so far fitted HanLP's words. */
	public static final class Alignment {
		public int spans;
		public int split;
		public int overlapping;

		public void add(Alignment other) {
			spans += other.spans;
			split += other.split;
			overlapping += other.overlapping;
		}
	}

	private static final String SENTENCE_ENDS = "。！？；!?;";

	private TokenSequences() {
	}

	/** The spans that can be tags of words: overlapping ones left out (counted), in text order. */
	public static List<LabeledSpan> taggable(List<LabeledSpan> spans, Alignment alignment) {
		List<LabeledSpan> sorted = new ArrayList<>(spans);
		sorted.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(b.end(), a.end()));
		List<LabeledSpan> kept = new ArrayList<>();
		int reached = 0;
		for (LabeledSpan span : sorted) {
			alignment.spans++;
			if (span.begin() < reached) {
				alignment.overlapping++;
				continue;
			}
			kept.add(span);
			reached = span.end();
		}
		return kept;
	}

	/**
	 * The sentences of a text whose words are cut at the edges of the spans (already
	 * {@link #taggable}); the words split for it are counted once per span edge.
	 */
	public static List<Sentence> of(String text, List<Token> tokens, List<LabeledSpan> spans, Alignment alignment) {
		TreeSet<Integer> edges = new TreeSet<>();
		for (LabeledSpan span : spans) {
			edges.add(span.begin());
			edges.add(span.end());
		}
		List<Token> words = new ArrayList<>(tokens.size());
		for (Token token : tokens) {
			int from = token.begin();
			for (Integer edge : edges.subSet(token.begin(), false, token.end(), false)) {
				words.add(new Token(from, edge, text.substring(from, edge), token.pos()));
				from = edge;
				alignment.split++;
			}
			words.add(from == token.begin() ? token : new Token(from, token.end(), text.substring(from, token.end()), token.pos()));
		}
		return sentences(text, words, spans);
	}

	/** The sentences of a text to predict in: HanLP's words as they are. */
	public static List<Sentence> of(String text, List<Token> tokens) {
		return sentences(text, tokens, List.of());
	}

	private static List<Sentence> sentences(String text, List<Token> words, List<LabeledSpan> spans) {
		List<Sentence> sentences = new ArrayList<>();
		int start = 0;
		int spanIndex = 0;
		int lineBreak = -1; // the first line break after the current word, found once per line rather than once per word
		for (int i = 0; i < words.size(); i++) {
			Token word = words.get(i);
			if (lineBreak < word.end()) {
				lineBreak = text.indexOf('\n', word.end());
				if (lineBreak < 0) {
					lineBreak = text.length();
				}
			}
			while (spanIndex < spans.size() && spans.get(spanIndex).end() <= word.end()) {
				spanIndex++;
			}
			boolean insideSpan = spanIndex < spans.size() && spans.get(spanIndex).begin() < word.end();
			boolean last = i == words.size() - 1;
			boolean lineEnds = !last && lineBreak < words.get(i + 1).begin();
			boolean sentenceEnds = word.word().length() == 1 && SENTENCE_ENDS.indexOf(word.word().charAt(0)) >= 0;
			if (last || (!insideSpan && (lineEnds || sentenceEnds))) {
				sentences.add(sentence(words.subList(start, i + 1)));
				start = i + 1;
			}
		}
		return sentences;
	}

	private static Sentence sentence(List<Token> words) {
		int n = words.size();
		String[] text = new String[n];
		String[] pos = new String[n];
		int[] begins = new int[n];
		int[] ends = new int[n];
		for (int i = 0; i < n; i++) {
			Token word = words.get(i);
			text[i] = word.word();
			pos[i] = word.pos() == null || word.pos().isEmpty() ? "x" : word.pos();
			begins[i] = word.begin();
			ends[i] = word.end();
		}
		return new Sentence(text, pos, begins, ends);
	}
}
