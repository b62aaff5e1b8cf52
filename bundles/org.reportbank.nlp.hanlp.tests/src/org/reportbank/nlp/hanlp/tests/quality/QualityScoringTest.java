package org.reportbank.nlp.hanlp.tests.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportbank.nlp.hanlp.PreAnnotator;
import org.reportbank.nlp.hanlp.tests.quality.GoldSet.GoldMetric;
import org.reportbank.nlp.hanlp.tests.quality.GoldSet.GoldSentence;
import org.reportbank.nlp.hanlp.tests.quality.QualityEvaluation.Prediction;
import org.reportbank.nlp.hanlp.tests.quality.QualityEvaluation.Result;
import org.reportbank.nlp.hanlp.tests.quality.QualityEvaluation.Score;

/** The scoring itself, on hand-made predictions whose figures are known. */
class QualityScoringTest {

	private static final double EPS = 1e-9;

	private static GoldMetric m(String text, String value, String unit) {
		return new GoldMetric(text, new BigDecimal(value), unit);
	}

	private static final String GOLD = """
			{"text": "区司法局受理申请68件，办结68件，败诉率4%。", "metrics": [{"text": "68件", "value": "68", "unit": "件"}, {"text": "68件", "value": "68", "unit": "件"}, {"text": "4%", "value": "4", "unit": "%"}], "orgs": ["区司法局"]}

			{"text": "区政府召开会议3次。", "metrics": [{"text": "3次", "value": "3", "unit": "次"}], "orgs": ["区政府"]}
			{"text": "党委统一领导。", "metrics": [], "orgs": []}
			""";

	private static List<GoldSentence> gold() {
		return GoldSet.parse(GOLD);
	}

	private static List<Prediction> predictions() {
		return List.of(
				// 68 found once (as 68.0: compared by value), 4 % with a wider span, a year taken for a metric,
				// the right org and a part of it
				new Prediction(List.of(m("68件", "68.0", "件"), m("率4%", "4", "%"), m("2023年", "2023", "年")),
						List.of("区司法局", "司法局")),
				// right value, wrong unit; the org missed
				new Prediction(List.of(m("3次", "3", "场")), List.of()),
				// nothing in a sentence with nothing
				new Prediction(List.of(), List.of()));
	}

	@Test
	void readsTheGoldLinesAndSkipsBlankOnes() {
		List<GoldSentence> gold = gold();
		assertEquals(3, gold.size());
		assertEquals(1, gold.get(0).line());
		assertEquals(3, gold.get(1).line());
		assertEquals(3, gold.get(0).metrics().size());
		assertEquals(0, new BigDecimal("68").compareTo(gold.get(0).metrics().get(0).value()));
		assertEquals(List.of("区政府"), gold.get(1).orgs());
	}

	@Test
	void scoresMetricsByValueAndUnitAsAMultiset() {
		Result r = QualityEvaluation.score(gold(), predictions());
		// tp: 68 件 (once), 4 %; fp: 2023 年, 3 场; fn: the second 68 件, 3 次
		assertEquals(new Score(2, 2, 2), r.metrics());
		assertEquals(0.5, r.metrics().precision(), EPS);
		assertEquals(0.5, r.metrics().recall(), EPS);
		assertEquals(0.5, r.metrics().f1(), EPS);
		assertEquals(List.of("`2023年` = 2023 年", "`3次` = 3 场"),
				r.metricFalsePositives().stream().map(QualityEvaluation.Error::item).toList());
		assertEquals(List.of("`68件` = 68 件", "`3次` = 3 次"),
				r.metricFalseNegatives().stream().map(QualityEvaluation.Error::item).toList());
		assertEquals(1, r.metricFalseNegatives().get(0).line());
		assertEquals(3, r.metricFalseNegatives().get(1).line());
	}

