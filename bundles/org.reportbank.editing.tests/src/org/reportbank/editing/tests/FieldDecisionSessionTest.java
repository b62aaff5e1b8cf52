package org.reportbank.editing.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.ReportImporter;
import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.editing.AnnotationFiles;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.FieldDecision;
import org.reportbank.model.FieldDecisionStatus;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;

/**
 * An annotator deciding a real seed report's document fields: each accept or correction one
 * undoable edit of their own layer, saved in their layer file and nowhere else.
 */
class FieldDecisionSessionTest {

	private static Report imported;

	@TempDir
	Path dir;

	@BeforeAll
	static void importASeed() throws Exception {
		imported = new ReportImporter().read(Path.of(System.getProperty("reportbank.root")).resolve("seeds/002_2da23d56d58a0cbd.txt"));
	}

	private static AnnotationSession session(Report report) {
		return new AnnotationSession(report, "王芳", DefaultLabels.create());
	}

	@Test
	void acceptingAndCorrectingAreOneUndoableEditEachAndTheReportKeepsItsOwnValues() {
		Report report = EcoreUtil.copy(imported);
		String title = report.getTitle();
		String region = report.getRegion();
		assertNotNull(title, "the importer read a title");
		assertEquals("柳州市城中区", region, "and a region, which she corrects below");
		AnnotationSession session = session(report);

		FieldDecision accepted = session.acceptField("title");
		FieldDecision corrected = session.decideField("region", " 柳州市柳北区 ");

		assertEquals(List.of(accepted, corrected), session.ownLayer().getFieldDecisions());
		assertEquals(FieldDecisionStatus.ACCEPTED, accepted.getStatus());
		assertEquals(title, accepted.getValue());
		assertEquals(FieldDecisionStatus.CORRECTED, corrected.getStatus());
		assertEquals("柳州市柳北区", corrected.getValue(), "typed blanks go");
		assertEquals(region, corrected.getSuggested(), "what the report said when she decided");
		assertEquals(region, report.getRegion(), "the report is the curator's to change");
		assertEquals("Correct region to 柳州市柳北区", session.lastEditSummary());
		assertTrue(session.isDirty());

		session.undo();
		assertNull(session.fieldDecision("region"));
		assertSame(accepted, session.fieldDecision("title"));
		session.undo();
		assertTrue(session.ownLayer().getFieldDecisions().isEmpty());
		assertFalse(session.isDirty());
		session.redo();
		session.redo();
		assertEquals("柳州市柳北区", session.fieldDecision("region").getValue());

		session.decideField("region", region); // she thinks again: the report was right
		assertEquals(FieldDecisionStatus.ACCEPTED, session.fieldDecision("region").getStatus());
		assertEquals(2, session.ownLayer().getFieldDecisions().size(), "one decision per field");
		assertEquals("Accept region", session.lastEditSummary());
		session.undo();
		assertEquals(FieldDecisionStatus.CORRECTED, session.fieldDecision("region").getStatus(), "undo brings the correction back");

		Object before = session.commandStack().getUndoCommand();
		session.decideField("region", "柳州市柳北区");
		assertSame(before, session.commandStack().getUndoCommand(), "the same decision again is no edit");
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> session.decideField("year", "二〇二三"));
		assertTrue(refused.getMessage().contains("not a whole number"), refused.getMessage());
		assertSame(before, session.commandStack().getUndoCommand(), "a refused value is no edit");
	}

	@Test
	void decisionsAreSavedInTheAnnotatorsLayerFileAndReportXmiStaysByteForByte() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		Report report = EcoreUtil.copy(imported);
		store.save(report);
		Path reportFile = dir.resolve("corpus/reports").resolve(report.getId()).resolve("report.xmi");
		byte[] reportBefore = Files.readAllBytes(reportFile);
		byte[] indexBefore = Files.readAllBytes(dir.resolve("corpus/corpus.xmi"));

		AnnotationSession session = session(store.loadReport(report.getId()));
		session.acceptField("title");
		session.decideField("year", "2022");
		AnnotationSession.Snapshot snapshot = session.snapshot();
		session.written(snapshot, AnnotationFiles.write(store, snapshot));

		assertFalse(session.isDirty());
		assertArrayEquals(reportBefore, Files.readAllBytes(reportFile), "report.xmi is not written");
		assertArrayEquals(indexBefore, Files.readAllBytes(dir.resolve("corpus/corpus.xmi")), "nor the index");
		Layer saved = store.loadLayer(report.getId(), "王芳").orElseThrow();
		assertEquals(List.of("title accepted", "year corrected 2022"),
				saved.getFieldDecisions().stream()
						.map(d -> d.getField() + " " + d.getStatus()
								+ (d.getStatus() == FieldDecisionStatus.CORRECTED ? " " + d.getValue() : ""))
						.toList());
		AnnotationSession reopened = session(CorpusStore.open(dir.resolve("corpus")).loadReport(report.getId()));
		assertEquals("2022", reopened.fieldDecision("year").getValue(), "her decisions are there when she opens it again");
		assertEquals(String.valueOf(report.getYear()), reopened.fieldDecision("year").getSuggested());
	}

	@Test
	void theSamePersonsDecisionsSavedInTwoPlacesAreBothKept() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		Report report = EcoreUtil.copy(imported);
		store.save(report);
		AnnotationSession here = session(store.loadReport(report.getId()));
		AnnotationSession there = session(store.loadReport(report.getId()));

		here.decideField("publisher", "城中区司法局");
		AnnotationSession.Snapshot first = here.snapshot();
		here.written(first, AnnotationFiles.write(store, first));
		there.acceptField("title");
		AnnotationSession.Snapshot second = there.snapshot();
		AnnotationFiles.Written merged = AnnotationFiles.write(store, second);
		there.written(second, merged);

		assertEquals(List.of("publisher"), merged.arrivedFields());
		assertEquals("城中区司法局", there.fieldDecision("publisher").getValue(), "the decision saved elsewhere comes in");
		assertFalse(there.isDirty());
		assertEquals(2, store.loadLayer(report.getId(), "王芳").orElseThrow().getFieldDecisions().size());
	}
}
