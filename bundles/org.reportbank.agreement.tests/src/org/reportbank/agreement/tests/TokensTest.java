package org.reportbank.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportbank.agreement.Annotation;
import org.reportbank.agreement.TokenLabels;
import org.reportbank.agreement.Tokens;
import org.reportbank.testing.Fixtures;
import org.reportbank.model.Report;

/** Tokens (words of the tokenization, else characters; blanks left out) and the labels annotators give them. */
class TokensTest {

	@Test
	void wordsOfThePreannotationTokenizationWithoutBlanks() {
		// 区司法局 受理 \n 68件
		Report report = Fixtures.report("r", "区司法局受理\n68件");
		Reports.tokenized(report, "4,2,1,3");
		Tokens tokens = Tokens.of(report);
		assertEquals(Tokens.Unit.WORDS, tokens.unit());
		assertEquals(3, tokens.size());
		assertEquals(7, tokens.begin(2));
		assertEquals(10, tokens.end(2));
	}

	@Test
	void charactersWithoutATokenizationOrWithOneForAnotherText() {
		Report plain = Fixtures.report("r", "区 局\u3000😀");
		Tokens tokens = Tokens.of(plain);
		assertEquals(Tokens.Unit.CHARACTERS, tokens.unit());
		assertEquals(3, tokens.size(), "区, 局, and the emoji as one code point; the blank and U+3000 left out");
		assertEquals(4, tokens.begin(2));
		assertEquals(6, tokens.end(2));

		Report stale = Fixtures.report("r", "区司法局受理");
		Reports.tokenized(stale, "4,3");
		assertEquals(Tokens.Unit.CHARACTERS, Tokens.of(stale).unit(), "lengths that do not add up to the text are not used");
		assertNull(Tokens.words("ab", "1,x"));
	}

	/**
	 * Tokens 区司法局 | 受理 | 68件 | 。: ORG 0..4, METRIC 6..9, and a claim ACHIEVEMENT 0..10 over all
	 * of it. The claim covers every token; where an entity lies inside it, the entity's label (the
	 * shorter span) is the token's label. A span touching part of a token labels the token.
	 */
	@Test
	void innermostLabelPerTokenAndEveryLabelOnItsOwn() {
		String text = "区司法局受理68件。";
		Tokens tokens = Tokens.words(text, "4,2,3,1");
		TokenLabels labels = new TokenLabels(tokens, List.of(new Annotation(0, 10, "ACHIEVEMENT"), new Annotation(0, 4, "ORG"),
				new Annotation(6, 8, "METRIC")));
		assertArrayEquals(new String[] { "ORG", "ACHIEVEMENT", "METRIC", "ACHIEVEMENT" }, labels.sequence());
		assertEquals(4, labels.covered("ACHIEVEMENT").cardinality());
		assertEquals(1, labels.covered("METRIC").cardinality());
		assertEquals(0, labels.covered("LAW").cardinality());

		TokenLabels none = new TokenLabels(tokens, List.of());
		assertArrayEquals(new String[] { "O", "O", "O", "O" }, none.sequence());
	}
}
