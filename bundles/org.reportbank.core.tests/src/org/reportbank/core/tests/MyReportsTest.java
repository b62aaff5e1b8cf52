package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.stats.MyReports;
import org.reportbank.core.stats.MyReports.Row;
import org.reportbank.core.stats.MyReports.Status;
import org.reportbank.core.stats.ReviewProgress.Progress;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.testing.Fixtures;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.SpanStatus;

class MyReportsTest {

	private static final ReportbankFactory F = ReportbankFactory.eINSTANCE;

	@TempDir
	Path dir;

	@Test
	void aReportNobodyAnnotatedIsNotStartedAndNeedsAnnotators() {
		Report report = F.createReport();
		Fixtures.layer(report, "preannotation", LayerKind.PREANNOTATION);
		Row row = MyReports.of(report, ReportStatus.PREANNOTATED, "王芳", 2);
		assertEquals(new Row(Status.NOT_STARTED, false, 0, 2, new Progress(0, 0)), row);
		assertEquals("0 / 2", row.annotatorsText());
		assertTrue(row.needsAnnotators());
		assertTrue(row.isMine(), "it still needs annotators: anyone may take it");
	}

	@Test
	void theAnnotatorsOwnStatusComesFromHerLayer() {
		Report report = F.createReport();
		Layer pre = Fixtures.layer(report, "preannotation", LayerKind.PREANNOTATION);
		ReviewProgressTest.span(pre, "s0", SpanStatus.SUGGESTED, null);
		Layer mine = Fixtures.layer(report, "王芳", LayerKind.ANNOTATOR);
		mine.setStatus(ReportStatus.IN_PROGRESS);
		ReviewProgressTest.span(mine, "a0", SpanStatus.ACCEPTED, "s0");
		Layer other = Fixtures.layer(report, "李明", LayerKind.ANNOTATOR);
		other.setStatus(ReportStatus.DONE);
		Fixtures.layer(report, "gold", LayerKind.GOLD); // not an annotator

		Row row = MyReports.of(report, ReportStatus.PREANNOTATED, "王芳", 2);
		assertEquals(new Row(Status.IN_PROGRESS, true, 2, 2, new Progress(1, 1)), row);
		assertFalse(row.needsAnnotators());
		assertTrue(row.isMine());

		mine.setStatus(ReportStatus.DONE);
		assertEquals(Status.DONE, MyReports.of(report, ReportStatus.PREANNOTATED, "王芳", 2).status());
		mine.setStatus(null);
		assertEquals(Status.IN_PROGRESS, MyReports.of(report, ReportStatus.PREANNOTATED, "王芳", 2).status(),
				"a layer without a status was saved at least once");
	}

	@Test
	void aReportTwoOthersAnnotatedIsNotMine() {
		Report report = F.createReport();
		Fixtures.layer(report, "李明", LayerKind.ANNOTATOR).setStatus(ReportStatus.DONE);
		Fixtures.layer(report, "张伟", LayerKind.ANNOTATOR).setStatus(ReportStatus.IN_PROGRESS);

		Row row = MyReports.of(report, ReportStatus.PREANNOTATED, "王芳", 2);
		assertEquals(Status.NOT_STARTED, row.status(), "the others' statuses are theirs");
		assertEquals("2 / 2", row.annotatorsText());
		assertFalse(row.isMine());
		assertTrue(MyReports.of(report, ReportStatus.PREANNOTATED, "王芳", 3).isMine(), "a corpus asking for three");
	}

	@Test
	void aCuratedReportIsCuratedForEveryoneAndNeedsNobody() {
		Report report = F.createReport();
		Fixtures.layer(report, "王芳", LayerKind.ANNOTATOR).setStatus(ReportStatus.IN_PROGRESS);
		Row row = MyReports.of(report, ReportStatus.CURATED, "王芳", 2);
		assertEquals(Status.CURATED, row.status());
		assertFalse(row.needsAnnotators());
		assertTrue(row.isMine(), "she has a layer in it");
		assertFalse(MyReports.of(report, ReportStatus.CURATED, "李明", 2).isMine());
	}

	@Test
	void computesEveryReportOfACorpusWithItsAnnotatorsPerReport() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		new CorpusImporter().importFiles(store, List.of(SeedReportsTest.seed("")), new NullProgressMonitor());
		try (CorpusStore.WriteSession session = store.beginWrite("settings")) {
			assertEquals(2, session.corpus().getAnnotatorsPerReport(), "the default");
			session.corpus().setAnnotatorsPerReport(3);
			session.commit();
		}
		String id = store.entries().get(1).getId();
		Report report = store.loadReport(id);
		Layer mine = Fixtures.layer(report, "王芳", LayerKind.ANNOTATOR);
		mine.setAnnotator("王芳");
		mine.setStatus(ReportStatus.DONE);
		store.save(report);

		Map<String, Row> seen = new LinkedHashMap<>();
		MyReports.compute(CorpusStore.open(store.directory()), store.entries(), "王芳", new NullProgressMonitor(),
				(e, row) -> seen.put(e.getId(), row));

		assertEquals(3, seen.size());
		assertEquals(new Row(Status.DONE, true, 1, 3, new Progress(0, 0)), seen.get(id));
		assertEquals(new Row(Status.NOT_STARTED, false, 0, 3, new Progress(0, 0)), seen.get(store.entries().get(0).getId()));
		assertEquals(Status.DONE, MyReports.of(store, store.entry(id).orElseThrow(), "王芳").status(), "one report alone");
		assertEquals(Status.NOT_STARTED, MyReports.of(store, store.entry(id).orElseThrow(), "李明").status());
	}
}
