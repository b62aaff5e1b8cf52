package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportbank.core.importing.ImportException;
import org.reportbank.core.importing.ReportImporter;
import org.reportbank.model.Report;
import org.reportbank.model.Section;
import org.reportbank.model.SectionKind;

/** The three sample reports, imported as a user would: titles, regions, years and section trees. */
class SeedReportsTest {

	static Path seed(String name) {
		return Path.of(System.getProperty("reportbank.root", "../..")).resolve("seeds").resolve(name);
	}

	private static Report read(String name) throws ImportException {
		return new ReportImporter().read(seed(name));
	}

	@Test
	void liunan2021() throws Exception {
		Report r = read("000_2d72018e1f56853b.txt");
		assertEquals("柳南区2021年法治政府建设工作情况报告", r.getTitle());
		assertEquals("柳南区", r.getRegion());
		assertEquals(2021, r.getYear());
		assertTopLevel(r, List.of("", "一、", "二、", "三、"),
				List.of(SectionKind.PREAMBLE, SectionKind.ACHIEVEMENTS, SectionKind.PROBLEMS, SectionKind.PLANS));
		Section achievements = r.getSections().get(1);
		assertEquals(4, achievements.getChildren().size(), "（一）…（四）");
		assertEquals(List.of("1.", "2.", "3.", "4."),
				achievements.getChildren().get(1).getChildren().stream().map(Section::getNumbering).toList());
		assertFalse(r.getText().contains("\n\n"), "blank lines between paragraphs are dropped");
	}

	@Test
	void chengzhong2023IsPastedTwiceAndKeptOnce() throws Exception {
		Report r = read("002_2da23d56d58a0cbd.txt");
		assertEquals("柳州市城中区2023年法治政府建设年度报告", r.getTitle());
		assertEquals("柳州市城中区", r.getRegion());
		assertEquals(2023, r.getYear());
		assertEquals(1, occurrences(r.getText(), "三、下一步工作打算"), "the second copy is dropped");
		assertTopLevel(r, List.of("", "一、", "二、", "三、"),
				List.of(SectionKind.PREAMBLE, SectionKind.ACHIEVEMENTS, SectionKind.PROBLEMS, SectionKind.PLANS));
		assertEquals(12, r.getSections().get(1).getChildren().size(), "（一）…（十二）");
		assertEquals("（一）", r.getSections().get(1).getChildren().get(0).getNumbering(), "half-width (一) made full-width");
		assertTrue(r.getMetadata().stream().anyMatch(m -> m.getKey().equals("审核领导") && m.getValue().equals("李德永")));
		assertFalse(r.getText().contains("信息员"), "the contact line moved to metadata");
		assertTrue(r.getNormalizations().stream().anyMatch(n -> n.getKind().equals("repeated-copy-dropped")));
	}

	@Test
	void jiangnan2017IsSignedIn2018() throws Exception {
		Report r = read("004_da950378957249dd.txt");
		assertEquals("南宁市江南区人民政府2017年法治政府建设工作报告", r.getTitle());
		assertEquals("南宁市江南区", r.getRegion());
		assertEquals(2017, r.getYear());
		assertEquals("南宁江南区人民政府", r.getPublisher());
		assertEquals("2018-01-26", r.getPublished());
		assertFalse(r.getText().contains("分享按钮"));
		assertTopLevel(r, List.of("", "一、", "二、", "三、"),
				List.of(SectionKind.PREAMBLE, SectionKind.ACHIEVEMENTS, SectionKind.PROBLEMS, SectionKind.PLANS));
		assertEquals(9, r.getSections().get(1).getChildren().size(), "（一）…（九）");
		assertEquals(8, r.getSections().get(3).getChildren().size(), "the 2018 plan has eight parts");
	}

	@Test
	void sameTextSameIdAndEveryOffsetInsideTheText() throws Exception {
		Report a = read("000_2d72018e1f56853b.txt");
		Report b = read("000_2d72018e1f56853b.txt");
		assertEquals(a.getId(), b.getId());
		assertEquals(16, a.getId().length());
		for (Section s : a.getSections()) {
			assertSectionInside(s, a.getText().length());
		}
		assertNull(a.getPublished(), "the text gives no publication date");
	}

	private static void assertSectionInside(Section s, int length) {
		assertTrue(0 <= s.getBegin() && s.getBegin() <= s.getHeadingEnd() && s.getHeadingEnd() <= s.getEnd() && s.getEnd() <= length,
				s.getId() + " " + s.getBegin() + "-" + s.getEnd());
		s.getChildren().forEach(c -> assertSectionInside(c, length));
	}

	private static void assertTopLevel(Report r, List<String> numbering, List<SectionKind> kinds) {
		assertEquals(numbering, r.getSections().stream().map(Section::getNumbering).toList());
		assertEquals(kinds, r.getSections().stream().map(Section::getKind).toList());
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}
}
