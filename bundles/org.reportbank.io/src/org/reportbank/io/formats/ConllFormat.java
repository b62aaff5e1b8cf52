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
import org.reportbank.core.text.Tokenizer.Token;
import org.reportbank.model.Report;
import org.reportbank.model.Span;

/**
 * CoNLL-2003 ({@code <split>.conll}): one token per line, {@code FORM POS CHUNK NER} separated by single
 * spaces, a blank line after each sentence, and {@code -DOCSTART- -X- -X- O} plus a blank line before
 * each report. NER tags are IOB2 ({@code B-ORG}, {@code I-ORG}, {@code O}); the chunk column is always
 * {@code O}. Tokens come from the tokenizer passed in (HanLP on the command line), sentences from
 * {@link Sentences}.
 * <p>
 * A token is tagged with a span when it overlaps it, so a span is widened to whole tokens. Only entity
 * and metric spans are written; where they overlap or nest (in tokens), the longest is kept and the
 * others dropped. A span running over a sentence end starts again with B- in the next sentence.
 * <pre>
 * -DOCSTART- -X- -X- O
 *
 * 区 n O B-ORG
 * 司法局 n O I-ORG
 * 受理 v O O
 * 68件 m O B-METRIC
 * 。 w O O
 * </pre>
 */
public final class ConllFormat implements DatasetFormat {

	public static final String DOCSTART = "-DOCSTART- -X- -X- O";

	@Override
	public String name() {
		return "conll";
	}

	@Override
	public String offsetUnit() {
		return "tokens (no character offsets; spans are widened to the tokenizer's whole tokens)";
	}

	@Override
	public String leavesOut() {
		return "claims (sentence-long), spans of labels other than entities and metrics, the inner one of nested or overlapping spans"
				+ " (the longest is kept), the exact span edges inside a token, whitespace, and all metric values, notes, status and origin";
	}

	@Override
	public FormatSink open(Path folder, Tokenizer tokenizer) {
		SplitWriters files = new SplitWriters(folder, ".conll");
		return new FormatSink() {
			@Override
			public void write(Report report, List<Span> spans, String split) throws IOException {
				writeReport(report.getText() == null ? "" : report.getText(), spans, tokenizer, files.of(split));
			}

			@Override
			public void close() throws IOException {
				files.close();
			}
		};
	}

	static void writeReport(String text, List<Span> spans, Tokenizer tokenizer, Writer out) throws IOException {
		out.write(DOCSTART);
		out.write("\n\n");

		// the non-blank tokens, in order
		List<Token> tokens = new ArrayList<>();
		for (Token token : tokenizer.tokenize(text)) {
			if (token.begin() >= 0 && token.begin() < token.end() && token.end() <= text.length()
					&& !isBlank(text, token.begin(), token.end())) {
				tokens.add(token);
			}
		}
		tokens.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
		int n = tokens.size();
		int[] tokenBegins = new int[n];
		int[] tokenEnds = new int[n];
		for (int i = 0; i < n; i++) {
			tokenBegins[i] = tokens.get(i).begin();
			tokenEnds[i] = tokens.get(i).end();
		}

		// spans as token ranges [first, last + 1), outer wins
		List<Span> candidates = new ArrayList<>();
		for (Span span : SpanSelection.positives(spans, text)) {
			if (SpanSelection.entityLike(span)) {
				candidates.add(span);
			}
		}
		int m = candidates.size();
		int[] first = new int[m];
		int[] past = new int[m];
		int[] weight = new int[m];
		for (int k = 0; k < m; k++) {
			Span span = candidates.get(k);
			first[k] = firstEndingAfter(tokenEnds, span.getBegin());
			past[k] = firstBeginningAtOrAfter(tokenBegins, span.getEnd());
			weight[k] = span.getEnd() - span.getBegin();
		}
		boolean[] keep = SpanSelection.outermost(first, past, weight);
		int[] owner = new int[n];
		Arrays.fill(owner, -1);
		for (int k = 0; k < m; k++) {
			if (keep[k]) {
				for (int t = first[k]; t < past[k]; t++) {
					owner[t] = k;
				}
			}
		}

		// sentences: a token belongs to the sentence holding its first non-blank character
		List<Sentence> sentences = Sentences.of(text);
		int s = 0;
		int previousSentence = -1;
		int previousOwner = -1;
		StringBuilder line = new StringBuilder();
		for (int t = 0; t < n; t++) {
			int start = tokenBegins[t];
			while (start < tokenEnds[t] && SpanSelection.blank(text.codePointAt(start))) {
				start += Character.charCount(text.codePointAt(start));
			}
			while (s < sentences.size() - 1 && sentences.get(s).end() <= start) {
				s++;
			}
			if (previousSentence >= 0 && s != previousSentence) {
				out.write('\n');
				previousOwner = -1;
			}
			previousSentence = s;
			line.setLength(0);
			line.append(form(text.substring(tokenBegins[t], tokenEnds[t]))).append(' ')
					.append(form(tokens.get(t).pos())).append(" O ");
			if (owner[t] < 0) {
				line.append('O');
			} else {
				line.append(owner[t] == previousOwner ? "I-" : "B-").append(SpanSelection.tagLabel(candidates.get(owner[t]).getLabel()));
			}
			previousOwner = owner[t];
			out.append(line).append('\n');
		}
		if (previousSentence >= 0) {
			out.write('\n');
		}
	}

	private static boolean isBlank(String text, int begin, int end) {
		for (int i = begin; i < end; i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** A column value without whitespace (each blank character becomes '_'); "_" when empty. */
	static String form(String value) {
		if (value == null || value.isBlank()) {
			return "_";
		}
		String v = value.strip();
		if (v.codePoints().noneMatch(SpanSelection::blank)) {
			return v; // the usual case: nothing to replace, no copy
		}
		StringBuilder b = new StringBuilder(v.length());
		v.codePoints().forEach(cp -> {
			if (SpanSelection.blank(cp)) {
				b.append('_');
			} else {
				b.appendCodePoint(cp);
			}
		});
		return b.toString();
	}

	/** Index of the first token ending after offset (tokens ascending and disjoint). */
	private static int firstEndingAfter(int[] ends, int offset) {
		int lo = 0;
		int hi = ends.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (ends[mid] <= offset) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	/** Index of the first token beginning at or after offset. */
	private static int firstBeginningAtOrAfter(int[] begins, int offset) {
		int lo = 0;
		int hi = begins.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (begins[mid] < offset) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}
}
