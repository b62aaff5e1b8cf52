package org.reportbank.editing;

import java.util.Arrays;

import org.reportbank.model.Tokenization;

/**
 * Word boundaries of a report text, for snapping a selection to whole words the way the
 * segmenter cut them. Without a tokenization every character is a word (nothing snaps).
 */
public final class TokenBoundaries {

	/** Token start offsets, ascending, the first 0; the text length closes the last token. */
	private final int[] starts;
	private final int length;

	private TokenBoundaries(int[] starts, int length) {
		this.starts = starts;
		this.length = length;
	}

	/** From the compact form stored on a layer: token lengths, comma-separated. */
	public static TokenBoundaries of(Tokenization tokenization, int textLength) {
		if (tokenization == null || tokenization.getLengths() == null || tokenization.getLengths().isEmpty()) {
			return characters(textLength);
		}
		String[] parts = tokenization.getLengths().split(",");
		int[] starts = new int[parts.length];
		int offset = 0;
		for (int i = 0; i < parts.length; i++) {
			starts[i] = offset;
			offset += Integer.parseInt(parts[i].strip());
		}
		if (offset != textLength) {
			return characters(textLength); // made for another version of the text: do not snap to it
		}
		return new TokenBoundaries(starts, textLength);
	}

	public static TokenBoundaries characters(int textLength) {
		int[] starts = new int[textLength];
		Arrays.setAll(starts, i -> i);
		return new TokenBoundaries(starts, textLength);
	}

	/**
	 * Widens [begin, end) to the tokens it touches, then drops blank characters at either edge.
	 * An empty selection stays empty.
	 */
	public int[] snap(int begin, int end, CharSequence text) {
		if (begin >= end || starts.length == 0) {
			return new int[] { begin, end };
		}
		int first = tokenAt(begin);
		int last = tokenAt(end - 1);
		int b = starts[first];
		int e = last + 1 < starts.length ? starts[last + 1] : length;
		while (b < e && Character.isWhitespace(text.charAt(b))) {
			b++;
		}
		while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
			e--;
		}
		return b < e ? new int[] { b, e } : new int[] { begin, end };
	}

	private int tokenAt(int offset) {
		int i = Arrays.binarySearch(starts, offset);
		return i >= 0 ? i : -i - 2;
	}
}
