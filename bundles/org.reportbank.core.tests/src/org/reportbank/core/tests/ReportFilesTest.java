package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.ImportException;
import org.reportbank.core.importing.ReportImporter;
import org.reportbank.model.Report;

/** Report files in the forms they come in, and the bad files users will feed in. */
class ReportFilesTest {

	static final String REPORT = """
			秦州区2022年法治政府建设情况报告
			2022年，秦州区坚持以习近平法治思想为指导，全面推进依法行政。
			一、主要举措和成效
			（一）深化行政复议体制改革。全年受理行政复议申请68件，败诉率4%。
			二、存在的问题
			法治队伍力量不足。
			三、下一步工作打算
			继续推进法治政府建设。""";

	@TempDir
	Path dir;

	private final ReportImporter importer = new ReportImporter();

	@Test
	void datasetFilesGivenAsReportsAreNamedWithTheOptionThatImportsThem() throws Exception {
		String jsonl = "{\"id\":\"7fcd1cc95139ab5c\",\"title\":\"秦州区2022年法治政府建设情况报告\",\"text\":\"秦州区2022年法治政府建设情况报告\\n2022年，秦州区坚持以习近平法治思想为指导，全面推进依法行政。\","
				+ "\"sections\":[],\"layers\":[]}\n";
		String doccano = "{\"id\":1,\"text\":\"秦州区司法局受理行政复议申请68件，败诉率4%，全面推进依法行政工作。\",\"label\":[[0,6,\"ORG\"]]}\n";
		String other = "{\"text\":\"秦州区司法局受理行政复议申请68件，败诉率4%，全面推进依法行政工作。\"}\n";

		ImportException export = assertThrows(ImportException.class,
				() -> importer.read(write("corpus.jsonl", jsonl.getBytes(StandardCharsets.UTF_8))));
		ImportException labels = assertThrows(ImportException.class,
				() -> importer.read(write("labels.txt", ("\uFEFF\n" + doccano).getBytes(StandardCharsets.UTF_8))));
		ImportException lines = assertThrows(ImportException.class,
				() -> importer.read(write("lines.jsonl", other.getBytes(StandardCharsets.UTF_8))));

		assertTrue(export.getMessage().contains("corpus.jsonl") && export.getMessage().contains("Reportbank JSONL export")
				&& export.getMessage().contains("--jsonl"), export.getMessage());
		assertTrue(labels.getMessage().contains("labels.txt") && labels.getMessage().contains("doccano")
				&& labels.getMessage().contains("--doccano"), labels.getMessage());
		assertTrue(lines.getMessage().contains("JSON lines, not a report"), lines.getMessage());
		assertTrue(importer.read(write("report.txt", ("{这不是JSON}\n" + REPORT).getBytes(StandardCharsets.UTF_8))).getText()
				.contains("受理行政复议申请68件"), "a report whose first line has braces is still a report");
	}

	@Test
	void aGbkFileReadsLikeItsUtf8Twin() throws Exception {
		Report gbk = importer.read(write("gbk.txt", REPORT.getBytes(Charset.forName("GBK"))));
		Report utf8 = importer.read(write("utf8.txt", REPORT.getBytes(StandardCharsets.UTF_8)));
		assertEquals(utf8.getText(), gbk.getText());
		assertEquals(utf8.getId(), gbk.getId(), "same normalized text, same id");
		assertEquals("GBK", gbk.getSource().getEncoding());
		assertEquals("秦州区", gbk.getRegion());
		assertEquals(64, gbk.getSource().getSha256().length());
	}

	@Test
	void anHtmlPageLosesItsChromeAndKeepsItsHeader() throws Exception {
		String html = """
				<!DOCTYPE html><html><head><meta charset="utf-8"><title>秦州区2022年法治政府建设情况报告_秦州区人民政府</title>
				<script>var tracking = 1;</script></head><body>
				<div class="nav"><a href="/">首页</a> <a href="/gk">政务公开</a></div>
				<table class="meta"><tr><td>索引号</td><td>620502/2023-00031</td><td>发布机构</td><td>秦州区司法局</td></tr>
				<tr><td>生成日期</td><td>2023-02-20</td><td>主题分类</td><td>法治</td></tr></table>
				<h1>秦州区2022年法治政府建设情况报告</h1>
				<div id="zoom"><p>2022年，秦州区坚持以习近平法治思想为指导，全面推进依法行政。</p>
				<p>一、主要举措和成效</p><p>（一）深化行政复议体制改革。全年受理行政复议申请68件，败诉率4%。</p>
				<p>二、存在的问题</p><p>法治队伍力量不足。</p><p>三、下一步工作打算</p><p>继续推进法治政府建设。</p></div>
				<div class="footer">分享到：微信 微博</div><div>打印本页 关闭窗口</div>
				</body></html>""";
		Report r = importer.read(write("page.html", html.getBytes(StandardCharsets.UTF_8)));
		assertEquals("秦州区2022年法治政府建设情况报告", r.getTitle());
		assertEquals(REPORT, r.getText());
		assertEquals("秦州区司法局", r.getPublisher());
		assertEquals("2023-02-20", r.getPublished());
		assertEquals("html", r.getSource().getFormat());
		assertEquals(4, r.getSections().size());
	}

