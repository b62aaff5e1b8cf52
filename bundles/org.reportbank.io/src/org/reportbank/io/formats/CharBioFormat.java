package org.reportbank.io.formats;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.reportbank.core.text.Sentences;
import org.reportbank.core.text.Sentences.Sentence;
import org.reportbank.io.dataset.DatasetFormat;
import org.reportbank.io.dataset.FormatSink;
import org.reportbank.core.text.Tokenizer;
import org.reportbank.model.Report;
import org.reportbank.model.Span;

/**
 * Character-level sequence labeling, the form Chinese NER training code reads: one character (a Unicode
 * code point, so 𠀀 and 😀 are one line each) per line, {@code CHAR TAG} separated by a space, a blank
 * line after each sentence ({@link Sentences}: up to 。！？ or the line end). Two schemes:
 * <ul>
 * <li>{@code chars} ({@code <split>.char.bio}): B-X, I-X, O</li>
 * <li>{@code chars-bmes} ({@code <split>.char.bmes}): B-X, M-X, E-X, S-X (one character), O</li>
 * </ul>
 * Whitespace characters are not written (a tag line cannot hold them); the characters around them keep
 * their tags. Only entity and metric spans; of overlapping or nested spans the longest is kept. A span
 * running over a sentence end is written as a new span in the next sentence.
 * <pre>
 * 𠀀 B-ORG
 * 区 I-ORG
 * 司 I-ORG
 * 法 I-ORG
 * 局 I-ORG
 * 😀 O
 * </pre>
 */
public final class CharBioFormat implements DatasetFormat {

	public enum Scheme {
		BIO, BMES
	}

	private final Scheme scheme;

	public CharBioFormat(Scheme scheme) {
		this.scheme = scheme;
	}

	public static CharBioFormat bio() {
		return new CharBioFormat(Scheme.BIO);
	}

	public static CharBioFormat bmes() {
		return new CharBioFormat(Scheme.BMES);
	}

	public Scheme scheme() {
		return scheme;
	}

	@Override
	public String name() {
		return scheme == Scheme.BIO ? "chars" : "chars-bmes";
	}

	@Override
	public String offsetUnit() {
		return "code points (one line per Unicode code point; no offsets are written)";
	}

	@Override
	public String leavesOut() {
		return "whitespace characters, claims (sentence-long), spans of labels other than entities and metrics, the inner one of nested"
				+ " or overlapping spans (the longest is kept), and all metric values, notes, status and origin";
	}

	@Override
	public FormatSink open(Path folder, Tokenizer tokenizer) {
		SplitWriters files = new SplitWriters(folder, scheme == Scheme.BIO ? ".char.bio" : ".char.bmes");
		return new FormatSink() {
			@Override
			public void write(Report report, List<Span> spans, String split) throws IOException {
				writeReport(report.getText() == null ? "" : report.getText(), spans, scheme, files.of(split));
			}

			@Override
			public void close() throws IOException {
				files.close();
			}
		};
	}

	static void writeReport(String text, List<Span> spans, Scheme scheme, Writer out) throws IOException {
		List<Span> candidates = new ArrayList<>();
		for (Span span : SpanSelection.positives(spans, text)) {
			if (SpanSelection.entityLike(span)) {
				candidates.add(span);
			}
		}
		int m = candidates.size();
		int[] begins = new int[m];
		int[] ends = new int[m];
		int[] weights = new int[m];
		for (int k = 0; k < m; k++) {
			begins[k] = candidates.get(k).getBegin();
			ends[k] = candidates.get(k).getEnd();
			weights[k] = ends[k] - begins[k];
		}
		boolean[] keep = SpanSelection.outermost(begins, ends, weights);
		int[] owner = new int[text.length()];
		Arrays.fill(owner, -1);
		String[] labels = new String[m];
		for (int k = 0; k < m; k++) {
			if (keep[k]) {
				Arrays.fill(owner, begins[k], ends[k], k);
				labels[k] = SpanSelection.tagLabel(candidates.get(k).getLabel());
			}
		}

		// per sentence: the non-blank code points with their owner, then the tags; a report is
		// built in one buffer and written at once (per-character writes dominated the cost)
		int[] at = new int[text.length()];
		int[] owners = new int[text.length()];
		StringBuilder lines = new StringBuilder(text.length() * 8);
		for (Sentence sentence : Sentences.of(text)) {
			int count = 0;
			for (int i = sentence.begin(); i < sentence.end();) {
				int cp = text.codePointAt(i);
				if (!SpanSelection.blank(cp)) {
					at[count] = i;
					owners[count] = owner[i];
					count++;
				}
				i += Character.charCount(cp);
			}
			if (count == 0) {
				continue;
			}
			for (int c = 0; c < count; c++) {
				int o = owners[c];
				lines.appendCodePoint(text.codePointAt(at[c])).append(' ');
				if (o < 0) {
					lines.append('O');
				} else {
					boolean starts = c == 0 || owners[c - 1] != o;
					boolean last = c == count - 1 || owners[c + 1] != o;
					lines.append(prefix(scheme, starts, last)).append(labels[o]);
				}
				lines.append('\n');
			}
			lines.append('\n');
		}
		out.append(lines);
	}

	private static String prefix(Scheme scheme, boolean starts, boolean ends) {
		if (scheme == Scheme.BIO) {
			return starts ? "B-" : "I-";
		}
		if (starts) {
			return ends ? "S-" : "B-";
		}
		return ends ? "E-" : "M-";
	}
}
