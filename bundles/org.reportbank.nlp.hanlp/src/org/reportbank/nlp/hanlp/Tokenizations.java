package org.reportbank.nlp.hanlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The compact form of a tokenization stored in the model: token lengths, comma-separated,
 * covering the whole text, so gaps (line breaks, blanks HanLP skipped) are tokens too.
 */
public final class Tokenizations {

	private Tokenizations() {
	}

	public static String encode(List<Token> tokens, int textLength) {
		StringBuilder out = new StringBuilder(tokens.size() * 3);
		int at = 0;
		for (Token t : tokens) {
			if (t.begin() > at) {
				append(out, t.begin() - at);
			}
			append(out, t.end() - t.begin());
			at = t.end();
		}
		if (textLength > at) {
			append(out, textLength - at);
		}
		return out.toString();
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

	private static void append(StringBuilder out, int length) {
		if (out.length() > 0) {
			out.append(',');
		}
		out.append(length);
	}

	static List<Integer> lengths(String encoded) {
		List<Integer> result = new ArrayList<>();
		for (String part : encoded.split(",")) {
			result.add(Integer.valueOf(part));
		}
		return result;
	}
}
