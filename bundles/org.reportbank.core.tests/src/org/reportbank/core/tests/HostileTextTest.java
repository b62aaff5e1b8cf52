package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.ReportImporter;
import org.reportbank.core.internal.structure.SectionNode;
import org.reportbank.core.internal.structure.SectionParser;
import org.reportbank.core.internal.text.Chars;
import org.reportbank.core.internal.text.TextNormalizer;
import org.reportbank.core.store.StoreLimits;
import org.reportbank.model.Report;
import org.reportbank.model.Section;

/**
 * Text built to make the normalizer and parsers slow or deep: endless lines of parentheses,
 * blanks or commas, endless headings and nesting. They must be read as before, only without the
 * quadratic time or the deep recursion.
 */
class HostileTextTest {

	/** Characters the line normalizer treats specially, and none that make a header or chrome line. */
	private static final String ALPHABET = "()（）  \u3000\t国法年a12.．,:，Ａ３;!?";

	@TempDir
	Path dir;

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

	@Test
	void aHundredThousandHeadingsInARowAreAsManySections() {
		List<SectionNode> roots = new SectionParser().parse(HostileInputs.headings(100_000), 0);
		assertEquals(100_001, roots.size(), "the preamble and every heading");
		assertEquals("s100000", roots.get(100_000).id);
	}

	@Test
	void nestedNumberingNeverMakesATreeDeeperThanTheStoreHolds() throws Exception {
		assertTrue(SectionParser.MAX_DEPTH <= StoreLimits.MAX_SECTION_DEPTH);
		String text = HostileInputs.nestedNumbering(5_000);
		List<SectionNode> roots = new SectionParser().parse(text, 0);
		assertEquals(SectionParser.MAX_DEPTH, depthOfNodes(roots), "every style once, enumerations below");
		Report report = new ReportImporter().read(HostileInputs.write(dir, "nested.txt", text));
		assertEquals(SectionParser.MAX_DEPTH, depthOfSections(report.getSections()));
	}

	@Test
	void aPageNestedAHundredThousandDeepIsRead() throws Exception {
		Report report = new ReportImporter().read(HostileInputs.write(dir, "deep.html", HostileInputs.deepHtml(100_000)));
		assertEquals(HostileInputs.LINE.repeat(10), report.getText());
	}

	private void assertNormalizedAsBefore(String line) {
		String stripped = Chars.strip(line);
		String expected = stripped.isEmpty() ? "" : OldLineNormalizer.normalize(stripped);
		assertEquals(expected, normalizer.normalize(line).text(), () -> "line: \"" + line + "\"");
	}

	private static int depthOfNodes(List<SectionNode> roots) {
		int deepest = 0;
		Deque<SectionNode> pending = new ArrayDeque<>(roots);
		while (!pending.isEmpty()) {
			SectionNode node = pending.pop();
			int depth = 1;
			for (SectionNode p = node.parent; p != null; p = p.parent) {
				depth++;
			}
			deepest = Math.max(deepest, depth);
			pending.addAll(node.children);
		}
		return deepest;
	}

	private static int depthOfSections(List<Section> roots) {
		int deepest = 0;
		Deque<Section> pending = new ArrayDeque<>(roots);
		while (!pending.isEmpty()) {
			Section section = pending.pop();
			deepest = Math.max(deepest, section.getLevel());
			pending.addAll(section.getChildren());
		}
		return deepest;
	}
}
