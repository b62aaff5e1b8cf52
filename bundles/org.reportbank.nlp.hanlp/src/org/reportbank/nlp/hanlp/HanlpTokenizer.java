package org.reportbank.nlp.hanlp;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Segments a report text into tokens with offsets, the base layer the editor snaps selections
 * to. The text is cut line by line (paragraphs never share a word), and each token's offsets are
 * checked against the text, so a HanLP normalization quirk cannot shift every later span.
 * <p>
 * HanLP's standard segmenter runs without its person-name recognizer: on these reports most of the
 * words it glued into names were none (安全和, 程序中, 卫计局, the place 柳南 of 柳南区), and it took
 * about 30% of the segmentation's time. People are found next to titles and in contact lines
 * instead ({@code PersonFinder}), place names HanLP does not know are glued before the body they
 * name ({@code CutStems}); docs/quality.md has the figures before and after.
 */
public final class HanlpTokenizer {

	/**
	 * Name and version of the segmenter and how it runs (no person names, HanLP's {@code nr}),
	 * recorded on what it produces: tokens stored under another name are not taken for its own.
	 */
	public static final String TOOL = "hanlp-portable-1.8.6/no-nr";

	private final Segment segment = HanLP.newSegment().enableOffset(true).enableNameRecognize(false);

	public List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>();
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			if (lineEnd > lineStart) {
				tokenizeLine(text, lineStart, lineEnd, tokens);
			}
			lineStart = lineEnd + 1;
		}
		return tokens;
	}

	private void tokenizeLine(String text, int lineStart, int lineEnd, List<Token> tokens) {
		String line = text.substring(lineStart, lineEnd);
		int searchFrom = 0;
		for (Term term : segment.seg(line)) {
			// find the word where HanLP says it is, or just after the previous one if it differs
			int at = line.startsWith(term.word, term.offset) ? term.offset : line.indexOf(term.word, searchFrom);
			if (at < 0 || term.word.isBlank()) {
				continue;
			}
			tokens.add(new Token(lineStart + at, lineStart + at + term.word.length(), term.word,
					term.nature == null ? "" : term.nature.toString()));
			searchFrom = at + term.word.length();
		}
	}
}
