package org.reportbank.recommenders.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Label;
import org.reportbank.model.LabelCategory;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.SpanStatus;
import org.reportbank.recommenders.LabeledSpan;
import org.reportbank.recommenders.LayerSource;
import org.reportbank.recommenders.NotEnoughTrainingDataException;
import org.reportbank.recommenders.RecommenderException;
import org.reportbank.recommenders.TrainingData;
import org.reportbank.recommenders.TrainingReport;
import org.reportbank.testing.Fixtures;

/** Training data from each layer source, for the chosen labels, and refused when it is too thin. */
class TrainingDataTest {

	static final String TEXT = "柳南区司法局和柳南区人民法院召开会议，王芳主持，李娜参加。柳南区检察院列席。";
	static final String A = "0000000000000001";
	static final String B = "0000000000000002";
	static final String C = "0000000000000003";

	@TempDir
	Path dir;

	/**
	 * Report A: gold (curated) with a rejected gold span, annotators 王芳 and 李娜; report B: only
	 * 王芳, with one suggestion she rejected; report C: suggestions only.
	 */
	static List<Report> reports() {
		Report a = Fixtures.report(A, TEXT);
		Layer gold = Fixtures.layer(a, "gold", LayerKind.GOLD);
		Texts.span(gold, TEXT, "柳南区司法局", "ORG", SpanStatus.ACCEPTED);
		Texts.span(gold, TEXT, "柳南区人民法院", "ORG", SpanStatus.ACCEPTED);
		Texts.span(gold, TEXT, "王芳", "PER", SpanStatus.ACCEPTED);
		Texts.span(gold, TEXT, "李娜", "PER", SpanStatus.ACCEPTED);
		Texts.span(gold, TEXT, "柳南区检察院", "COURT", SpanStatus.ACCEPTED);
		Texts.span(gold, TEXT, "会议", "ORG", SpanStatus.REJECTED);
		Layer wang = Fixtures.annotator(a, "王芳");
		Texts.span(wang, TEXT, "柳南区司法局", "ORG", SpanStatus.ACCEPTED);
		Texts.span(wang, TEXT, "李娜", "PER", SpanStatus.ACCEPTED);
		Layer li = Fixtures.annotator(a, "李娜");
		Texts.span(li, TEXT, "柳南区司法局", "ORG", SpanStatus.ACCEPTED);
		Texts.span(li, TEXT, "王芳", "PER", SpanStatus.ACCEPTED);
		Texts.span(li, TEXT, "柳南区", "LOC", SpanStatus.REJECTED);

		Report b = Fixtures.report(B, TEXT);
		Layer wangB = Fixtures.annotator(b, "王芳");
		Texts.span(wangB, TEXT, "柳南区人民法院", "ORG", SpanStatus.ACCEPTED);
		Texts.span(wangB, TEXT, "王芳", "PER", SpanStatus.ACCEPTED);
		Texts.span(wangB, TEXT, "柳南区检察院", "COURT", SpanStatus.ACCEPTED);

		Report c = Fixtures.report(C, TEXT);
		Layer suggestions = Fixtures.layer(c, "preannotation", LayerKind.PREANNOTATION);
		Texts.span(suggestions, TEXT, "柳南区司法局", "ORG", SpanStatus.SUGGESTED);
		return List.of(a, b, c);
	}

	static CorpusStore store(Path dir, List<Report> reports) throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		try (CorpusStore.WriteSession session = store.beginWrite("test")) {
			Label court = ReportbankFactory.eINSTANCE.createLabel();
			court.setName("COURT");
			court.setCategory(LabelCategory.ENTITY);
			court.setColor("#123456");
			session.corpus().getLabelSet().getLabels().add(court);
			for (Report report : reports) {
				session.addReport(report);
			}
			session.commit();
		}
		return store;
	}

	private static LabeledSpan span(String part, String label) {
		return Texts.labeled(TEXT, part, 0, label);
	}

	@Test
	void goldTakesTheGoldLayersSpansButNotTheRejectedOnesAndEveryLabelByDefaultCustomOnesIncluded() throws Exception {
		TrainingData data = TrainingData.collect(store(dir, reports()), LayerSource.gold(), List.of(),
				new NullProgressMonitor());
		assertTrue(data.labels().containsAll(List.of("ORG", "PER", "LOC", "METRIC", "COURT")), data.labels().toString());
		assertEquals(List.of(A), data.reportIds(), "only report A has a gold layer");
		assertEquals(List.of(span("柳南区司法局", "ORG"), span("柳南区人民法院", "ORG"), span("王芳", "PER"), span("李娜", "PER"),
				span("柳南区检察院", "COURT")), data.reports().get(0).spans());
	}

	@Test
	void acceptedTakesEveryAnnotatorsAcceptedSpansOnceEachAndNeverSuggestions() throws Exception {
		TrainingData data = TrainingData.from(reports(), LayerSource.accepted(), List.of("ORG", "PER", "COURT"));
		assertEquals(List.of(A, B), data.reportIds());
		TrainingReport a = data.reports().get(0);
		assertEquals(List.of(span("柳南区司法局", "ORG"), span("李娜", "PER"), span("王芳", "PER")), a.spans(),
				"both annotators' accepted spans, the one they share once; 李娜's rejection is not a span");
		assertEquals(3, data.reports().get(1).spans().size());
	}

	@Test
	void oneAnnotatorsLayerByNameAndOnlyTheChosenLabels() throws Exception {
		TrainingData data = TrainingData.from(reports(), LayerSource.parse("王芳"), List.of("ORG", "PER", "COURT"));
		assertEquals("annotator:王芳", data.source().key());
		assertEquals(List.of(A, B), data.reportIds());
		assertEquals(List.of(span("柳南区司法局", "ORG"), span("李娜", "PER")), data.reports().get(0).spans());
		assertEquals(List.of(span("柳南区人民法院", "ORG"), span("王芳", "PER"), span("柳南区检察院", "COURT")),
				data.reports().get(1).spans());
		assertEquals(5, data.spanCount());

		TrainingData courts = TrainingData.from(reports(), LayerSource.gold(), List.of("ORG", "PER", "COURT"));
		assertEquals(5, courts.spanCount(), "the gold layer's, its rejected span left out");
	}

	@Test
	void tooFewSpansIsRefusedNamingTheSourceAndTheCounts() throws Exception {
		NotEnoughTrainingDataException e = assertThrows(NotEnoughTrainingDataException.class,
				() -> TrainingData.from(reports(), LayerSource.annotator("王芳"), List.of("ORG", "COURT")));
		assertEquals(3, e.spans());
		assertEquals(2, e.reports());
		assertTrue(e.getMessage().contains("王芳") && e.getMessage().contains("3 spans") && e.getMessage().contains("2 reports")
				&& e.getMessage().contains("at least 5"), e.getMessage());

		NotEnoughTrainingDataException none = assertThrows(NotEnoughTrainingDataException.class,
				() -> TrainingData.from(reports(), LayerSource.annotator("张伟"), List.of("ORG")));
		assertTrue(none.getMessage().contains("0 spans") && none.getMessage().contains("0 reports"), none.getMessage());
	}

	@Test
	void aLabelTheCorpusDoesNotHaveIsRefused() throws Exception {
		CorpusStore store = store(dir, reports());
		RecommenderException e = assertThrows(RecommenderException.class,
				() -> TrainingData.collect(store, LayerSource.gold(), List.of("ORG", "COURTS"), new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("\"COURTS\"") || e.getMessage().contains("COURTS"), e.getMessage());
	}
}
