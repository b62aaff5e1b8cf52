package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.ReportImporter;

/**
 * Ctrl-C acts inside the import of one huge file, not only between files: every long step asks
 * the monitor, so a cancel is noticed at the next question.
 */
class ImportCancelTest {

	/** Answers "cancelled" from the given question on, and counts the questions. */
	private static final class CancelAfter extends NullProgressMonitor {
		private final int questions;
		int asked;

		CancelAfter(int questions) {
			this.questions = questions;
		}

		@Override
		public boolean isCanceled() {
			return ++asked > questions;
		}
	}

	@TempDir
	Path dir;

	private final ReportImporter importer = new ReportImporter();

	@Test
	void aLongTextAsksAtLeastOncePerLine() throws Exception {
		CancelAfter never = new CancelAfter(Integer.MAX_VALUE);
		importer.read(HostileInputs.write(dir, "lines.txt", HostileInputs.identicalLines(10_000)), never);
		assertTrue(never.asked > 10_000, "asked " + never.asked + " times");
	}

	@Test
	void aCancelDuringTheRepeatSearchStopsTheImport() throws Exception {
		Path file = HostileInputs.write(dir, "lines.txt", HostileInputs.identicalLines(100_000));
		// past the 100,000 lines of the normalizer's first pass, inside the search for a second copy
		assertCancelledAt(file, 150_000);
	}

	@Test
	void aCancelDuringNormalizingStopsTheImport() throws Exception {
		assertCancelledAt(HostileInputs.write(dir, "lines.txt", HostileInputs.identicalLines(100_000)), 100);
	}

	@Test
	void aCancelDuringSectionParsingStopsTheImport() throws Exception {
		Path file = HostileInputs.write(dir, "headings.txt", HostileInputs.headings(100_000));
		CancelAfter never = new CancelAfter(Integer.MAX_VALUE);
		importer.read(file, never);
		assertCancelledAt(file, never.asked - 1_000); // the parser asks last, once per line
	}

	@Test
	void aCancelBetweenPdfPagesStopsTheImport() throws Exception {
		assertCancelledAt(HostileInputs.textPages(dir.resolve("pages.pdf"), 200, 1_000), 10);
	}

	@Test
	void aCancelInsideOnePdfPageStopsTheImport() throws Exception {
		Path pdf = HostileInputs.textPages(dir.resolve("page.pdf"), 1, 40_000);
		assertCancelledAt(pdf, 20); // a page of 400 lines of text asks some 160 times
	}

	@Test
	void aCancelWhileWalkingADeepPageStopsTheImport() throws Exception {
		assertCancelledAt(HostileInputs.write(dir, "deep.html", HostileInputs.deepHtml(100_000)), 1_000);
	}

	private void assertCancelledAt(Path file, int questions) {
		CancelAfter monitor = new CancelAfter(questions);
		assertThrows(OperationCanceledException.class, () -> importer.read(file, monitor));
		assertEquals(questions + 1, monitor.asked, "stopped at the first question after the cancel");
	}
}
