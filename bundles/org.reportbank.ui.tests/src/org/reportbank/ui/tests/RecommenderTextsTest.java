package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.reportbank.model.Annotator;
import org.reportbank.model.Corpus;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.recommenders.Evaluation;
import org.reportbank.recommenders.EvaluationResult;
import org.reportbank.recommenders.LayerSource;
import org.reportbank.recommenders.NotEnoughTrainingDataException;
import org.reportbank.recommenders.RecommenderSettings;
import org.reportbank.recommenders.Recommenders;
import org.reportbank.recommenders.Score;
import org.reportbank.recommenders.TrainedModel;
import org.reportbank.recommenders.TrainingData;
import org.reportbank.testing.Fixtures;
import org.reportbank.ui.presenters.RecommenderTexts;
import org.reportbank.ui.presenters.RecommenderTexts.Row;

/** What the Recommenders view says, from real recommenders on real training data, without a display. */
class RecommenderTextsTest {

	private static final String TEXT = "区司法局组织开展法治宣传。市司法局和区公安局联合执法，落实行政复议法。";

	/** Reports whose annotator 王芳 tagged every 司法局 and 公安局 as ORG and the law as LAW. */
	private static List<Report> reports(int count) {
		List<Report> reports = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Report report = Fixtures.report(String.format("%016x", i + 1), TEXT);
			Layer layer = Fixtures.annotator(report, "王芳");
			Fixtures.span(layer, 0, 4, "ORG");
			Fixtures.span(layer, 13, 17, "ORG");
			Fixtures.span(layer, 18, 22, "ORG");
			Fixtures.span(layer, 29, 34, "LAW");
			reports.add(report);
		}
		return reports;
	}

	@Test
	void sourcesAreGoldAcceptedAndEachAnnotatorOnceWithTheSettingsKeyFound() {
		Corpus corpus = ReportbankFactory.eINSTANCE.createCorpus();
		for (String name : List.of("李四", "王芳")) {
			Annotator annotator = ReportbankFactory.eINSTANCE.createAnnotator();
			annotator.setId(name);
			annotator.setName(name);
			corpus.getAnnotators().add(annotator);
		}
		List<RecommenderTexts.Source> sources = RecommenderTexts.sources(corpus, "王芳");
		assertEquals(List.of("gold", "accepted", "annotator:李四", "annotator:王芳"),
				sources.stream().map(RecommenderTexts.Source::key).toList());
		assertEquals("Annotator 王芳", sources.get(3).text());
		assertEquals(3, RecommenderTexts.indexOf(sources, "王芳"), "a bare name is that annotator's layers");
		assertEquals(1, RecommenderTexts.indexOf(sources, "accepted"));
		assertEquals(-1, RecommenderTexts.indexOf(sources, "annotator:赵六"));
	}

	@Test
	void aRowShowsTheSwitchThresholdAndTheLastScoresOrThatThereAreNone() {
		Row fresh = RecommenderTexts.row("perceptron", new RecommenderSettings.Switch(true, 0), Optional.empty());
		assertEquals(List.of("Perceptron (HanLP)", "–", "–", "–", "not evaluated"),
				List.of(fresh.title(), fresh.precision(), fresh.recall(), fresh.f1(), fresh.evaluated()));
		assertFalse(fresh.underThreshold());

		EvaluationResult result = new EvaluationResult("string", "accepted", List.of("ORG"), 3, false, List.of(List.of("a")),
				Map.of("ORG", new Score(6, 2, 4)), new Score(6, 2, 4), List.of(), 0, "2026-12-05T11:30:00Z", "0.1.0");
		Row scored = RecommenderTexts.row("string", new RecommenderSettings.Switch(false, 0.7), Optional.of(result));
		assertEquals(List.of("String matcher", "0.75", "0.60", "0.67"),
				List.of(scored.title(), scored.precision(), scored.recall(), scored.f1()));
		assertFalse(scored.enabled());
		assertEquals(0.7, scored.threshold(), 1e-9);
		assertTrue(scored.underThreshold(), "F1 0.67 is under 0.70: it does not suggest");
		assertTrue(scored.evaluated().matches("2026-12-0[45] \\d\\d:\\d\\d"), scored.evaluated());
	}

	@Test
	void aRealEvaluationGivesACurveFromTheOriginAndTheSentencesSayWhatHappened() throws Exception {
		TrainingData data = TrainingData.from(reports(4), LayerSource.accepted(), List.of("ORG", "LAW"));
		TrainedModel model = Recommenders.named("string").train(data, new NullProgressMonitor());
		assertEquals("Trained String matcher on 4 reports with 16 spans of 2 labels",
				RecommenderTexts.trained(List.of(model), data));

		EvaluationResult result = Evaluation.crossValidate(Recommenders.named("string"), data, 2, new NullProgressMonitor());
		List<RecommenderTexts.Point> curve = RecommenderTexts.curve(result);
		assertEquals(new RecommenderTexts.Point(0, 0), curve.get(0), "nothing learned, nothing found");
		assertEquals(Evaluation.CURVE_POINTS + 1, curve.size());
		assertEquals(100, curve.get(curve.size() - 1).percent(), 1e-9);
		assertEquals(1.0, curve.get(curve.size() - 1).f1(), 1e-9, "the same words in every report: all found");
		assertTrue(curve.stream().allMatch(p -> p.f1() >= 0 && p.f1() <= 1 && p.percent() >= 0 && p.percent() <= 100));
		assertEquals("Learning curve of String matcher: 2 folds over 4 reports", RecommenderTexts.curveTitle(result));
		assertEquals("Evaluated: String matcher F1 1.00", RecommenderTexts.evaluated(List.of(result)));

		assertEquals("Recommenders retrained on 3 reports: 12 new suggestions", RecommenderTexts.retrained(3, 12));
		assertEquals("Recommenders retrained on 1 report: 1 new suggestion", RecommenderTexts.retrained(1, 1));
	}

	@Test
	void tooFewSpansSaysWhatToDo() {
		List<Report> one = reports(1);
		Layer layer = one.get(0).getLayers().get(0);
		layer.getSpans().subList(1, layer.getSpans().size()).clear();
		NotEnoughTrainingDataException few = assertThrows(NotEnoughTrainingDataException.class,
				() -> TrainingData.from(one, LayerSource.accepted(), List.of("ORG")));
		String said = RecommenderTexts.problem(few);
		assertTrue(said.startsWith("Too few spans to train on"), said);
		assertTrue(said.endsWith("Annotate a few more spans, or learn from another layer source."), said);
	}
}
