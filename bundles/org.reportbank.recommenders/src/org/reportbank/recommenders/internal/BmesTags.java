package org.reportbank.recommenders.internal;

import java.util.ArrayList;
import java.util.List;

import org.reportbank.recommenders.LabeledSpan;
import org.reportbank.recommenders.internal.TokenSequences.Sentence;

/**
 * Spans as word tags and back: {@code B-L} begins a span of label L, {@code M-L} continues it,
 * {@code E-L} ends it, {@code S-L} is a span of one word, {@code O} is outside. HanLP's own
 * entity tag set writes a one-word entity as a bare {@code S} without its type; here every tag
 * of a span names its label, so a one-word span keeps its label.
 */
public final class BmesTags {

	public static final String OUTSIDE = "O";

	private BmesTags() {
	}

	/** The four tags of a label, in the order B, M, E, S. */
	public static List<String> of(String label) {
		return List.of("B-" + label, "M-" + label, "E-" + label, "S-" + label);
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
			if (first == last) {
				tags[first] = "S-" + span.label();
			} else {
				tags[first] = "B-" + span.label();
				for (int i = first + 1; i < last; i++) {
					tags[i] = "M-" + span.label();
				}
				tags[last] = "E-" + span.label();
			}
		}
		return tags;
	}

	/** A span the tags make: its first and last word (inclusive) and its label. */
	public record TaggedSpan(int first, int last, String label) {
	}

	/**
	 * The spans the tags make. Read leniently, as a tagger's output may be ill-formed: a span begins
	 * at B or S (or at an M or E that does not continue one) and ends at E or S, or where the next
	 * tag does not continue it.
	 */
	public static List<TaggedSpan> decode(String[] tags) {
		List<TaggedSpan> spans = new ArrayList<>();
		int first = -1;
		String label = null;
		for (int i = 0; i < tags.length; i++) {
			String tag = tags[i];
			char kind = tag.length() > 2 && tag.charAt(1) == '-' ? tag.charAt(0) : 'O';
			String tagLabel = kind == 'O' ? null : tag.substring(2);
			boolean continues = first >= 0 && (kind == 'M' || kind == 'E') && tagLabel.equals(label);
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
			if (kind == 'E' || kind == 'S') {
				spans.add(new TaggedSpan(first, i, label));
				first = -1;
			}
		}
		if (first >= 0) {
			spans.add(new TaggedSpan(first, tags.length - 1, label));
		}
		return spans;
	}
}
