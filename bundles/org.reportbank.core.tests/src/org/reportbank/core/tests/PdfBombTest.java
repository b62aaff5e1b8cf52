package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.ImportException;
import org.reportbank.core.importing.ReportImporter;

/**
 * PDFs small on disk that are gigabytes or millions of characters once read: each is refused
 * with the file and the reason, before PDFBox has decoded more than a bounded amount.
 */
class PdfBombTest {

	@TempDir
	Path dir;

	private final ReportImporter importer = new ReportImporter();

	@Test
	void aPdfOfMorePagesThanAReportIsRefusedBeforeItsTextIsRead() throws Exception {
		Path pdf = HostileInputs.textPages(dir.resolve("pages.pdf"), 501, 100);
		assertRefused(pdf, "the PDF has 501 pages; a report has at most 500");
	}

	@Test
	void aContentStreamThatInflatesFarIsRefused() throws Exception {
		Path pdf = HostileInputs.flateBomb(dir.resolve("flate.pdf"), 64);
		assertRefused(pdf, "page 1 of the PDF decompresses to more than 8 MB");
	}

	/**
	 * One 16 MB stream named in the page's content array more times than the heap could hold:
	 * PDFBox decodes every entry at once, so without the limit this ends in OutOfMemoryError.
	 */
	@Test
	void aContentArrayLargerThanTheHeapIsRefusedWithinBoundedMemory() throws Exception {
		int times = (int) (Runtime.getRuntime().maxMemory() / (16 << 20)) + 1;
		Path pdf = HostileInputs.contentArrayBomb(dir.resolve("array.pdf"), 16, times);
		assertRefused(pdf, "page 1 of the PDF decompresses to more than 8 MB");
	}

	@Test
	void aFormDrawnOverAndOverIsRefused() throws Exception {
		Path pdf = HostileInputs.formBomb(dir.resolve("form.pdf"), 4, 100);
		assertRefused(pdf, "the PDF decompresses to more than 256 MB");
	}

	@Test
	void aPageDrawingTooManyCharactersIsRefused() throws Exception {
		Path pdf = HostileInputs.textPages(dir.resolve("glyphs.pdf"), 1, 60_000);
		assertRefused(pdf, "page 1 of the PDF draws more than 50000 characters");
	}

	@Test
	void aPdfHoldingMoreTextThanAReportIsRefused() throws Exception {
		Path pdf = HostileInputs.textPages(dir.resolve("text.pdf"), 45, 49_000);
		assertRefused(pdf, "the PDF holds more than 2,000,000 characters of text by page 41");
	}

	private void assertRefused(Path pdf, String reason) {
		ImportException e = assertThrows(ImportException.class, () -> importer.read(pdf));
		assertTrue(e.getMessage().startsWith(pdf.toString() + ": "), "names the file: " + e.getMessage());
		assertTrue(e.problem().contains(reason), e.problem());
		assertFalse(e.problem().contains("Exception"), "a reason, not a stack trace: " + e.problem());
	}
}
