package org.reportbank.nlp.hanlp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;
import org.reportbank.nlp.hanlp.PreAnnotator;
import org.reportbank.nlp.hanlp.SuggestionMerge;

/**
 * {@link SuggestionMerge#merge} does what {@link SuggestionMerge#apply} does but leave the fresh
 * layer outside the report, so that the store can write it without copying it first.
 */
class SuggestionMergeTest {

	private static final String TEXT = "2023年，区司法局共受理行政复议申请68件，办结61件，办结率89.7%。";

	private static Report annotatedReport() {
		Report report = ReportbankFactory.eINSTANCE.createReport();
		report.setId("test");
		report.setText(TEXT);
		SuggestionMerge.apply(report, new PreAnnotator().annotate(report));
		return report;
	}

	@Test
	void mergeKeepsTouchedSuggestionsAndLeavesTheFreshLayerFree() {
		Report report = annotatedReport();
		Layer old = report.getLayers().get(0);
		Span edited = old.getSpans().get(0);
		edited.setStatus(SpanStatus.ACCEPTED);
		int suggestionsBefore = old.getSpans().size();

		Layer fresh = SuggestionMerge.merge(report, new PreAnnotator().annotate(report));

		assertNull(fresh.eContainer(), "merge leaves the fresh layer out of the report");
		assertEquals(List.of(), report.getLayers(), "the old suggestions layer is taken out");
		assertSame(fresh, edited.eContainer(), "a suggestion a person changed moves into the fresh layer");
		assertEquals(suggestionsBefore, fresh.getSpans().size(), "the same text gives the same suggestions, the changed one not twice");
		assertTrue(fresh.getSpans().stream().filter(s -> s.getId().equals(edited.getId())).count() == 1);
	}

	@Test
	void applyIsMergeThenTheLayerJoinsItsReport() {
		Report report = annotatedReport();
		Layer fresh = SuggestionMerge.apply(report, new PreAnnotator().annotate(report));
		assertEquals(List.of(fresh), report.getLayers());
		assertSame(report, fresh.eContainer());
	}
}
