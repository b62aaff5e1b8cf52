package org.reportbank.core.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.reportbank.core.internal.text.CancelCheck;

/**
 * Reads the text layer of a PDF report. PDF lines are wrapped at the page width, so a line that
 * does not end a sentence is joined with the next unless the next opens a numbered heading; page
 * numbers (- 3 -, 第3页) are dropped.
 */
final class PdfExtractor {

	private static final Pattern PAGE_NUMBER = Pattern.compile("^[\\-—－\\s]*(第\\s*)?\\d{1,4}\\s*(页)?([/／共]\\s*\\d+\\s*页?)?[\\-—－\\s]*$");
	private static final Pattern OPENS_HEADING = Pattern.compile(
			"^([一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\\([一二三四五六七八九十]{1,3}\\)|[0-9]{1,2}[.．、](?![0-9])|（[0-9]{1,2}）|[①-⑳]|第[一二三四五六七八九十]+部分)");
	private static final String SENTENCE_ENDS = "。；：！？”）》";

	/** A report runs to tens of pages; a PDF of more is a collection or a bomb, not one report. */
	static final int MAX_PAGES = 500;

	/** A long report holds some 100,000 characters. */
	static final int MAX_CHARACTERS = 2_000_000;

	/** Reading a report's text takes well under a second; this much is a damaged or hostile file. */
	static final long TIME_BUDGET_SECONDS = 20;

	/** Memory for the streams PDFBox writes while loading (decrypted ones): a PDF is at most 20 MB. */
	private static final long MAX_STREAM_CACHE_BYTES = 64L << 20;

	private PdfExtractor() {
	}

	/**
	 * The text of the PDF, or an explanation of why there is none or why it is not one report:
	 * too many pages, too much text, streams that inflate too far or too much time. Read page by
	 * page, asking {@code cancel} between pages and every few hundred drawing operators.
	 */
	static String extract(byte[] bytes, CancelCheck cancel) throws ExtractionException {
		try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(MAX_STREAM_CACHE_BYTES).streamCache)) {
			int pages = document.getNumberOfPages();
			if (pages > MAX_PAGES) {
				throw tooManyPages(String.valueOf(pages));
			}
			String text = pagesText(document, cancel);
			if (text.strip().isEmpty()) {
				throw new ExtractionException("the PDF has no text layer (a scanned image?); run OCR on it first");
			}
			return joinWrappedLines(text);
		} catch (BoundedTextStripper.Refused e) {
			throw new ExtractionException(e.getMessage());
		} catch (InvalidPasswordException e) {
			throw new ExtractionException("the PDF is encrypted with a password");
		} catch (IOException e) {
			throw new ExtractionException("the PDF cannot be read (damaged or truncated): " + e.getMessage());
		}
	}

	private static String pagesText(PDDocument document, CancelCheck cancel) throws IOException, ExtractionException {
		BoundedTextStripper stripper = new BoundedTextStripper(cancel, TIME_BUDGET_SECONDS);
		stripper.setSortByPosition(true);
		StringBuilder text = new StringBuilder();
		int pageNumber = 0;
		for (PDPage page : document.getPages()) {
			if (++pageNumber > MAX_PAGES) {
				throw tooManyPages("more than " + MAX_PAGES); // its page count lied
			}
			stripper.admitPage(page, pageNumber);
			stripper.setStartPage(pageNumber);
			stripper.setEndPage(pageNumber);
			text.append(stripper.getText(document));
			if (text.length() > MAX_CHARACTERS) {
				throw new ExtractionException(String.format(Locale.ROOT,
						"the PDF holds more than %,d characters of text by page %d; a report holds far fewer, so this is not one report",
						MAX_CHARACTERS, pageNumber));
			}
		}
		return text.toString();
	}

	private static ExtractionException tooManyPages(String pages) {
		return new ExtractionException("the PDF has " + pages + " pages; a report has at most " + MAX_PAGES
				+ ", so this is not one report (split it or check what it is)");
	}

	static String joinWrappedLines(String text) {
		List<String> lines = new ArrayList<>();
		for (String raw : text.split("\\R")) {
			String line = raw.strip();
			if (!line.isEmpty() && !PAGE_NUMBER.matcher(line).matches()) {
				lines.add(line);
			}
		}
		int fullLine = fullLineLength(lines);
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		String previous = null;
		for (String line : lines) {
			boolean continues = previous != null && previous.length() >= fullLine && !endsSentence(previous)
					&& !OPENS_HEADING.matcher(line).find();
			if (!continues && current.length() > 0) {
				paragraphs.add(current.toString());
				current.setLength(0);
			}
			current.append(line);
			previous = line;
		}
		if (current.length() > 0) {
			paragraphs.add(current.toString());
		}
		return String.join("\n", paragraphs);
	}

	/**
	 * The length of a line that runs to the right margin: most lines of a report do, so take a
	 * high percentile of line lengths and allow a little for punctuation squeezed at the edge.
	 */
	private static int fullLineLength(List<String> lines) {
		if (lines.isEmpty()) {
			return Integer.MAX_VALUE;
		}
		int[] lengths = lines.stream().mapToInt(String::length).sorted().toArray();
		int typical = lengths[(int) Math.floor((lengths.length - 1) * 0.9)];
		return Math.max(1, (int) Math.floor(typical * 0.85));
	}

	private static boolean endsSentence(String line) {
		return SENTENCE_ENDS.indexOf(line.charAt(line.length() - 1)) >= 0;
	}

	/** Why a file's bytes held no report text. */
	static final class ExtractionException extends Exception {
		private static final long serialVersionUID = 1L;

		ExtractionException(String message) {
			super(message);
		}
	}
}