	@Test
	void aPageWithParagraphsRightUnderBodyAndItsTitleInH2() throws Exception {
		StringBuilder html = new StringBuilder("<html><head><meta charset=\"gbk\"><title>关于2022年度法治政府建设情况的报告</title></head><body>"
				+ "<div class=\"logo\">某县人民政府</div><h2>秦州区2022年法治政府建设情况报告</h2>");
		for (String paragraph : REPORT.substring(REPORT.indexOf('\n') + 1).split("\n")) {
			html.append("<p>").append(paragraph).append("</p>");
		}
		html.append("</body></html>");
		Report r = importer.read(write("body.html", html.toString().getBytes(Charset.forName("GBK"))));
		assertEquals("秦州区2022年法治政府建设情况报告", r.getTitle());
		assertEquals(4, r.getSections().size());
	}

	@Test
	void aPdfWithATextLayerIsReadAndItsWrappedLinesJoined() throws Exception {
		Path pdf = dir.resolve("report.pdf");
		writePdf(pdf, wrap(REPORT, 28));
		Report r = importer.read(pdf);
		assertEquals("秦州区2022年法治政府建设情况报告", r.getTitle());
		assertEquals(REPORT, r.getText(), "lines wrapped at the page edge are joined again");
		assertEquals("pdf", r.getSource().getFormat());
		assertEquals(4, r.getSections().size());
	}

	@Test
	void aPdfIsReadPageByPageIntoTheTextOfTheWholeDocument() throws Exception {
		Path pdf = dir.resolve("pages.pdf");
		writePdf(pdf, wrap(REPORT, 28), 2);
		Report r = importer.read(pdf);
		assertEquals(REPORT, r.getText(), "paragraphs broken across pages are joined as within a page");
	}

	@Test
	void badFilesAreRefusedWithTheFileAndTheReason() throws Exception {
		assertRefused(write("empty.txt", new byte[0]), "empty");
		byte[] binary = new byte[4096];
		new java.util.Random(7).nextBytes(binary);
		assertRefused(write("photo.jpg.txt", binary), "binary");
		byte[] utf8 = REPORT.getBytes(StandardCharsets.UTF_8);
		assertRefused(write("cut.txt", Arrays.copyOf(utf8, utf8.length - 1)), "truncated");
		assertRefused(write("latin1.txt", "Rapport annuel de l'État de droit, été 2022 — très long.".getBytes(StandardCharsets.ISO_8859_1)),
				"encoding");
		assertRefused(write("english.txt", "An annual report with no Chinese in it at all.".getBytes(StandardCharsets.UTF_8)),
				"Chinese");
		assertRefused(write("chrome.txt", "分享按钮\n打印本页 关闭窗口\n".getBytes(StandardCharsets.UTF_8)), "no text");
		assertRefused(write("broken.pdf", "%PDF-1.7\n1 0 obj <</Type /Catalog".getBytes(StandardCharsets.US_ASCII)), "PDF");
		assertRefused(dir.resolve("missing.txt"), "does not exist");
	}

	@Test
	void aFiftyMegabyteTextIsRefusedWithoutReadingIt() throws Exception {
		Path huge = dir.resolve("huge.txt");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(50L * 1024 * 1024);
		}
		ImportException e = assertRefused(huge, "50.0 MB");
		assertTrue(e.getMessage().contains("at most"), e.getMessage());
	}

	private ImportException assertRefused(Path file, String reason) {
		ImportException e = assertThrows(ImportException.class, () -> importer.read(file));
		assertTrue(e.getMessage().startsWith(file.toString()), "names the file: " + e.getMessage());
		assertTrue(e.getMessage().contains(reason), e.getMessage());
		assertFalse(e.problem().isBlank());
		return e;
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(dir.resolve(name), bytes);
	}

	/** Hard-wraps each paragraph at a fixed width, as official documents are set (28 characters a line). */
	private static String wrap(String text, int width) {
		StringBuilder out = new StringBuilder();
		for (String paragraph : text.split("\n")) {
			for (int i = 0; i < paragraph.length(); i += width) {
				out.append(paragraph, i, Math.min(paragraph.length(), i + width)).append('\n');
			}
		}
		return out.toString();
	}

	/** A real PDF with embedded CJK glyphs, laid out line by line as a word processor would. */
	private static void writePdf(Path pdf, String text) throws IOException {
		writePdf(pdf, text, Integer.MAX_VALUE);
	}

	/** As {@link #writePdf(Path, String)}, starting a new page every {@code linesPerPage} lines. */
	private static void writePdf(Path pdf, String text, int linesPerPage) throws IOException {
		Path font = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
		assertTrue(Files.exists(font), "the CJK font fonts-wqy-zenhei is installed (.ci/run installs it)");
		try (PDDocument document = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(font.toFile())) {
			PDType0Font cjk = PDType0Font.load(document, collection.getFontByName("WenQuanYiZenHei"), true);
			String[] lines = text.split("\n");
			for (int first = 0; first < lines.length; first += linesPerPage) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(cjk, 11);
					content.newLineAtOffset(50, 740);
					for (int i = first; i < Math.min(lines.length, first + linesPerPage); i++) {
						content.showText(lines[i]);
						content.newLineAtOffset(0, -18);
					}
					content.endText();
				}
			}
			document.save(pdf.toFile());
		}
	}
}
