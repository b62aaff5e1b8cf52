package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.stats.ReviewProgress;
import org.reportbank.core.stats.ReviewProgress.Progress;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Layer;
import org.reportbank.testing.Fixtures;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;

class ReviewProgressTest {

	private static final ReportbankFactory F = ReportbankFactory.eINSTANCE;

	@TempDir
	Path dir;

	@Test
	void aReportWithoutSuggestionsHasNothingToReview() {
		Report report = F.createReport();
		assertEquals(new Progress(0, 0), ReviewProgress.of(report, "王芳"));
		assertEquals("0 / 0", ReviewProgress.of(report, "王芳").toString());
		assertTrue(ReviewProgress.of(report, "王芳").fraction() < 0);
	}

	@Test
	void countsTheSuggestionsTheAnnotatorDecidedOnInHerOwnLayer() {
		Report report = F.createReport();
		Layer pre = Fixtures.layer(report, "preannotation", LayerKind.PREANNOTATION);
		for (int i = 0; i < 5; i++) {
			span(pre, "s" + i, SpanStatus.SUGGESTED, null);
		}
		Layer mine = Fixtures.layer(report, "王芳", LayerKind.ANNOTATOR);
		span(mine, "a0", SpanStatus.ACCEPTED, "s0");
		span(mine, "a1", SpanStatus.REJECTED, "s1"); // rejecting is deciding too
		span(mine, "a1b", SpanStatus.ACCEPTED, "s1"); // a second decision on the same suggestion counts once
		span(mine, "a2", SpanStatus.ACCEPTED, null); // her own span, based on nothing
		span(mine, "a3", SpanStatus.ACCEPTED, "gone"); // based on a suggestion no longer there

		Progress progress = ReviewProgress.of(report, "王芳");

		assertEquals(new Progress(2, 5), progress);
		assertEquals("2 / 5", progress.toString());
		assertEquals(0.4, progress.fraction(), 1e-9);
	}

	@Test
	void anotherAnnotatorsDecisionsAndGoldDoNotCount() {
		Report report = F.createReport();
		Layer pre = Fixtures.layer(report, "preannotation", LayerKind.PREANNOTATION);
		span(pre, "s0", SpanStatus.SUGGESTED, null);
		span(pre, "s1", SpanStatus.SUGGESTED, null);
		span(Fixtures.layer(report, "李明", LayerKind.ANNOTATOR), "b0", SpanStatus.ACCEPTED, "s0");
		span(Fixtures.layer(report, "gold", LayerKind.GOLD), "g0", SpanStatus.ACCEPTED, "s1");
		// a layer named like her that is not an annotator layer is not hers
		span(Fixtures.layer(report, "王芳", LayerKind.GOLD), "x0", SpanStatus.ACCEPTED, "s1");

		assertEquals(new Progress(0, 2), ReviewProgress.of(report, "王芳"));
		assertEquals(new Progress(1, 2), ReviewProgress.of(report, "李明"));
		assertEquals(new Progress(0, 2), ReviewProgress.of(report, null), "no annotator: nothing reviewed");
	}

	@Test
	void onlySpansStillMarkedSuggestedAreSuggestions() {
		Report report = F.createReport();
		Layer pre = Fixtures.layer(report, "preannotation", LayerKind.PREANNOTATION);
		span(pre, "s0", SpanStatus.SUGGESTED, null);
		span(pre, "s1", SpanStatus.ACCEPTED, null);
		span(pre, "s2", SpanStatus.REJECTED, null);
		span(Fixtures.layer(report, "王芳", LayerKind.ANNOTATOR), "a1", SpanStatus.ACCEPTED, "s1");

		assertEquals(new Progress(0, 1), ReviewProgress.of(report, "王芳"));
	}

	@Test
	void computesEachReportOfACorpusAsItIsRead() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		new CorpusImporter().importFiles(store, List.of(SeedReportsTest.seed("")), new NullProgressMonitor());
		String id = store.entries().get(1).getId();
		Report report = store.loadReport(id);
		Layer pre = Fixtures.layer(report, "preannotation", LayerKind.PREANNOTATION);
		span(pre, "s0", SpanStatus.SUGGESTED, null);
		span(pre, "s1", SpanStatus.SUGGESTED, null);
		span(pre, "s2", SpanStatus.SUGGESTED, null);
		span(Fixtures.layer(report, "王芳", LayerKind.ANNOTATOR), "a0", SpanStatus.ACCEPTED, "s2");
		store.save(report);

		Map<String, Progress> seen = new LinkedHashMap<>();
		ReviewProgress.compute(store, store.entries(), "王芳", new NullProgressMonitor(), (e, p) -> seen.put(e.getId(), p));

		assertEquals(3, seen.size());
		assertEquals(new Progress(1, 3), seen.get(id));
		assertEquals(new Progress(0, 0), seen.get(store.entries().get(0).getId()));
		assertEquals(List.copyOf(store.entries().stream().map(e -> e.getId()).toList()), List.copyOf(seen.keySet()),
				"in the order of the list");
	}

	@Test
	void stopsWhenCancelled() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		new CorpusImporter().importFiles(store, List.of(SeedReportsTest.seed("")), new NullProgressMonitor());
		NullProgressMonitor monitor = new NullProgressMonitor();
		int[] calls = { 0 };
		ReviewProgress.compute(store, store.entries(), "王芳", monitor, (e, p) -> {
			calls[0]++;
			monitor.setCanceled(true);
		});
		assertEquals(1, calls[0]);
	}

	static Span span(Layer layer, String id, SpanStatus status, String basedOn) {
		Span span = Fixtures.span(layer, id, 0, 2, "ORG", status);
		span.setBasedOn(basedOn);
		return span;
	}
}
