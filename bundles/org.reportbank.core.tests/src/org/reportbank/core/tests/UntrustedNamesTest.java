package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportbank.core.importing.ReportImporter;
import org.reportbank.core.store.AnnotatorNames;
import org.reportbank.core.store.LayerIds;
import org.reportbank.core.store.ReportIds;
import org.reportbank.core.text.Untrusted;
import org.reportbank.core.text.XmlChars;
import org.reportbank.model.LayerKind;

/** The names and characters a corpus file may hold, whoever wrote it. */
class UntrustedNamesTest {

	@Test
	void aReportIdIsTheImportersHashAndNothingElse() {
		assertTrue(ReportIds.isValid(ReportImporter.idOf("某区2023年法治政府建设情况报告")));
		for (String bad : new String[] { null, "", "../../x", "/etc/passwd", "rep 1", "2d72018e1f56853B", "2d72018e1f56853",
				"2d72018e1f56853b0",
				"2d72018e1f56853b/", "..", "2d72018e1f56853\u0000" }) {
			assertFalse(ReportIds.isValid(bad), String.valueOf(bad));
			assertNotNull(ReportIds.problem(bad));
		}
	}

	@Test
	void layersAreCalledAfterTheirKindOrTheirAnnotator() {
		assertNull(LayerIds.problem("preannotation", LayerKind.PREANNOTATION));
		assertNull(LayerIds.problem("gold", LayerKind.GOLD));
		assertNull(LayerIds.problem("王芳", LayerKind.ANNOTATOR));
		assertNotNull(LayerIds.problem("hanlp", LayerKind.PREANNOTATION));
		assertNotNull(LayerIds.problem("gold", LayerKind.ANNOTATOR), "an annotator's layer cannot replace gold");
		assertNotNull(LayerIds.problem("Preannotation", LayerKind.ANNOTATOR));
		assertNotNull(LayerIds.problem(" 王芳", LayerKind.ANNOTATOR));
		assertNotNull(LayerIds.problem("a\u0000b", LayerKind.ANNOTATOR));
		assertNotNull(LayerIds.problem("王芳", null));
	}

	@Test
	void annotatorNamesRefuseReservedNamesAndControlCharacters() {
		assertNotNull(AnnotatorNames.problem("ACCEPTED"));
		assertNotNull(AnnotatorNames.problem("a\u0007b"));
		assertNotNull(AnnotatorNames.problem("x".repeat(65)));
		assertNull(AnnotatorNames.problem("Li Ming"));
		assertTrue(AnnotatorNames.isReserved(" Gold "));
		assertFalse(AnnotatorNames.isReserved("goldie"));
	}

	@Test
	void xmlCannotHoldNulNorNonCharactersNorHalfASurrogatePair() {
		assertEquals(-1, XmlChars.firstInvalid("受理68件\t败诉率4%\r\n𠀀"));
		assertEquals(2, XmlChars.firstInvalid("ab\u0000"));
		assertEquals(1, XmlChars.firstInvalid("a\uFFFE"));
		assertEquals(1, XmlChars.firstInvalid("a\uD800b"), "a lone high surrogate");
		assertEquals(0, XmlChars.firstInvalid("\uDC00"), "a lone low surrogate");
		assertEquals("U+0000 at character 2", XmlChars.problem("ab\u0000"));
		assertNull(XmlChars.problem("法治"));
	}

	@Test
	void anUntrustedValueIsQuotedShortAndWithoutControlCharacters() {
		String text = "第一行\n第二行\u001b[2J" + "长".repeat(100);
		String quoted = Untrusted.quote(text);
		assertFalse(quoted.contains("\n") || quoted.contains("\u001b"), quoted);
		assertTrue(quoted.startsWith("\"第一行\\u000A第二行\\u001B[2J"), quoted);
		assertTrue(quoted.length() < 80, quoted);
		assertTrue(quoted.endsWith("…\""));
		assertEquals("\"𠀀\\uD800\"", Untrusted.quote("𠀀\uD800"));
		assertEquals("null", Untrusted.quote(null));
	}
}
