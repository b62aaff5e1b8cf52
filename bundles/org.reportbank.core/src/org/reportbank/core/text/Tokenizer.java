package org.reportbank.core.text;

import java.util.List;

/**
 * Word tokens for the token-based export formats (CoNLL). Defined here so the export (io) does
 * not depend on HanLP: callers pass HanLP's words (org.reportbank.nlp.hanlp.HanlpWords).
 */
@FunctionalInterface
public interface Tokenizer {

	/** A token: UTF-16 offsets into the text and its part-of-speech tag ("_" when unknown). */
	record Token(int begin, int end, String pos) {
	}

	/** The tokens of the text in order, covering every non-blank character. */
	List<Token> tokenize(String text);
}