	@Test
	void theStrictFigureAlsoNeedsTheExactSpan() {
		Result r = QualityEvaluation.score(gold(), predictions());
		// only 68件 has the gold span; 率4% is a span difference
		assertEquals(new Score(1, 3, 3), r.metricSpans());
		assertEquals(0.25, r.metricSpans().precision(), EPS);
		assertEquals(0.25, r.metricSpans().recall(), EPS);
		assertEquals(1, r.metricSpanDifferences().size());
		assertTrue(r.metricSpanDifferences().get(0).item().contains("`4%`"));
		assertTrue(r.metricSpanDifferences().get(0).item().contains("`率4%`"));
	}

	@Test
	void scoresOrgsByExactText() {
		Result r = QualityEvaluation.score(gold(), predictions());
		assertEquals(new Score(1, 1, 1), r.orgs());
		assertEquals(0.5, r.orgs().precision(), EPS);
		assertEquals(0.5, r.orgs().recall(), EPS);
		assertEquals("`司法局`", r.orgFalsePositives().get(0).item());
		assertEquals("`区政府`", r.orgFalseNegatives().get(0).item());
		assertEquals(4, r.goldMetrics());
		assertEquals(2, r.goldOrgs());
	}

	@Test
	void perfectAndEmptyPredictions() {
		List<GoldSentence> gold = gold();
		List<Prediction> perfect = gold.stream().map(s -> new Prediction(s.metrics(), s.orgs())).toList();
		Result best = QualityEvaluation.score(gold, perfect);
		assertEquals(1.0, best.metrics().f1(), EPS);
		assertEquals(1.0, best.metricSpans().f1(), EPS);
		assertEquals(1.0, best.orgs().f1(), EPS);

		List<Prediction> none = gold.stream().map(s -> new Prediction(List.of(), List.of())).toList();
		Result worst = QualityEvaluation.score(gold, none);
		assertEquals(new Score(0, 0, 4), worst.metrics());
		assertEquals(0.0, worst.metrics().precision(), EPS);
		assertEquals(0.0, worst.metrics().recall(), EPS);
		assertEquals(0.0, worst.metrics().f1(), EPS);
	}

	@Test
	void theMarkdownReportHoldsTheFiguresAndLimitsTheErrorLists() {
		Result r = QualityEvaluation.score(gold(), predictions());
		String md = QualityEvaluation.markdown(r, 1, List.of("target line"));
		assertTrue(md.contains("| METRIC (value + unit) | 0.500 | 0.500 | 0.500 | 2 | 2 | 2 |"), md);
		assertTrue(md.contains("| METRIC (value + unit + exact span) | 0.250 | 0.250 | 0.250 | 1 | 3 | 3 |"), md);
		assertTrue(md.contains("## METRIC false positives (2)"), md);
		assertTrue(md.contains("… and 1 more"), md);
		assertTrue(md.contains("- target line"), md);
	}

	@Test
	void badGoldIsRejectedWithItsLine() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldSet.parse(
				"{\"text\": \"受理68件。\", \"metrics\": [{\"text\": \"69件\", \"value\": \"69\", \"unit\": \"件\"}], \"orgs\": []}"));
		assertTrue(e.getMessage().contains(":1:"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> GoldSet.parse(
				"{\"text\": \"受理68件。\", \"metrics\": [{\"text\": \"68件\", \"value\": \"六十八\", \"unit\": \"件\"}], \"orgs\": []}"));
		assertThrows(IllegalArgumentException.class,
				() -> GoldSet.parse("{\"text\": \"受理68件。\", \"metrics\": [], \"orgs\": [\"区司法局\"]}"));
	}

	@Test
	void predictionsOfTheRealPreAnnotatorCoverTextOfTheSentence() {
		String text = "2023年，区司法局受理行政复议申请68件，同比下降26%。";
		Prediction p = QualityEvaluation.predict(new PreAnnotator(), "gold-test", text);
		p.metrics().forEach(m -> assertTrue(text.contains(m.text()), m.toString()));
		p.orgs().forEach(o -> assertTrue(text.contains(o), o));
	}
}
