package org.reportbank.nlp.hanlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;
import org.reportbank.nlp.hanlp.CorpusAnnotator;
import org.reportbank.nlp.hanlp.PreAnnotator;

/** Pre-annotating a corpus on two threads, and running it again over human work. */
class CorpusAnnotatorTest {

	@TempDir
	Path dir;

	private CorpusStore seededCorpus() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		new CorpusImporter().importFiles(store,
				List.of(Path.of(System.getProperty("reportbank.root", "../..")).resolve("seeds")), new NullProgressMonitor());
		return store;
	}

	@Test
	void annotatesEveryReportAndMarksItPreannotated() throws Exception {
		CorpusStore store = seededCorpus();
		CorpusAnnotator.Summary summary = new CorpusAnnotator().annotate(store, List.of(), 2, new NullProgressMonitor());
		assertEquals(3, summary.annotated());
		assertEquals(1, summary.inconsistencies(), "seed 002's pass rate");
		CorpusStore reopened = CorpusStore.open(dir.resolve("corpus"));
		for (var entry : reopened.entries()) {
			assertEquals(ReportStatus.PREANNOTATED, entry.getStatus());
			Report report = reopened.loadReport(entry.getId());
			assertEquals(1, report.getLayers().size());
			assertTrue(report.getLayers().get(0).getSpans().size() > 20);
			// links between spans survive the trip through the layer file
			assertTrue(report.getLayers().get(0).getSpans().stream().anyMatch(s -> s instanceof org.reportbank.model.Claim c
					&& !c.getMetrics().isEmpty()), "claims keep their metrics after loading");
			assertTrue(report.getLayers().get(0).getChecks().stream().allMatch(c -> !c.getMetrics().isEmpty()),
					"checks keep their rate after loading");
		}
	}

	@Test
	void theLayerAloneIsWrittenAndMakesTheReportPreannotated() throws Exception {
		CorpusStore store = seededCorpus();
		String id = store.entries().get(0).getId();
		Path reportFile = dir.resolve("corpus/reports/" + id + "/report.xmi");
		byte[] before = Files.readAllBytes(reportFile);
		new CorpusAnnotator().annotate(store, List.of(), 2, new NullProgressMonitor());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(reportFile)), "the report file is not rewritten");
		assertTrue(Files.isRegularFile(dir.resolve("corpus/reports/" + id + "/layers/" + PreAnnotator.LAYER_ID + ".xmi")));
		CorpusStore reopened = CorpusStore.open(dir.resolve("corpus"));
		assertEquals(ReportStatus.PREANNOTATED, reopened.entry(id).orElseThrow().getStatus(), "the index says so");
		assertEquals(ReportStatus.PREANNOTATED, reopened.loadReport(id).getStatus(), "the report, loaded with its layers, says so");
		Files.delete(dir.resolve("corpus/reports/" + id + "/layers/" + PreAnnotator.LAYER_ID + ".xmi"));
		assertEquals(ReportStatus.NEW, reopened.loadReport(id).getStatus(), "without its suggestions it is new again");
	}

	@Test
	void rerunningKeepsWhatAPersonDecidedAndNeverWritesTheirLayer() throws Exception {
		CorpusStore store = seededCorpus();
		new CorpusAnnotator().annotate(store, List.of(), 2, new NullProgressMonitor());
		String id = store.entries().get(0).getId();
		Report report = store.loadReport(id);
		Layer suggestions = report.getLayers().get(0);
		Span accepted = suggestions.getSpans().get(0);
		Span rejected = suggestions.getSpans().get(1);
		Span untouched = suggestions.getSpans().get(2);
		Layer human = ReportbankFactory.eINSTANCE.createLayer();
		human.setId("王芳");
		human.setKind(LayerKind.ANNOTATOR);
		human.setAnnotator("王芳");
		human.getSpans().add(decision(accepted, SpanStatus.ACCEPTED));
		human.getSpans().add(decision(rejected, SpanStatus.REJECTED));
		report.getLayers().add(human);
		// a suggestion nobody touched, made up to see that a re-run drops it
		Span stale = org.eclipse.emf.ecore.util.EcoreUtil.copy(untouched);
		stale.setId("m-0-1-STALE");
		suggestions.getSpans().add(stale);
		store.save(report);
		Path humanFile = store.directory().resolve("reports/" + id + "/layers/%E7%8E%8B%E8%8A%B3.xmi");
		byte[] humanBefore = Files.readAllBytes(humanFile);
		long humanModified = Files.getLastModifiedTime(humanFile).toMillis();
		Thread.sleep(20);

		new CorpusAnnotator().annotate(store, List.of(id), 1, new NullProgressMonitor());

		Report after = CorpusStore.open(dir.resolve("corpus")).loadReport(id);
		Layer newSuggestions = after.getLayers().stream().filter(l -> l.getId().equals(PreAnnotator.LAYER_ID)).findFirst().orElseThrow();
		assertTrue(newSuggestions.getSpans().stream().anyMatch(s -> s.getId().equals(accepted.getId())));
		assertTrue(newSuggestions.getSpans().stream().anyMatch(s -> s.getId().equals(rejected.getId())));
		assertFalse(newSuggestions.getSpans().stream().anyMatch(s -> s.getId().equals("m-0-1-STALE")),
				"untouched suggestions are replaced");
		assertEquals(newSuggestions.getSpans().size(), newSuggestions.getSpans().stream().map(Span::getId).distinct().count());
		assertTrue(java.util.Arrays.equals(humanBefore, Files.readAllBytes(humanFile)));
		assertEquals(humanModified, Files.getLastModifiedTime(humanFile).toMillis(), "the annotator's file was not rewritten");
	}

	private static Span decision(Span suggestion, SpanStatus status) {
		Span span = ReportbankFactory.eINSTANCE.createSpan();
		span.setId("王芳-" + suggestion.getId());
		span.setBegin(suggestion.getBegin());
		span.setEnd(suggestion.getEnd());
		span.setLabel(suggestion.getLabel());
		span.setOrigin(SpanOrigin.HUMAN);
		span.setStatus(status);
		span.setAnnotator("王芳");
		span.setBasedOn(suggestion.getId());
		return span;
	}
}
