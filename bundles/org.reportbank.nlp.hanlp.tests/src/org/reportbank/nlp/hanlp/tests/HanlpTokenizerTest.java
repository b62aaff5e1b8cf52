package org.reportbank.nlp.hanlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportbank.nlp.hanlp.HanlpTokenizer;
import org.reportbank.nlp.hanlp.Token;

/** The real HanLP, with its own dictionaries, inside OSGi. */
class HanlpTokenizerTest {

	private final HanlpTokenizer tokenizer = new HanlpTokenizer();

	@Test
	void segmentsAReportSentenceIntoWordsWithTheirOffsets() {
		String text = "2023年，区司法局受理行政复议申请68件。\n法治政府建设取得新成效。";
		List<Token> tokens = tokenizer.tokenize(text);
		for (Token t : tokens) {
			assertEquals(t.word(), text.substring(t.begin(), t.end()));
		}
		List<String> words = tokens.stream().map(Token::word).toList();
		assertTrue(words.contains("行政"), words.toString());
		assertTrue(words.contains("法治"), words.toString());
		assertTrue(tokens.stream().noneMatch(t -> t.word().contains("\n")), "no word spans two paragraphs");
	}

	@Test
	void offsetsStayRightAfterCharactersOutsideTheBasicPlane() {
		String text = "𠀀区😀司法局受理申请68件";
		List<Token> tokens = tokenizer.tokenize(text);
		for (Token t : tokens) {
			assertEquals(t.word(), text.substring(t.begin(), t.end()));
		}
		Token last = tokens.get(tokens.size() - 1);
		assertEquals(text.length(), last.end());
	}

	@Test
	void wordsAreNotGluedIntoPersonNames() {
		// with HanLP's person-name recognizer these were 安全和/nr, 程序中/nr and 卫计局/nr
		List<Token> tokens = tokenizer.tokenize("维护安全和稳定，在审查程序中发现问题，区卫计局开展执法。");
		List<String> words = tokens.stream().map(Token::word).toList();
		assertTrue(words.contains("安全") && words.contains("程序"), words.toString());
		assertTrue(tokens.stream().noneMatch(t -> t.pos().equals("nr")), tokens.toString());
	}
}
