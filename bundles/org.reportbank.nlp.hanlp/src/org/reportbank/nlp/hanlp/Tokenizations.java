package org.reportbank.nlp.hanlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reportbank.model.Tokenization;

/**
 * The compact form of a tokenization stored in the model: token lengths, comma-separated,
 * covering the whole text, so gaps (line breaks, blanks HanLP skipped) are tokens too; and beside
 * them each token's part of speech, empty for a gap, so the words can be read back as
 * {@link HanlpTokenizer} gave them.
 */
public final class Tokenizations {

	private static final String NO_PART_OF_SPEECH = "x";

	private Tokenizations() {
	}

	public static String encode(List<Token> tokens, int textLength) {
		StringBuilder out = new StringBuilder(tokens.size() * 3);
		entries(tokens, textLength, (length, word) -> out.append(length).append(','));
		return withoutLastComma(out);
	}

	/** The parts of speech of {@link #encode}'s entries: a word's ({@code x} when HanLP gave none), nothing for a gap. */
	public static String encodePartsOfSpeech(List<Token> tokens, int textLength) {
		StringBuilder out = new StringBuilder(tokens.size() * 3);
		entries(tokens, textLength, (length, word) -> out
				.append(word == null ? "" : word.pos() == null || word.pos().isEmpty() ? NO_PART_OF_SPEECH : word.pos()).append(','));
		return withoutLastComma(out);
	}

	/** Each entry was written with a comma after it: a builder, where a joiner would keep every entry as a string of its own. */
	private static String withoutLastComma(StringBuilder entries) {
		return entries.isEmpty() ? "" : entries.substring(0, entries.length() - 1);
	}

	/** What an entry of a tokenization is: its length, and its word, or null for a gap between words. */
	private interface Entry {
		void accept(int length, Token word);
	}

	/** The entries covering the whole text, in order: the gaps HanLP left between its words, and the words. */
	private static void entries(List<Token> tokens, int textLength, Entry entry) {
		int at = 0;
		for (Token t : tokens) {
			if (t.begin() > at) {
				entry.accept(t.begin() - at, null);
			}
			entry.accept(t.end() - t.begin(), t);
			at = t.end();
		}
		if (textLength > at) {
			entry.accept(textLength - at, null);
		}
	}

	/**
	 * The words of a text as {@link HanlpTokenizer} gave them, read from a tokenization it
	 * stored with their parts of speech; empty when the tokenization is another tool's, has no
	 * parts of speech (written before they were kept), or does not fit the text.
	 */
	public static Optional<List<Token>> words(Tokenization tokenization, String text) {
		if (tokenization == null || !HanlpTokenizer.TOOL.equals(tokenization.getTool()) || tokenization.getLengths() == null
				|| tokenization.getPartsOfSpeech() == null) {
			return Optional.empty();
		}
		String lengths = tokenization.getLengths();
		String tags = tokenization.getPartsOfSpeech();
		List<Token> words = new ArrayList<>(lengths.length() / 2);
		int at = 0;
		int lengthFrom = 0;
		int tagFrom = 0;
		while (lengthFrom < lengths.length()) {
			int lengthEnd = end(lengths, lengthFrom);
			int tagEnd = end(tags, tagFrom);
			if (tagFrom > tags.length()) {
				return Optional.empty(); // fewer parts of speech than tokens
			}
			int length = number(lengths, lengthFrom, lengthEnd);
			if (length <= 0 || at + length > text.length()) {
				return Optional.empty();
			}
			if (tagEnd > tagFrom) {
				words.add(new Token(at, at + length, text.substring(at, at + length), tags.substring(tagFrom, tagEnd)));
			}
			at += length;
			lengthFrom = lengthEnd + 1;
			tagFrom = tagEnd + 1;
		}
		return at == text.length() && tagFrom > tags.length() ? Optional.of(words) : Optional.empty();
	}

	private static int end(String list, int from) {
		int comma = list.indexOf(',', from);
		return comma < 0 ? list.length() : comma;
	}

	/** The whole number from..end, or -1 when it is not one. */
	private static int number(String list, int from, int end) {
		if (end == from || end - from > 9) {
			return -1;
		}
		int value = 0;
		for (int i = from; i < end; i++) {
			char c = list.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/** Token boundaries as offsets: 0, then the end of each token. */
	public static int[] boundaries(String lengths) {
		if (lengths == null || lengths.isEmpty()) {
			return new int[] { 0 };
		}
		String[] parts = lengths.split(",");
		int[] result = new int[parts.length + 1];
		for (int i = 0; i < parts.length; i++) {
			result[i + 1] = result[i] + Integer.parseInt(parts[i]);
		}
		return result;
	}

	static List<Integer> lengths(String encoded) {
		List<Integer> result = new ArrayList<>();
		for (String part : encoded.split(",")) {
			result.add(Integer.valueOf(part));
		}
		return result;
	}
}
