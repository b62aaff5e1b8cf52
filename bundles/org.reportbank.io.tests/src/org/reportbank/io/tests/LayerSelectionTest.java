package org.reportbank.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportbank.testing.Fixtures.decision;
import static org.reportbank.testing.Fixtures.layer;
import static org.reportbank.io.tests.DatasetFixtures.report;
import static org.reportbank.testing.Fixtures.span;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportbank.io.dataset.LayerSelection;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;

/** Which spans are positives: gold, one annotator's, accepted; never a rejected one. */
class LayerSelectionTest {

	private static final String TEXT = "区司法局受理行政复议申请68件，败诉率4%，新增注册资本23.07亿元。";

	private static List<String> ids(List<Span> spans) {
		return spans.stream().map(Span::getId).toList();
	}

	@Test
	void parsesGoldAcceptedAndAnnotators() {
		assertEquals(LayerSelection.Kind.GOLD, LayerSelection.parse(null).kind());
		assertEquals(LayerSelection.Kind.GOLD, LayerSelection.parse("gold").kind());
		assertEquals(LayerSelection.Kind.ACCEPTED, LayerSelection.parse("accepted").kind());
		LayerSelection annotator = LayerSelection.parse("王芳");
		assertEquals(LayerSelection.Kind.ANNOTATOR, annotator.kind());
		assertEquals("王芳", annotator.annotatorId());
		assertEquals("王芳", annotator.name());
	}

	@Test
	void goldIsTheGoldLayerSortedByBeginWithoutRejected() {
		Report report = report("r1", "柳州市城中区", 2023, TEXT);
		Layer gold = layer(report, "gold", LayerKind.GOLD);
		span(gold, "late", 20, 22, "METRIC", SpanStatus.ACCEPTED);
		span(gold, "early", 0, 4, "ORG", SpanStatus.ACCEPTED);
		span(gold, "no", 4, 6, "PER", SpanStatus.REJECTED);
		span(gold, "suggested", 12, 15, "METRIC", SpanStatus.SUGGESTED);
		Layer annotator = layer(report, "王芳", LayerKind.ANNOTATOR);
		span(annotator, "hers", 6, 8, "ORG", SpanStatus.ACCEPTED);

		assertEquals(List.of("early", "suggested", "late"), ids(LayerSelection.gold().positives(report)));
		assertTrue(LayerSelection.gold().covers(report));
	}

	@Test
	void aCurationUnderWayIsNotGoldYet() {
		Report report = report("r1", "柳州市城中区", 2023, TEXT);
		Layer gold = layer(report, "gold", LayerKind.GOLD);
		gold.setStatus(org.reportbank.model.ReportStatus.IN_PROGRESS);
		assertFalse(LayerSelection.gold().covers(report), "unresolved disagreements would read as text without entities");
		gold.setStatus(org.reportbank.model.ReportStatus.CURATED);
		assertTrue(LayerSelection.gold().covers(report));
		gold.setStatus(org.reportbank.model.ReportStatus.NEW);
		assertTrue(LayerSelection.gold().covers(report), "a gold layer written without a status (older files) counts");
	}

	@Test
	void anAnnotatorIsTheirLayerOnly() {
		Report report = report("r1", "柳州市城中区", 2023, TEXT);
		Layer wang = layer(report, "王芳", LayerKind.ANNOTATOR);
		span(wang, "w1", 0, 4, "ORG", SpanStatus.ACCEPTED);
		span(wang, "w2", 4, 6, "PER", SpanStatus.REJECTED);
		Layer li = layer(report, "李明", LayerKind.ANNOTATOR);
		span(li, "l1", 0, 4, "LOC", SpanStatus.ACCEPTED);
		Layer gold = layer(report, "gold", LayerKind.GOLD);
		span(gold, "g1", 0, 4, "ORG", SpanStatus.ACCEPTED);

		assertEquals(List.of("w1"), ids(LayerSelection.parse("王芳").positives(report)));
		assertEquals(List.of("l1"), ids(LayerSelection.parse("李明").positives(report)));
		assertTrue(LayerSelection.parse("李明").covers(report));
		assertFalse(LayerSelection.parse("张三").covers(report));
		assertEquals(List.of(), LayerSelection.parse("张三").positives(report));
	}

	@Test
	void acceptedTakesTheHumanSpanForAnAcceptedSuggestionAndNeverARejectedOne() {
		Report report = report("r1", "柳州市城中区", 2023, TEXT);
		Layer pre = layer(report, "preannotation", LayerKind.PREANNOTATION);
		Span acceptedByPerson = span(pre, "s-acc", 0, 4, "ORG", SpanStatus.SUGGESTED);
		Span rejectedByPerson = span(pre, "s-rej", 12, 15, "METRIC", SpanStatus.SUGGESTED);
		span(pre, "s-untouched", 20, 22, "METRIC", SpanStatus.SUGGESTED);
		span(pre, "s-status-accepted", 30, 37, "METRIC", SpanStatus.ACCEPTED);
		span(pre, "s-status-rejected", 6, 8, "ORG", SpanStatus.REJECTED);
		// accepted as a status, but a person rejected it: the person decides
		Span overruled = span(pre, "s-overruled", 16, 19, "METRIC", SpanStatus.ACCEPTED);
		Layer wang = layer(report, "王芳", LayerKind.ANNOTATOR);
		decision(wang, acceptedByPerson, SpanStatus.ACCEPTED);
		decision(wang, rejectedByPerson, SpanStatus.REJECTED);
		decision(wang, overruled, SpanStatus.REJECTED);
		span(wang, "drawn", 8, 10, "LAW", SpanStatus.ACCEPTED);
		// a second annotator accepting the same suggestion: no duplicate
		Layer li = layer(report, "李明", LayerKind.ANNOTATOR);
		decision(li, acceptedByPerson, SpanStatus.ACCEPTED);

		List<Span> positives = LayerSelection.accepted().positives(report);
		assertEquals(List.of("王芳-s-acc", "drawn", "s-status-accepted"), ids(positives));
		assertTrue(positives.stream().noneMatch(s -> s.getStatus() == SpanStatus.REJECTED));
		assertTrue(LayerSelection.accepted().covers(report));
	}

	@Test
	void acceptedDoesNotCoverAReportNobodyDecidedOn() {
		Report report = report("r1", "柳州市城中区", 2023, TEXT);
		Layer pre = layer(report, "preannotation", LayerKind.PREANNOTATION);
		span(pre, "s1", 0, 4, "ORG", SpanStatus.SUGGESTED);
		assertFalse(LayerSelection.accepted().covers(report));
		assertFalse(LayerSelection.gold().covers(report));
		assertEquals(List.of(), LayerSelection.accepted().positives(report));
	}

	@Test
	void duplicatesOfTwoGoldLayersAreExportedOnce() {
		Report report = report("r1", "柳州市城中区", 2023, TEXT);
		span(layer(report, "gold", LayerKind.GOLD), "a", 0, 4, "ORG", SpanStatus.ACCEPTED);
		span(layer(report, "gold-2", LayerKind.GOLD), "b", 0, 4, "ORG", SpanStatus.ACCEPTED);
		assertEquals(List.of("a"), ids(LayerSelection.gold().positives(report)));
	}
}
