package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.stats.CorpusStatistics;
import org.reportbank.core.stats.ReviewProgress;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.editing.AnnotationFiles;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.io.dataset.LayerSelection;
import org.reportbank.model.Metric;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankPackage;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * An edit is a decision, and every count says so: one annotator accepts, rejects, corrects a
 * metric's value and unit, moves an edge, relabels and annotates a note on suggestions of a real
 * pre-annotated report; statistics, the navigator's review progress, the accepted and the
 * annotator's dataset layers and the lossless JSONL all count the same decisions.
 */
class EditsCountEverywhereTest extends CliRun {

	@TempDir
	Path dir;

	@Test
	void statisticsReviewProgressAndEveryExportCountTheSameEdits() throws Exception {
		Path corpus = dir.resolve("corpus");
		assertEquals(0, run("import", Path.of(seeds()).resolve("002_2da23d56d58a0cbd.txt").toString(), "--corpus", corpus.toString()), err);
		assertEquals(0, run("annotate", "--corpus", corpus.toString(), "--threads", "2"), err);
		CorpusStore store = CorpusStore.open(corpus);
		String id = store.entries().get(0).getId();
		AnnotationSession session = new AnnotationSession(store.loadReport(id), "王芳", store.corpus().getLabelSet());
		List<Span> metrics = session.suggestions().stream().filter(s -> s instanceof Metric m && m.getValue() != null).toList();
		List<Span> others = session.suggestions().stream().filter(s -> !(s instanceof Metric)).toList();

		session.accept(others.get(0));
		session.reject(others.get(1));
		Metric corrected = (Metric) session.set(metrics.get(0), ReportbankPackage.Literals.METRIC__UNIT, "万件");
		corrected = (Metric) session.set(corrected, ReportbankPackage.Literals.METRIC__VALUE, new BigDecimal("6.4"));
		session.set(metrics.get(1), ReportbankPackage.Literals.SPAN__NOTE, "checked against the table");
		session.resize(others.get(2), 0, 1);
		session.relabel(others.get(3), "LAW");
		session.tag(0, 2, "ORG"); // a span of her own, not a decision on a suggestion
		AnnotationFiles.Written written = AnnotationFiles.write(store, session.snapshot());
		assertNotNull(written);

		assertEquals(SpanStatus.ACCEPTED, corrected.getStatus(), "a corrected value accepts the suggestion");
		assertEquals(0, new BigDecimal("64000").compareTo(corrected.getNormalizedValue()), "6.4万件 normalizes to 64000");
		assertEquals("件", corrected.getNormalizedUnit());

		int decided = 6;
		assertEquals(decided, session.decidedCount());
		Report saved = store.loadReport(id);
		assertEquals(decided, ReviewProgress.of(saved, "王芳").reviewed(), "the navigator's reviewed count");
		CorpusStatistics.Counts counts = new CorpusStatistics().count(store, new NullProgressMonitor());
		assertEquals(decided, counts.acceptanceByLabel().values().stream().mapToInt(CorpusStatistics.Acceptance::decided).sum(),
				"statistics' decided count");

		Set<String> kept = session.ownLayer().getSpans().stream().filter(s -> s.getStatus() != SpanStatus.REJECTED)
				.map(Span::getId).collect(Collectors.toSet());
		assertEquals(6, kept.size(), "five decisions for a span and one drawn by hand");
		assertEquals(kept, ids(LayerSelection.annotator("王芳").positives(saved)), "her layer as a dataset");
		assertEquals(kept, ids(LayerSelection.accepted().positives(saved)), "the accepted layer as a dataset");

		Path jsonl = dir.resolve("corpus.jsonl");
		assertEquals(0, run("export", "--corpus", corpus.toString(), "--format", "jsonl", "--out", jsonl.toString()), err);
		JsonObject line = JsonParser.parseString(Files.readAllLines(jsonl, StandardCharsets.UTF_8).get(0)).getAsJsonObject();
		String correctedId = corrected.getId();
		JsonObject exported = null;
		for (JsonElement metric : line.getAsJsonArray("metrics")) {
			if (metric.getAsJsonObject().get("id").getAsString().equals(correctedId)) {
				exported = metric.getAsJsonObject();
			}
		}
		assertNotNull(exported, "the corrected metric is in the lossless export");
		assertTrue(!exported.has("status") || exported.get("status").getAsString().equals("accepted"), exported.toString());
		assertEquals(0, new BigDecimal("64000").compareTo(exported.getAsJsonObject("normalized").get("value").getAsBigDecimal()),
				exported.toString());
	}

	private static Set<String> ids(List<Span> spans) {
		return spans.stream().map(Span::getId).collect(Collectors.toSet());
	}
}
