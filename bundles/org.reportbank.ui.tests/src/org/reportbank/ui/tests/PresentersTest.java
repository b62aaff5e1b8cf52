package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.core.labels.LabelColors;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.LabelSet;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;
import org.reportbank.testing.Fixtures;
import org.reportbank.ui.presenters.AnnotationLook;
import org.reportbank.ui.presenters.CurationTexts;
import org.reportbank.ui.presenters.SpanStyles;
import org.reportbank.ui.presenters.SpanStyles.Look;
import org.reportbank.ui.presenters.SpanStyles.Run;

/** The views' presenters, without a display: how characters look, what the curation view says. */
class PresentersTest {

	private static final LabelSet LABELS = DefaultLabels.create();

	private static Look at(List<Run> runs, int offset) {
		return runs.stream().filter(r -> r.begin() <= offset && offset < r.end()).map(Run::look).findFirst().orElse(null);
	}

	@Test
	void theInnermostSpanColoursACharacterAndTheOuterOneUnderlinesIt() {
		List<Run> runs = new SpanStyles(0, 10, true).span(0, 10, 0x111111).span(2, 4, 0x222222).runs();
		assertEquals(List.of(0, 2, 4), runs.stream().map(Run::begin).toList(), "three runs: outer, inner, outer");
		assertEquals(0x222222, at(runs, 3).background());
		assertEquals(0x111111, at(runs, 3).underline());
		assertEquals(SpanStyles.NONE, at(runs, 0).underline());
		// the order of the calls does not matter: the shorter span wins
		assertEquals(runs, new SpanStyles(0, 10, true).span(2, 4, 0x222222).span(0, 10, 0x111111).runs());
	}

	@Test
	void aWindowCoversItsCharactersOnlyAndPlainTextMakesNoRun() {
		List<Run> runs = new SpanStyles(100, 110, false).span(95, 103, 0x111111).bold(108, 120).runs();
		assertEquals(List.of(new Run(100, 103, new Look(false, 0x111111, SpanStyles.NONE, false, SpanStyles.NONE, SpanStyles.NONE)),
				new Run(108, 110, new Look(true, SpanStyles.NONE, SpanStyles.NONE, false, SpanStyles.NONE, SpanStyles.NONE))), runs);
		assertTrue(new SpanStyles(0, 0, false).runs().isEmpty());
	}

	@Test
	void theEditorsLookOfSuggestionsDecisionsTheCurrentSpanAndRejections() {
		Report report = Fixtures.report("00000000000000a1", "区司法局受理行政复议申请68件。");
		var pre = Fixtures.layer(report, "preannotation", LayerKind.PREANNOTATION);
		Span org = Fixtures.span(pre, "s1", 0, 4, "ORG", SpanStatus.SUGGESTED);
		Span metric = Fixtures.span(pre, "s2", 12, 15, "METRIC", SpanStatus.SUGGESTED);
		Span law = Fixtures.span(pre, "s3", 4, 6, "LAW", SpanStatus.SUGGESTED);
		AnnotationSession session = new AnnotationSession(report, "王芳", LABELS);
		AnnotationLook look = new AnnotationLook(LABELS);
		int orgColor = look.colorOf("ORG");

		Look suggested = at(look.window(session, 0, report.getText().length(), false), 1);
		assertEquals(LabelColors.tint(orgColor, LabelColors.SUGGESTED_TINT), suggested.background());
		assertEquals(orgColor, suggested.frame(), "a suggestion is framed in its label's colour");
		assertTrue(suggested.dashed());

		session.accept(org);
		session.reject(law);
		session.select(metric);
		List<Run> runs = look.window(session, 0, report.getText().length(), false);
		Look accepted = at(runs, 1);
		assertEquals(LabelColors.tint(orgColor, LabelColors.ACCEPTED_TINT), accepted.background());
		assertEquals(SpanStyles.NONE, accepted.frame(), "a decided span has no frame");
		assertEquals(0x000000, at(runs, 13).frame(), "the current span is framed in black");
		assertFalse(at(runs, 13).dashed());
		assertNull(at(runs, 5), "a rejected suggestion is not shown");
		assertEquals(look.colorOf("LAW"), at(look.window(session, 0, report.getText().length(), true), 5).strike(),
				"unless asked: then struck through in its colour");
	}

	@Test
	void theCurationViewsYearFieldTakesWholeNumbersOrNothing() {
		assertEquals(new CurationTexts.Year(2023, null), CurationTexts.year(" 2023 "));
		assertEquals(new CurationTexts.Year(null, null), CurationTexts.year(""));
		assertEquals("The year is not a number: 二〇二三", CurationTexts.year("二〇二三").problem());
	}
}
