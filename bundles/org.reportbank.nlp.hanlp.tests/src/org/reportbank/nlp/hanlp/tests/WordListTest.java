package org.reportbank.nlp.hanlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.reportbank.nlp.hanlp.internal.text.WordList;

class WordListTest {

	private static final String[] WORDS = { "不足", "不到位", "仍需", "仍存在", "问题", "将" };
	private final WordList words = WordList.of(WORDS);

	@Test
	void findsAWordAnywhereAsTheAlternationDoes() {
		Pattern alternation = Pattern.compile(String.join("|", WORDS));
		for (String sentence : List.of("执法监督仍存在薄弱环节。", "队伍建设不到位", "问题", "下一步将继续推进", "全年办理案件68件。", "", "不",
				"仍需", "存在不足")) {
			assertEquals(alternation.matcher(sentence).find(), words.occursIn(sentence), sentence);
		}
	}

	@Test
	void aWordMustLieWhollyInsideTheRange() {
		String text = "工作不到位。";
		assertTrue(words.occursIn(text, 2, 5));
		assertFalse(words.occursIn(text, 2, 4), "不到 is cut off from 不到位 by the range's end");
		assertFalse(words.occursIn(text, 3, 6));
	}

	@Test
	void everyOccurrenceIsReportedOverlappingOnesToo() {
		WordList phrases = WordList.of("一传十、十传百", "十传百", "四面八方");
		List<String> found = new ArrayList<>();
		String text = "四面八方，一传十、十传百，四面八方";
		phrases.forEachOccurrence(text, (begin, end) -> found.add(begin + "-" + end + ":" + text.substring(begin, end)));
		assertEquals(List.of("0-4:四面八方", "5-12:一传十、十传百", "9-12:十传百", "13-17:四面八方"), found);
	}

	@Test
	void emptyWordsAreIgnored() {
		assertFalse(WordList.of("", "").occursIn("任何文本"));
		assertTrue(WordList.of("", "文").occursIn("任何文本"));
	}
}
