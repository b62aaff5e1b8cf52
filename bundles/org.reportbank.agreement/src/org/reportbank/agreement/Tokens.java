package org.reportbank.agreement;

import java.util.Arrays;

import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.Tokenization;

/**
 * The items of the token-level measures (Cohen's and Fleiss' kappa): the words of the report as
 * the pre-annotator's segmenter cut them, or, for a report that has no tokenization, its
 * characters (one token per code point: the usual unit for Chinese text, which has no spaces
 * between words). Tokens made of whitespace only (line breaks, blanks, U+3000) are left out: no
 * one labels them, and counting them would only make agreement depend on the layout.
 */
public final class Tokens {

	/** What a token is. */
	public enum Unit {
		/** The words of the tokenization stored on the pre-annotation layer. */
		WORDS,
		/** Code points, for a report without a tokenization (or with one made for another text). */
		CHARACTERS;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	private final Unit unit;
	private final int[] begins;
	private final int[] ends;

	private Tokens(Unit unit, int[] begins, int[] ends) {
		this.unit = unit;
		this.begins = begins;
		this.ends = ends;
	}

	/**
	 * The tokens of a report: the tokenization of its pre-annotation layer (else of any layer) when
	 * its lengths add up to the text length, otherwise its characters.
	 */
	public static Tokens of(Report report) {
		String text = report.getText() == null ? "" : report.getText();
		Tokenization found = null;
		for (Layer layer : report.getLayers()) {
			Tokenization t = layer.getTokenization();
			if (t != null && t.getLengths() != null && !t.getLengths().isBlank()
					&& (found == null || layer.getKind() == LayerKind.PREANNOTATION)) {
				found = t;
			}
		}
		if (found != null) {
			Tokens words = words(text, found.getLengths());
			if (words != null) {
				return words;
			}
		}
		return characters(text);
	}

	/** One token per code point, whitespace left out. */
	public static Tokens characters(String text) {
		int[] begins = new int[text.length()];
		int[] ends = new int[text.length()];
		int n = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			int next = i + Character.charCount(cp);
			if (!blank(cp)) {
				begins[n] = i;
				ends[n] = next;
				n++;
			}
			i = next;
		}
		return new Tokens(Unit.CHARACTERS, Arrays.copyOf(begins, n), Arrays.copyOf(ends, n));
	}

	/**
	 * The words of a tokenization in its stored form (token lengths in UTF-16 code units,
	 * comma-separated, covering the whole text), blank ones left out; null when the lengths are
	 * malformed or do not add up to the text length.
	 */
	public static Tokens words(String text, String lengths) {
		String[] parts = lengths.split(",");
		int[] begins = new int[parts.length];
		int[] ends = new int[parts.length];
		int n = 0;
		int at = 0;
		for (String part : parts) {
			int length;
			try {
				length = Integer.parseInt(part.strip());
			} catch (NumberFormatException e) {
				return null;
			}
			if (length <= 0 || at + length > text.length()) {
				return null;
			}
			if (!text.substring(at, at + length).codePoints().allMatch(Tokens::blank)) {
				begins[n] = at;
				ends[n] = at + length;
				n++;
			}
			at += length;
		}
		if (at != text.length()) {
			return null;
		}
		return new Tokens(Unit.WORDS, Arrays.copyOf(begins, n), Arrays.copyOf(ends, n));
	}

	private static boolean blank(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
	}

	public Unit unit() {
		return unit;
	}

	public int size() {
		return begins.length;
	}

	public int begin(int token) {
		return begins[token];
	}

	public int end(int token) {
		return ends[token];
	}

	/** The first token ending after {@code offset}: the first one a span beginning there can touch. */
	int firstEndingAfter(int offset) {
		int low = 0;
		int high = ends.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (ends[mid] <= offset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}
}
