package org.reportbank.nlp.hanlp.internal.entities;

import java.util.Arrays;
import java.util.List;

import org.reportbank.nlp.hanlp.Token;

/**
 * HanLP's tokens looked up by offset, so rules can ask in constant time which word starts, ends or
 * covers a position: word boundaries are what keeps 局 in 局面 or 中心 in 中心组 from being a suffix.
 */
final class TokenIndex {

	private final List<Token> tokens;
	private final int[] startingAt;
	private final int[] endingAt;
	private final int[] covering;

	TokenIndex(String text, List<Token> tokens) {
		this.tokens = tokens;
		int n = text.length();
		// token index + 1, so that the zero of a fresh array means "none"
		startingAt = new int[n + 1];
		endingAt = new int[n + 1];
		covering = new int[n + 1];
		for (int i = 0; i < tokens.size(); i++) {
			Token t = tokens.get(i);
			if (t.begin() < 0 || t.end() > n || t.begin() >= t.end()) {
				continue; // a token that does not fit the text is ignored rather than trusted
			}
			startingAt[t.begin()] = i + 1;
			endingAt[t.end()] = i + 1;
			Arrays.fill(covering, t.begin(), t.end(), i + 1);
		}
	}

	int size() {
		return tokens.size();
	}

	Token get(int i) {
		return tokens.get(i);
	}

	/** Index of the token that starts at this offset, or -1. */
	int startingAt(int offset) {
		return offset >= 0 && offset < startingAt.length ? startingAt[offset] - 1 : -1;
	}

	/** Index of the token that ends at this offset, or -1. */
	int endingAt(int offset) {
		return offset >= 0 && offset < endingAt.length ? endingAt[offset] - 1 : -1;
	}

	/** Index of the token that holds the character at this offset, or -1. */
	int covering(int offset) {
		return offset >= 0 && offset < covering.length ? covering[offset] - 1 : -1;
	}

	boolean isWordStart(int offset) {
		return startingAt(offset) >= 0;
	}

	boolean isWordEnd(int offset) {
		return endingAt(offset) >= 0;
	}
}
