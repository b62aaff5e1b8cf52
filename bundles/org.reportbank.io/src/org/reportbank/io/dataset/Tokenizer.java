package org.reportbank.io.dataset;

import java.util.List;

/**
 * Word tokens for the token-based formats (CoNLL). The io bundle does not depend on HanLP: the
 * caller passes HanLP's tokenizer (the command line and the workbench do).
 */
@FunctionalInterface
public interface Tokenizer {

	/** A token: UTF-16 offsets into the text and its part-of-speech tag ("_" when unknown). */
	record Token(int begin, int end, String pos) {
	}

	/** The tokens of the text in order, covering every non-blank character. */
	List<Token> tokenize(String text);
}
