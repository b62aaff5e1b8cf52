package org.reportbank.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportbank.testing.Fixtures.annotator;
import static org.reportbank.testing.Fixtures.report;
import static org.reportbank.testing.Fixtures.span;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.agreement.Agreement;
import org.reportbank.agreement.CorpusAgreement;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Report;

/** The agreement of a corpus on disk: one unreadable report is left out and named, the others are measured. */
class CorpusAgreementTest {

	@TempDir
	Path dir;

	/** Three reports both annotators marked alike; the second cut in half on disk. */
	private CorpusStore corpusWithABrokenReport() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		try (CorpusStore.WriteSession session = store.beginWrite("test")) {
			for (String id : List.of("00000000000000a1", "00000000000000a2", "00000000000000a3")) {
				Report report = report(id, "区司法局受理行政复议申请68件。");
				span(annotator(report, "王芳"), 0, 4, "ORG");
				span(annotator(report, "李明"), 0, 4, "ORG");
				session.addReport(report);
			}
			session.commit();
		}
		Path file = store.directory().resolve("reports/00000000000000a2/report.xmi");
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
		return CorpusStore.open(store.directory());
	}

	@Test
	void theOthersAreMeasuredAndTheBrokenOneNamed() throws Exception {
		CorpusAgreement.Measured measured = CorpusAgreement.measure(corpusWithABrokenReport(), Agreement.Options.all(),
				new NullProgressMonitor());
		assertEquals(2, measured.result().reports());
		assertEquals(1.0, measured.result().pairs().get(0).exact().overall().f1(), 1e-9);
		assertEquals(1, measured.unreadable().size());
		assertEquals("00000000000000a2", measured.unreadable().get(0).reportId());
		assertTrue(measured.unreadable().get(0).problem().startsWith("reports/00000000000000a2/report.xmi: "),
				measured.unreadable().get(0).problem());
	}

	@Test
	void aViewThatNeedsEveryReportIsToldWhichAreUnreadable() throws Exception {
		CorpusStore store = corpusWithABrokenReport();
		StoreException e = assertThrows(StoreException.class,
				() -> CorpusAgreement.compute(store, Agreement.Options.all(), new NullProgressMonitor()));
		assertTrue(e.getMessage().startsWith("1 report could not be read and is left out: reports/00000000000000a2/report.xmi"),
				e.getMessage());
	}

	@Test
	void cancellingStillThrows() throws Exception {
		CorpusStore store = corpusWithABrokenReport();
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> CorpusAgreement.measure(store, Agreement.Options.all(), cancelled));
	}
}
