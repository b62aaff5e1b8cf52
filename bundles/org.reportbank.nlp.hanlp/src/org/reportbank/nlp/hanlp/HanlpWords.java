package org.reportbank.nlp.hanlp;

import java.util.List;

import org.reportbank.core.text.Tokenizer;

/**
 * HanLP's words as the export formats take them. The segmenter (and its dictionaries) is loaded
 * on first use only, so an export to formats that need no tokens never pays for it.
 */
public final class HanlpWords implements Tokenizer {

	private HanlpTokenizer hanlp;

	@Override
	public List<Token> tokenize(String text) {
		if (hanlp == null) {
			hanlp = new HanlpTokenizer();
		}
		return hanlp.tokenize(text).stream()
				.map(t -> new Token(t.begin(), t.end(), t.pos() == null || t.pos().isEmpty() ? "_" : t.pos())).toList();
	}
}
