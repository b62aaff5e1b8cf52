package org.reportbank.recommenders.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.reportbank.recommenders.Evaluation;
import org.reportbank.recommenders.EvaluationResult;
import org.reportbank.recommenders.LabeledSpan;
import org.reportbank.recommenders.LayerSource;
import org.reportbank.recommenders.Prediction;
import org.reportbank.recommenders.Provenance;
import org.reportbank.recommenders.Score;
import org.reportbank.recommenders.StringMatcher;
import org.reportbank.recommenders.TrainedModel;
import org.reportbank.recommenders.TrainingData;
import org.reportbank.recommenders.TrainingReport;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Cross-validation by report, exact-match scores, and the learning curve. */
class EvaluationTest {

	private static final List<String> LABELS = List.of("ORG", "PER", "LOC");

	private static TrainingData reports(int count) {
		List<TrainingReport> reports = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String text = "第" + i + "次会议：柳南区司法局和柳南区人民法院，王芳主持。";
			reports.add(Texts.report(String.format("%016x", i), text, "柳南区司法局", "ORG", "柳南区人民法院", "ORG", "王芳", "PER"));
		}
		return new TrainingData(LayerSource.gold(), LABELS, reports);
	}

	@Test
	void foldsSplitByReportAndNeverShareOne() throws Exception {
		TrainingData data = reports(12);
		EvaluationResult result = Evaluation.crossValidate(new StringMatcher(), data, 5, new NullProgressMonitor());
		assertEquals(5, result.folds());
		Set<String> seen = new HashSet<>();
		for (List<String> fold : result.foldReports()) {
			assertTrue(fold.size() == 2 || fold.size() == 3, "fold sizes differ by one at most: " + result.foldReports());
			for (String id : fold) {
				assertTrue(seen.add(id), id + " is in two folds");
			}
		}
		assertEquals(new HashSet<>(data.reportIds()), seen, "every report is tested once");
		assertEquals(1.0, result.overall().f1(), 1e-9, "the same strings in every report: all found");
		assertEquals(36, result.overall().truePositives());
	}

	@Test
	void fewerReportsThanFoldsIsLeaveOneOut() throws Exception {
		EvaluationResult result = Evaluation.crossValidate(new StringMatcher(), reports(3), 5, new NullProgressMonitor());
		assertEquals(3, result.folds());
		assertTrue(result.leaveOneOut());
		assertTrue(result.foldReports().stream().allMatch(f -> f.size() == 1));
	}

	@Test
	void precisionRecallAndF1AreComputedPerLabelAndOverallByExactMatch() {
		String text = "王芳在区司法局到莲花山李娜";
		TrainingReport test = new TrainingReport("t", text,
				List.of(new LabeledSpan(0, 2, "PER"), new LabeledSpan(3, 7, "ORG"), new LabeledSpan(8, 11, "LOC")));
		TrainedModel fixed = fixed(List.of(new Prediction(0, 2, "PER", 1), // right
				new Prediction(3, 7, "LOC", 1), // right place, wrong label: a false positive and a miss
				new Prediction(8, 11, "LOC", 0.5), // right
				new Prediction(11, 13, "PER", 0.5), // not labeled there
				new Prediction(8, 10, "LOC", 0.5))); // not the same end: no partial credit

		Map<String, Score> scores = Evaluation.score(fixed, List.of(test), LABELS);

		assertEquals(new Score(1, 1, 0), scores.get("PER"));
		assertEquals(new Score(0, 0, 1), scores.get("ORG"));
		assertEquals(new Score(1, 2, 0), scores.get("LOC"));
		assertEquals(0.5, scores.get("PER").precision(), 1e-9);
		assertEquals(1.0, scores.get("PER").recall(), 1e-9);
		assertEquals(2 / 3.0, scores.get("PER").f1(), 1e-9);
		assertEquals(0.0, scores.get("ORG").f1(), 1e-9, "nothing predicted, one missed");
		Score overall = scores.values().stream().reduce(Score.NONE, Score::plus);
		assertEquals(new Score(2, 3, 1), overall);
		assertEquals(0.4, overall.precision(), 1e-9);
		assertEquals(2 / 3.0, overall.recall(), 1e-9);
		assertEquals(2 * 0.4 * (2 / 3.0) / (0.4 + 2 / 3.0), overall.f1(), 1e-9);
	}

	@Test
	void theLearningCurveHasTenPointsAndTheResultIsJson() throws Exception {
		EvaluationResult result = Evaluation.crossValidate(new StringMatcher(), reports(10), 5, new NullProgressMonitor());
		assertEquals(10, result.learningCurve().size());
		for (int i = 0; i < 10; i++) {
			assertEquals((i + 1) * 10, result.learningCurve().get(i).percent());
			if (i > 0) {
				assertTrue(result.learningCurve().get(i).trainingReports() >= result.learningCurve().get(i - 1).trainingReports());
			}
		}
		assertEquals(5 * 8, result.learningCurve().get(9).trainingReports(), "all 8 training reports of each of 5 folds");
		assertEquals(5 * 1, result.learningCurve().get(0).trainingReports(), "10 % of 8, at least one, per fold");
		assertEquals(result.overall(), result.learningCurve().get(9).score(), "100 % is the cross-validation itself");

		JsonObject json = JsonParser.parseString(result.toJson()).getAsJsonObject();
		assertEquals("string", json.get("recommender").getAsString());
		assertEquals(10, json.getAsJsonArray("learningCurve").size());
		assertEquals(1.0, json.getAsJsonObject("overall").get("f1").getAsDouble(), 1e-9);
		assertEquals(3, json.getAsJsonObject("perLabel").size());
	}

	private static TrainedModel fixed(List<Prediction> predictions) {
		Provenance provenance = new Provenance("fixed", "gold", LABELS, List.of(), "2024-01-01T00:00:00Z", "test");
		return new TrainedModel() {
			@Override
			public Provenance provenance() {
				return provenance;
			}

			@Override
			public List<Prediction> predict(String text) {
				return predictions;
			}

			@Override
			public JsonObject state() {
				return new JsonObject();
			}
		};
	}
}
