package org.reportbank.io.formats;

import java.io.IOException;
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
		TextBuffer lines = new TextBuffer();
		return new FormatSink() {
			@Override
			public void write(Report report, List<Span> spans, String split) throws IOException {
				lines.clear();
				appendReport(report.getText() == null ? "" : report.getText(), spans, tokenizer, lines);
				lines.writeTo(files.of(split)); // one write per report
			}

			@Override
			public void close() throws IOException {
				files.close();
			}
		};
	}

	/** Appends the lines of one report: the -DOCSTART- line, then a line per token and a blank line per sentence. */
	static void appendReport(String text, List<Span> spans, Tokenizer tokenizer, TextBuffer lines) {
		lines.append(DOCSTART).append("\n\n");

		// the non-blank tokens, in order (the tokenizer gives them in order; sorted only if not)
		List<Token> all = tokenizer.tokenize(text);
		int n = 0;
		int[] tokenBegins = new int[all.size()];
		int[] tokenEnds = new int[all.size()];
		String[] pos = new String[all.size()];
		boolean inOrder = true;
		for (Token token : all) {
			if (token.begin() >= 0 && token.begin() < token.end() && token.end() <= text.length()
					&& !isBlank(text, token.begin(), token.end())) {
				inOrder &= n == 0 || tokenBegins[n - 1] <= token.begin();
				tokenBegins[n] = token.begin();
				tokenEnds[n] = token.end();
				pos[n] = token.pos();
				n++;
			}
		}
		if (!inOrder) {
			sortByBegin(tokenBegins, tokenEnds, pos, n);
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
			first[k] = firstEndingAfter(tokenEnds, n, span.getBegin());
			past[k] = firstBeginningAtOrAfter(tokenBegins, n, span.getEnd());
			weight[k] = span.getEnd() - span.getBegin();
		}
		boolean[] keep = SpanSelection.outermost(first, past, weight);
		String[] tags = new String[m];
		int[] owner = new int[n];
		Arrays.fill(owner, -1);
		for (int k = 0; k < m; k++) {
			if (keep[k]) {
				tags[k] = SpanSelection.tagLabel(candidates.get(k).getLabel());
				for (int t = first[k]; t < past[k]; t++) {
					owner[t] = k;
				}
			}
		}

		// sentences: a token belongs to the sentence holding its first non-blank character
		List<Sentence> sentences = Sentences.of(text);
		int lastSentence = sentences.size() - 1;
		int s = 0;
		int sentenceEnd = lastSentence < 0 ? 0 : sentences.get(0).end();
		int previousSentence = -1;
		int previousOwner = -1;
		for (int t = 0; t < n; t++) {
			int start = tokenBegins[t];
			while (start < tokenEnds[t]) {
				int cp = text.codePointAt(start);
				if (!SpanSelection.blank(cp)) {
					break;
				}
				start += Character.charCount(cp);
			}
			while (s < lastSentence && sentenceEnd <= start) {
				sentenceEnd = sentences.get(++s).end();
			}
			if (previousSentence >= 0 && s != previousSentence) {
				lines.append('\n');
				previousOwner = -1;
			}
			previousSentence = s;
			appendForm(lines, text, tokenBegins[t], tokenEnds[t]);
			lines.append(' ');
			String p = pos[t];
			appendForm(lines, p == null ? "" : p, 0, p == null ? 0 : p.length());
			lines.append(" O ");
			int o = owner[t];
			if (o < 0) {
				lines.append('O');
			} else {
				lines.append(o == previousOwner ? "I-" : "B-").append(tags[o]);
			}
			previousOwner = o;
			lines.append('\n');
		}
		if (previousSentence >= 0) {
			lines.append('\n');
		}
	}

	/** Tokens in the order of their begin; equal begins keep their order (a stable sort, as List.sort). */
	private static void sortByBegin(int[] begins, int[] ends, String[] pos, int n) {
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Integer.compare(begins[a], begins[b]));
		int[] b = Arrays.copyOf(begins, n);
		int[] e = Arrays.copyOf(ends, n);
		String[] p = Arrays.copyOf(pos, n);
		for (int i = 0; i < n; i++) {
			begins[i] = b[order[i]];
			ends[i] = e[order[i]];
			pos[i] = p[order[i]];
		}
	}

	private static boolean isBlank(String text, int begin, int end) {
		for (int i = begin; i < end; i++) {
			if (!SpanSelection.whitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Appends text[begin, end) as a column value: blanks trimmed at the ends and '_' inside, "_" if
	 * nothing is left. Runs without a blank are copied whole.
	 */
	static void appendForm(TextBuffer out, String text, int begin, int end) {
		while (begin < end) {
			int cp = text.codePointAt(begin);
			if (!SpanSelection.blank(cp)) {
				break;
			}
			begin += Character.charCount(cp);
		}
		while (end > begin && SpanSelection.whitespace(text.charAt(end - 1))) {
			end--;
		}
		if (begin == end) {
			out.append('_');
			return;
		}
		int run = begin;
		int i = begin;
		while (i < end) {
			int cp = text.codePointAt(i);
			int next = i + Character.charCount(cp);
			if (SpanSelection.blank(cp)) {
				out.append(text, run, i).append('_');
				run = next;
			}
			i = next;
		}
		out.append(text, run, i); // i passes end when a token ends inside a surrogate pair: the pair is written whole
	}

	/** Index of the first token ending after offset (tokens ascending and disjoint). */
	private static int firstEndingAfter(int[] ends, int n, int offset) {
		int lo = 0;
		int hi = n;
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
	private static int firstBeginningAtOrAfter(int[] begins, int n, int offset) {
		int lo = 0;
		int hi = n;
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
