package org.reportbank.core.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Files a hostile or broken source could hand the importer: huge repeats, one endless line,
 * endless headings, deep markup and PDF bombs. Built on the fly, small on disk, so tests and the
 * timing main share them without shipping fixtures.
 */
final class HostileInputs {

	/** A Chinese line long enough to count as report text. */
	static final String LINE = "加强法治政府建设。";

	private HostileInputs() {
	}

	static String identicalLines(int count) {
		return (LINE + "\n").repeat(count);
	}

	/** One line of {@code chars} characters: Chinese text around an endless run of {@code filler}. */
	static String oneLine(int chars, String filler) {
		return LINE + filler.repeat(Math.max(0, (chars - 2 * LINE.length()) / filler.length())) + LINE;
	}

	/** {@code count} top-level headings in a row, each a different one so none is dropped as a repeat. */
	static String headings(int count) {
		StringBuilder text = new StringBuilder(LINE + "\n");
		for (int i = 0; i < count; i++) {
			text.append("一、加强第").append(i).append("项建设\n");
		}
		return text.toString();
	}

	/** Every numbering style nested under the one before, over and over, each round worded apart. */
	static String nestedNumbering(int rounds) {
		StringBuilder text = new StringBuilder("X区2023年法治政府建设情况报告\n");
		for (int i = 0; i < rounds; i++) {
			text.append("第一部分 总体情况").append(i).append("\n一、主要举措\n（一）加强领导\n1.学法\n（1）普法\n①守法\n一是学法，二是用法。\n");
		}
		return text.toString();
	}

	/** {@code depth} nested elements around one paragraph, as a broken or hostile page could have. */
	static String deepHtml(int depth) {
		return "<html><body><div id=\"zoom\">" + "<div class=\"content\"><span>".repeat(depth) + "<p>" + LINE.repeat(10)
				+ "</p>" + "</span></div>".repeat(depth) + "</div></body></html>";
	}

	static Path write(Path dir, String name, String text) throws IOException {
		return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A one-page PDF whose content is one Flate stream of {@code megabytes} MB of blanks around a
	 * line of text: a few hundred kilobytes on disk.
	 */
	static Path flateBomb(Path pdf, int megabytes) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			page.setResources(fontResources());
			PDStream content = blanks(document, megabytes, "BT /F1 12 Tf 50 700 Td (report) Tj ET\n");
			page.setContents(content);
			document.save(pdf.toFile());
		}
		return pdf;
	}

	/**
	 * A one-page PDF whose content is an array naming one small Flate stream of {@code megabytes}
	 * MB {@code times} times: PDFBox decodes every entry into memory at once.
	 */
	static Path contentArrayBomb(Path pdf, int megabytes, int times) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			page.setResources(fontResources());
			PDStream content = blanks(document, megabytes, "BT /F1 12 Tf 50 700 Td (report) Tj ET\n");
			COSArray contents = new COSArray();
			for (int i = 0; i < times; i++) {
				contents.add(content.getCOSObject());
			}
			page.getCOSObject().setItem(COSName.CONTENTS, contents);
			document.save(pdf.toFile());
		}
		return pdf;
	}

	/** A one-page PDF drawing a form of {@code megabytes} MB of blanks {@code times} times. */
	static Path formBomb(Path pdf, int megabytes, int times) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDFormXObject form = new PDFormXObject(blanks(document, megabytes, "BT /F1 12 Tf 50 700 Td (form) Tj ET\n"));
			form.setBBox(PDRectangle.A4);
			form.setResources(fontResources());
			PDResources resources = fontResources();
			resources.put(COSName.getPDFName("Fm1"), form);
			page.setResources(resources);
			try (OutputStream out = stream(document, page)) {
				out.write("q /Fm1 Do Q\n".repeat(times).getBytes(StandardCharsets.US_ASCII));
			}
			document.save(pdf.toFile());
		}
		return pdf;
	}

	/**
	 * {@code pages} pages sharing one content stream that shows {@code glyphsPerPage} letters in
	 * lines of 100: a small file that is a great deal of text.
	 */
	static Path textPages(Path pdf, int pages, int glyphsPerPage) throws IOException {
		try (PDDocument document = new PDDocument()) {
			StringBuilder ops = new StringBuilder("BT /F1 2 Tf 10 800 Td 2 TL\n");
			String line = "(" + "report ".repeat(100 / 7 + 1).substring(0, 100) + ") '\n";
			for (int i = 0; i < glyphsPerPage / 100; i++) {
				ops.append(line);
			}
			ops.append("ET\n");
			PDStream content = new PDStream(document);
			try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
				out.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
			}
			PDResources resources = fontResources();
			for (int i = 0; i < pages; i++) {
				PDPage page = new PDPage(PDRectangle.A4);
				page.setResources(resources);
				page.setContents(content);
				document.addPage(page);
			}
			document.save(pdf.toFile());
		}
		return pdf;
	}

	private static PDResources fontResources() {
		PDResources resources = new PDResources();
		resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
		return resources;
	}

	private static PDStream blanks(PDDocument document, int megabytes, String text) throws IOException {
		PDStream stream = new PDStream(document);
		byte[] blanks = new byte[1 << 20];
		java.util.Arrays.fill(blanks, (byte) ' ');
		try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
			out.write(text.getBytes(StandardCharsets.US_ASCII));
			for (int i = 0; i < megabytes; i++) {
				out.write(blanks);
			}
		}
		return stream;
	}

	private static OutputStream stream(PDDocument document, PDPage page) throws IOException {
		PDStream content = new PDStream(document);
		page.setContents(content);
		return content.createOutputStream(COSName.FLATE_DECODE);
	}
}
