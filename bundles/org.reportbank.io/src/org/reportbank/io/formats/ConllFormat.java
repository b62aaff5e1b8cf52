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
		String[] tags = new String[m];
		for (int k = 0; k < m; k++) {
			tags[k] = SpanSelection.tagLabel(candidates.get(k).getLabel());
		}
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
		StringBuilder lines = new StringBuilder(text.length() * 6); // one write per report
		for (int t = 0; t < n; t++) {
			int start = tokenBegins[t];
			while (start < tokenEnds[t] && SpanSelection.blank(text.codePointAt(start))) {
				start += Character.charCount(text.codePointAt(start));
			}
			while (s < sentences.size() - 1 && sentences.get(s).end() <= start) {
				s++;
			}
			if (previousSentence >= 0 && s != previousSentence) {
				lines.append('\n');
				previousOwner = -1;
			}
			previousSentence = s;
			line.setLength(0);
			appendForm(line, text, tokenBegins[t], tokenEnds[t]);
			line.append(' ');
			String pos = tokens.get(t).pos();
			appendForm(line, pos == null ? "" : pos, 0, pos == null ? 0 : pos.length());
			line.append(" O ");
			if (owner[t] < 0) {
				line.append('O');
			} else {
				line.append(owner[t] == previousOwner ? "I-" : "B-").append(tags[owner[t]]);
			}
			previousOwner = owner[t];
			lines.append(line).append('\n');
		}
		if (previousSentence >= 0) {
			lines.append('\n');
		}
		out.append(lines);
	}

	private static boolean isBlank(String text, int begin, int end) {
		for (int i = begin; i < end; i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** Appends text[begin, end) as a column value: blanks trimmed at the ends and '_' inside, "_" if nothing is left. */
	static void appendForm(StringBuilder out, String text, int begin, int end) {
		while (begin < end && SpanSelection.blank(text.codePointAt(begin))) {
			begin += Character.charCount(text.codePointAt(begin));
		}
		while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (begin == end) {
			out.append('_');
			return;
		}
		for (int i = begin; i < end;) {
			int cp = text.codePointAt(i);
			if (SpanSelection.blank(cp)) {
				out.append('_');
			} else {
				out.appendCodePoint(cp);
			}
			i += Character.charCount(cp);
		}
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
