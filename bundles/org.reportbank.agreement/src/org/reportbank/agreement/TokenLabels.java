package org.reportbank.agreement;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One annotator's spans as labels of tokens, without BIO prefixes: a token has a label when a
 * span of that label shares at least one character with it, "O" when none does.
 * <ul>
 * <li>{@link #sequence()}: one label per token, for the kappa over all labels. Where spans
 * overlap (a metric inside an achievement claim, a place inside an organization), the token takes
 * the label of the shortest span covering it, the most specific one; of two equally long, the
 * label first in alphabetical order.</li>
 * <li>{@link #covered(String)}: for the kappa of one label, label against not-label: every token
 * any span of the label touches, whatever other spans lie on it.</li>
 * </ul>
 */
public final class TokenLabels {

	/** The label of a token no span touches. */
	public static final String OUTSIDE = "O";

	private final String[] sequence;
	private final Map<String, BitSet> covered = new TreeMap<>();

	public TokenLabels(Tokens tokens, List<Annotation> spans) {
		sequence = new String[tokens.size()];
		int[] lengthOfLabel = new int[tokens.size()];
		for (Annotation span : spans) {
			BitSet bits = covered.computeIfAbsent(span.label(), l -> new BitSet(tokens.size()));
			for (int t = tokens.firstEndingAfter(span.begin()); t < tokens.size() && tokens.begin(t) < span.end(); t++) {
				bits.set(t);
				String current = sequence[t];
				if (current == null || span.length() < lengthOfLabel[t]
						|| span.length() == lengthOfLabel[t] && span.label().compareTo(current) < 0) {
					sequence[t] = span.label();
					lengthOfLabel[t] = span.length();
				}
			}
		}
		for (int t = 0; t < sequence.length; t++) {
			if (sequence[t] == null) {
				sequence[t] = OUTSIDE;
			}
		}
	}

	/** One label per token, "O" outside every span. */
	public String[] sequence() {
		return sequence;
	}

	/** The tokens touched by a span of the label (empty when there is none). */
	public BitSet covered(String label) {
		return covered.getOrDefault(label, new BitSet());
	}

	/** The labels of this annotator's spans. */
	public java.util.Set<String> labels() {
		return covered.keySet();
	}
}
