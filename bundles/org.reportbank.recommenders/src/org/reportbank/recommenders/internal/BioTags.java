package org.reportbank.recommenders.internal;

import java.util.ArrayList;
import java.util.List;

import org.reportbank.recommenders.LabeledSpan;
import org.reportbank.recommenders.internal.TokenSequences.Sentence;

/**
 * Spans as word tags and back: {@code B-L} begins a span of label L, {@code I-L} goes on with it,
 * {@code O} is outside. HanLP's own entity tag set (B, M, E, S) writes a one-word entity as a
 * bare {@code S} without its type; here every tag of a span names its label, so a one-word span
 * ({@code B-L} alone) keeps its label. Two tags per label rather than HanLP's four make decoding
 * and the confidences about four times cheaper; on the reports written for the quality test they
 * also found more and were better calibrated (docs/quality.md).
 */
public final class BioTags {

	public static final String OUTSIDE = "O";

	private BioTags() {
	}

	/** The two tags of a label: B begins a span, I goes on with it. */
	public static List<String> of(String label) {
		return List.of("B-" + label, "I-" + label);
	}

	/** Each word's tag; {@code spans} are taggable and fit the sentence's words (see {@link TokenSequences}). */
	public static String[] encode(Sentence sentence, List<LabeledSpan> spans) {
		String[] tags = new String[sentence.length()];
		java.util.Arrays.fill(tags, OUTSIDE);
		for (LabeledSpan span : spans) {
			int first = -1;
			int last = -1;
			for (int i = 0; i < sentence.length(); i++) {
				if (sentence.begins()[i] >= span.begin() && sentence.ends()[i] <= span.end()) {
					if (first < 0) {
						first = i;
					}
					last = i;
				}
			}
			if (first < 0 || sentence.begins()[first] != span.begin() || sentence.ends()[last] != span.end()) {
				continue; // the span lies in another sentence
			}
			tags[first] = "B-" + span.label();
			for (int i = first + 1; i <= last; i++) {
				tags[i] = "I-" + span.label();
			}
		}
		return tags;
	}

	/** A span the tags make: its first and last word (inclusive) and its label. */
	public record TaggedSpan(int first, int last, String label) {
	}

	/**
	 * The spans the tags make. Read leniently, as a tagger's output may be ill-formed: a span begins
	 * at B (or at an I that does not continue one) and ends where the next tag does not continue
	 * it.
	 */
	public static List<TaggedSpan> decode(String[] tags) {
		List<TaggedSpan> spans = new ArrayList<>();
		int first = -1;
		String label = null;
		for (int i = 0; i < tags.length; i++) {
			String tag = tags[i];
			char kind = tag.length() > 2 && tag.charAt(1) == '-' ? tag.charAt(0) : 'O';
			String tagLabel = kind == 'O' ? null : tag.substring(2);
			boolean continues = first >= 0 && kind == 'I' && tagLabel.equals(label);
			if (first >= 0 && !continues) {
				spans.add(new TaggedSpan(first, i - 1, label));
				first = -1;
			}
			if (kind == 'O') {
				continue;
			}
			if (!continues) {
				first = i;
				label = tagLabel;
			}
		}
		if (first >= 0) {
			spans.add(new TaggedSpan(first, tags.length - 1, label));
		}
		return spans;
	}
}
