package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.reportbank.core.internal.text.Chars;
import org.reportbank.core.internal.text.TextNormalizer;

/**
 * Text built to make the normalizer slow: endless lines of parentheses, blanks or commas. They
 * must be read as before, only without the quadratic time.
 */
class HostileTextTest {

	/** Characters the line normalizer treats specially, and none that make a header or chrome line. */
	private static final String ALPHABET = "()（）  \u3000\t国法年a12.．,:，Ａ３;!?";

	private final TextNormalizer normalizer = new TextNormalizer();

	@Test
	void linesAreNormalizedAsTheOldNormalizerDid() {
		Random random = new Random(5);
		for (int round = 0; round < 20_000; round++) {
			StringBuilder line = new StringBuilder();
			int length = random.nextInt(30);
			for (int i = 0; i < length; i++) {
				line.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			assertNormalizedAsBefore(line.toString());
		}
	}

	@Test
	void longHostileLinesAreNormalizedAsTheOldNormalizerDid() {
		for (String filler : List.of("(", ")", "（", " ", "国 ", "( 国 ", ",", ", ")) {
			assertNormalizedAsBefore(HostileInputs.oneLine(20_000, filler));
		}
	}

	@Test
	void megabyteLinesOfParenthesesBlanksOrCommasAreNormalized() {
		String parens = HostileInputs.oneLine(1 << 20, "(");
		assertEquals(parens, normalizer.normalize(parens).text(), "no parenthesis is closed, so none changes");
		String blanks = HostileInputs.oneLine(1 << 20, " ");
		assertEquals(HostileInputs.LINE + HostileInputs.LINE, normalizer.normalize(blanks).text(), "blanks beside Chinese go");
		String header = "来源：" + HostileInputs.oneLine(1 << 20, ",");
		assertEquals(header.length(), normalizer.normalize(header).text().length(), "too long for a header, kept as text");
	}

	private void assertNormalizedAsBefore(String line) {
		String stripped = Chars.strip(line);
		String expected = stripped.isEmpty() ? "" : OldLineNormalizer.normalize(stripped);
		assertEquals(expected, normalizer.normalize(line).text(), () -> "line: \"" + line + "\"");
	}
}
