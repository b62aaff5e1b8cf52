package org.reportbank.core.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text layer of a PDF report. PDF lines are wrapped at the page width, so a line that
 * does not end a sentence is joined with the next unless the next opens a numbered heading; page
 * numbers (- 3 -, 第3页) are dropped.
 */
final class PdfExtractor {

	private static final Pattern PAGE_NUMBER = Pattern.compile("^[\\-—－\\s]*(第\\s*)?\\d{1,4}\\s*(页)?([/／共]\\s*\\d+\\s*页?)?[\\-—－\\s]*$");
	private static final Pattern OPENS_HEADING = Pattern.compile("^([一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\\([一二三四五六七八九十]{1,3}\\)|[0-9]{1,2}[.．、](?![0-9])|（[0-9]{1,2}）|[①-⑳]|第[一二三四五六七八九十]+部分)");
	private static final String SENTENCE_ENDS = "。；：！？”）》";

	private PdfExtractor() {
	}

	/** The text of the PDF, or an explanation of why there is none. */
	static String extract(byte[] bytes) throws ExtractionException {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(document);
			if (text.strip().isEmpty()) {
				throw new ExtractionException("the PDF has no text layer (a scanned image?); run OCR on it first");
			}
			return joinWrappedLines(text);
		} catch (InvalidPasswordException e) {
			throw new ExtractionException("the PDF is encrypted with a password");
		} catch (IOException e) {
			throw new ExtractionException("the PDF cannot be read (damaged or truncated): " + e.getMessage());
		}
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
