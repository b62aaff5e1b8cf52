package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.reportbank.core.internal.text.EncodingDetector;
import org.reportbank.core.internal.text.EncodingDetector.UndecodableException;

class EncodingDetectorTest {

	private static final String REPORT = "柳南区2021年法治政府建设工作情况报告\n2021年，柳南区坚持依法行政，全年受理行政复议案件68件，败诉率4%。";

	@Test
	void readsUtf8WithAndWithoutBom() throws Exception {
		assertEquals(REPORT, EncodingDetector.decode(REPORT.getBytes(StandardCharsets.UTF_8)).text());
		byte[] body = REPORT.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[body.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(body, 0, withBom, 3, body.length);
		EncodingDetector.Decoded decoded = EncodingDetector.decode(withBom);
		assertEquals(REPORT, decoded.text(), "the BOM is not part of the text");
		assertEquals("UTF-8 (BOM)", decoded.encoding());
	}

	@Test
	void readsGbkAndGb18030() throws Exception {
		EncodingDetector.Decoded gbk = EncodingDetector.decode(REPORT.getBytes(Charset.forName("GBK")));
		assertEquals(REPORT, gbk.text());
		assertEquals("GBK", gbk.encoding());
		String beyondGbk = REPORT + "𠀀"; // CJK Extension B needs GB18030's four-byte form
		EncodingDetector.Decoded gb18030 = EncodingDetector.decode(beyondGbk.getBytes(Charset.forName("GB18030")));
		assertEquals(beyondGbk, gb18030.text());
		assertEquals("GB18030", gb18030.encoding());
	}

	@Test
	void readsUtf16WithBomAndWithout() throws Exception {
		assertEquals(REPORT, EncodingDetector.decode(REPORT.getBytes(StandardCharsets.UTF_16)).text());
		EncodingDetector.Decoded le = EncodingDetector.decode(REPORT.getBytes(StandardCharsets.UTF_16LE));
		assertEquals(REPORT, le.text());
		assertEquals("UTF-16LE", le.encoding());
	}

	@Test
	void readsTraditionalCharactersInBig5() throws Exception {
		String traditional = "江南區2017年法治政府建設工作報告\n本區認真貫徹落實黨中央決策部署，全年辦理行政復議案件十二件，實現依法行政。";
		EncodingDetector.Decoded decoded = EncodingDetector.decode(traditional.getBytes(Charset.forName("Big5")));
		assertEquals(traditional, decoded.text());
		assertEquals("Big5", decoded.encoding());
	}

	@Test
	void refusesEmptyBinaryTruncatedAndUnknown() {
		assertMessage("empty", new byte[0]);
		byte[] binary = new byte[256];
		for (int i = 0; i < binary.length; i++) {
			binary[i] = (byte) i;
		}
		assertMessage("binary", binary);
		byte[] utf8 = REPORT.getBytes(StandardCharsets.UTF_8);
		assertMessage("truncated", Arrays.copyOf(utf8, utf8.length - 2)); // cut inside the last 。
		assertMessage("encoding", "Le café est très bon à Genève, où l'on parle français.".getBytes(StandardCharsets.ISO_8859_1));
	}

	private static void assertMessage(String expected, byte[] bytes) {
		UndecodableException e = assertThrows(UndecodableException.class, () -> EncodingDetector.decode(bytes));
		assertTrue(e.getMessage().contains(expected), e.getMessage());
	}
}
