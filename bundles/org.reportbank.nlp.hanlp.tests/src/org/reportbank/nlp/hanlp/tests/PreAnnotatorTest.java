package org.reportbank.nlp.hanlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.reportbank.core.importing.ReportImporter;
import org.reportbank.model.CheckVerdict;
import org.reportbank.model.Claim;
import org.reportbank.model.Layer;
import org.reportbank.model.Metric;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;
import org.reportbank.nlp.hanlp.PreAnnotator;
import org.reportbank.nlp.hanlp.Tokenizations;

/** The whole pre-annotator on real reports and on the inputs that break naive code. */
class PreAnnotatorTest {

	private final PreAnnotator annotator = new PreAnnotator();

	private static Report report(String text) {
		Report report = ReportbankFactory.eINSTANCE.createReport();
		report.setId("test");
		report.setText(text);
		return report;
	}

	private static Report seed(String name) throws Exception {
		return new ReportImporter().read(Path.of(System.getProperty("reportbank.root", "../..")).resolve("seeds").resolve(name));
	}

	@Test
	void seed002FlagsTheWrongPassRateAndSuggestsEverythingElse() throws Exception {
		Report report = seed("002_2da23d56d58a0cbd.txt");
		Layer layer = annotator.annotate(report);
		assertTrue(layer.getChecks().stream().anyMatch(c -> c.getVerdict() == CheckVerdict.INCONSISTENT
				&& c.getStated().compareTo(new java.math.BigDecimal("98.7")) == 0
				&& c.getRecomputed().compareTo(new java.math.BigDecimal("94.9")) == 0), "79 took it, 75 passed: not 98.7%");
		assertTrue(layer.getSpans().stream().allMatch(s -> s.getStatus() == SpanStatus.SUGGESTED && s.getTool() != null));
		assertTrue(layer.getSpans().stream().anyMatch(s -> s instanceof Metric m && m.getUnit().equals("万元") == false
				&& report.getText().substring(m.getBegin(), m.getEnd()).equals("68.136万元") == false), "metrics found");
		Claim withMetrics = layer.getSpans().stream().filter(Claim.class::isInstance).map(Claim.class::cast)
				.filter(c -> !c.getMetrics().isEmpty()).findFirst().orElseThrow();
		for (Metric m : withMetrics.getMetrics()) {
			assertTrue(m.getBegin() >= withMetrics.getBegin() && m.getEnd() <= withMetrics.getEnd());
		}
		assertEquals(report.getText().length(), last(Tokenizations.boundaries(layer.getTokenization().getLengths())));
	}

	@Test
	void sameInputSameSuggestionsSameIds() throws Exception {
		Report report = seed("000_2d72018e1f56853b.txt");
		Layer first = annotator.annotate(report);
		Layer second = new PreAnnotator().annotate(report);
		assertTrue(EcoreUtil.equals(first, second));
		assertEquals(first.getSpans().size(), first.getSpans().stream().map(Span::getId).distinct().count(), "ids are unique");
	}

	@Test
	void offsetsStayRightAfterEmojiAndExtensionBCharacters() {
		String text = "𠀀😀区司法局全年受理行政复议申请68件，败诉率4%，新增注册资本23.07亿元。";
		Layer layer = annotator.annotate(report(text));
		List<String> metrics = layer.getSpans().stream().filter(Metric.class::isInstance)
				.map(s -> text.substring(s.getBegin(), s.getEnd())).toList();
		assertEquals(List.of("68件", "4%", "23.07亿元"), metrics);
	}

	@Test
	void emptyNumbersOnlyAndOneHugeLineAllWork() {
		assertTrue(annotator.annotate(report("")).getSpans().isEmpty());
		Layer numbers = annotator.annotate(report("1 2 3 4 5 6 7 8 9 10 2023 2024 3.14 0772-2833565"));
		assertFalse(numbers.getSpans().stream().anyMatch(Metric.class::isInstance), "numbers without units are not metrics");
		String sentence = "全年受理行政复议申请68件，调解成功率98.64%，";
		StringBuilder line = new StringBuilder();
		while (line.length() < 5 * 1024 * 1024 / 3) { // about 5 MB of UTF-8 on one line
			line.append(sentence);
		}
		Layer huge = annotator.annotate(report(line.toString()));
		long metrics = huge.getSpans().stream().filter(Metric.class::isInstance).count();
		assertEquals(2L * (line.length() / sentence.length()), metrics);
	}

	private static int last(int[] values) {
		return values[values.length - 1];
	}
}
