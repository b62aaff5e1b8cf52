package org.reportbank.editing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportbank.core.importing.ReportImporter;
import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.editing.LayerEdit;
import org.reportbank.editing.AnnotationSession.SuggestionOrder;
import org.reportbank.model.LabelSet;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;
import org.reportbank.nlp.hanlp.PreAnnotator;

/**
 * What the editor needs for learning from the annotator: suggestions the models are least sure of
 * first, a retrained model's suggestions taken into the open session without losing its decisions
 * or undo history, and one word tagged everywhere in the report as one edit.
 */
class ActiveLearningSessionTest {

	private static final LabelSet LABELS = DefaultLabels.create();
	/** 0 区司法局 4 ... 市司法局 ... 区司法局 again, and a law. */
	private static final String TEXT = "区司法局组织开展法治宣传。市司法局和区司法局联合执法，落实行政复议法。";

	private static Report report(Span... suggestions) {
		Report report = ReportbankFactory.eINSTANCE.createReport();
		report.setId("r1");
		report.setText(TEXT);
		Layer layer = ReportbankFactory.eINSTANCE.createLayer();
		layer.setId("preannotation");
		layer.setKind(LayerKind.PREANNOTATION);
		for (Span span : suggestions) {
			layer.getSpans().add(span);
		}
		report.getLayers().add(layer);
		return report;
	}

	private static Span suggestion(String id, String text, int occurrence, String label, double confidence) {
		int at = -1;
		for (int i = 0; i <= occurrence; i++) {
			at = TEXT.indexOf(text, at + 1);
		}
		Span span = ReportbankFactory.eINSTANCE.createEntity();
		span.setId(id);
		span.setBegin(at);
		span.setEnd(at + text.length());
		span.setLabel(label);
		span.setConfidence(confidence);
		span.setOrigin(SpanOrigin.MODEL);
		span.setStatus(SpanStatus.SUGGESTED);
		span.setTool("string");
		return span;
	}

	private static List<String> walk(AnnotationSession session, SuggestionOrder order) {
		List<String> ids = new ArrayList<>();
		Span current = session.firstUndecided(order);
		while (current != null && !ids.contains(current.getId())) {
			ids.add(current.getId());
			current = session.nextUndecided(current, order);
		}
		return ids;
	}

	@Test
	void uncertainFirstWalksBySmallestMarginWithRivalsAtTheSamePlaceAndTiesInDocumentOrder() {
		Report report = report( //
				suggestion("sure", "区司法局", 0, "ORG", 0.95), // |2·0.95 − 1| = 0.9
				suggestion("coin", "市司法局", 0, "ORG", 0.5), // 0.0
				suggestion("rivalOrg", "区司法局", 1, "ORG", 0.6), // 0.6 − 0.55 = 0.05
				suggestion("rivalLoc", "区司法局", 1, "LOC", 0.55), // 0.55 − 0.6 = −0.05
				suggestion("law", "行政复议法", 0, "LAW", 0.45)); // 0.1
		AnnotationSession session = new AnnotationSession(report, "王芳", LABELS);

		assertEquals(-0.05, session.margin(session.suggestions().stream().filter(s -> s.getId().equals("rivalLoc")).findFirst().get()),
				1e-9);
		assertEquals(List.of("rivalLoc", "coin", "rivalOrg", "law", "sure"), walk(session, SuggestionOrder.UNCERTAINTY));
		assertEquals(List.of("sure", "coin", "rivalLoc", "rivalOrg", "law"), walk(session, SuggestionOrder.POSITION),
				"position order is the text's");
		assertEquals(walk(session, SuggestionOrder.POSITION).get(1),
				session.nextUndecided(session.suggestions().get(0)).getId(), "the old methods are position order");

		// rejecting the weaker rival leaves the other alone at its place: its margin is |2·0.6 − 1| = 0.2 now
		Span weaker = session.firstUndecided(SuggestionOrder.UNCERTAINTY);
		session.reject(weaker);
		Span next = session.nextUndecided(weaker, SuggestionOrder.UNCERTAINTY);
		assertEquals("coin", next.getId(), "the decided anchor keeps its place in the order");
		assertEquals(List.of("coin", "law", "rivalOrg", "sure"), walk(session, SuggestionOrder.UNCERTAINTY));
		assertEquals("sure", session.previousUndecided(session.firstUndecided(SuggestionOrder.UNCERTAINTY),
				SuggestionOrder.UNCERTAINTY).getId(), "previous wraps round to the surest");
	}

	@Test
	void nAndEnterInUncertaintyOrderReachEveryRealSuggestion() throws Exception {
		Report seed = new ReportImporter().read(Path.of(System.getProperty("reportbank.root")).resolve("seeds/000_2d72018e1f56853b.txt"));
		seed.getLayers().add(new PreAnnotator().annotate(seed));
		AnnotationSession session = new AnnotationSession(seed, "王芳", LABELS);
		int all = session.suggestions().size();
		assertTrue(all > 10, "suggestions: " + all);
		Span current = session.firstUndecided(SuggestionOrder.UNCERTAINTY);
		double smallest = session.margin(current);
		assertTrue(session.suggestions().stream().allMatch(s -> session.margin(s) >= smallest), "the walk starts at the least sure");
		int steps = 0;
		while (current != null && steps <= all) {
			session.accept(current);
			current = session.nextUndecided(current, SuggestionOrder.UNCERTAINTY);
			steps++;
		}
		assertEquals(all, steps, "one n + Enter per suggestion");
		assertEquals(all, session.decidedCount());
	}

	@Test
	void aFreshPreAnnotationLayerReplacesUndecidedSuggestionsKeepsDecidedOnesAndUndoStillWorks() {
		Span decided = suggestion("decided", "区司法局", 0, "ORG", 0.7);
		Span gone = suggestion("gone", "市司法局", 0, "LOC", 0.4);
		Span stays = suggestion("stays", "行政复议法", 0, "LAW", 0.3);
		Report report = report(decided, gone, stays);
		AnnotationSession session = new AnnotationSession(report, "王芳", LABELS);
		Span accepted = session.accept(decided);
		int tagAt = TEXT.indexOf("法治宣传");
		Span tagged = session.tag(tagAt, tagAt + 4, "PLAN");
		session.select(stays);
		List<int[]> told = new ArrayList<>();
		session.addListener((begin, end) -> told.add(new int[] { begin, end }));
		var undoTop = session.commandStack().getUndoCommand();

		Layer fresh = report(suggestion("decided", "区司法局", 0, "ORG", 0.9), suggestion("stays", "行政复议法", 0, "LAW", 0.8),
				suggestion("new", "市司法局", 0, "ORG", 0.85)).getLayers().get(0);
		session.refreshSuggestions(fresh);

		List<String> ids = session.suggestions().stream().map(Span::getId).sorted().toList();
		assertEquals(List.of("decided", "new", "stays"), ids);
		assertSame(decided, session.suggestions().stream().filter(s -> s.getId().equals("decided")).findFirst().get(),
				"a decided suggestion stays the same object");
		assertEquals(0.7, decided.getConfidence(), 1e-9, "and as it was when it was decided");
		assertSame(stays, session.current(), "the current suggestion stays current");
		assertEquals(0.8, stays.getConfidence(), 1e-9, "with the new model's confidence");
		assertFalse(session.shownSpans().contains(gone), "an undecided suggestion the new layer lacks is gone");
		assertEquals(3, fresh.getSpans().size(), "the given layer is left whole");
		assertEquals(List.of(accepted, tagged), session.ownLayer().getSpans(), "the person's layer is untouched");
		assertSame(undoTop, session.commandStack().getUndoCommand(), "the undo history is untouched");
		assertTrue(session.isDirty());
		assertEquals(1, told.size());
		assertEquals(0, told.get(0)[0]);
		assertEquals(TEXT.length(), told.get(0)[1], "the whole text may look different");

		session.undo(); // the tag
		session.undo(); // the accept: its suggestion, the same object, is undecided again
		assertTrue(session.ownLayer().getSpans().isEmpty());
		assertNull(session.decisionOn(decided));
		assertTrue(session.shownSpans().contains(decided));
		assertFalse(session.isDirty());
		session.redo();
		assertEquals(decided.getId(), session.ownLayer().getSpans().get(0).getBasedOn());
	}

	@Test
	void tagAllOccurrencesIsOneEditAndSkipsPlacesAShownSpanOfTheLabelCovers() {
		Span matching = suggestion("match", "区司法局", 1, "ORG", 0.6);
		Report report = report(matching);
		AnnotationSession session = new AnnotationSession(report, "王芳", LABELS);
		int first = TEXT.indexOf("司法局");
		Span span = session.tag(first, first + 3, "ORG"); // 司法局 of 区司法局: three occurrences in all

		// the ORG suggestion over the second 区司法局 covers the third 司法局: only 市司法局's is left to tag
		assertEquals(1, session.tagAllOccurrences(span));
		List<Span> own = session.ownLayer().getSpans();
		assertEquals(2, own.size());
		assertEquals(TEXT.indexOf("司法局", first + 1), own.get(1).getBegin());
		assertEquals("ORG", own.get(1).getLabel());
		assertEquals(SpanOrigin.HUMAN, own.get(1).getOrigin());
		assertEquals(SpanStatus.ACCEPTED, own.get(1).getStatus());
		assertNull(session.decisionOn(matching), "a covering suggestion is left for the person to decide");
		assertTrue(session.lastEditSummary().startsWith("Tag 1 × ORG"), session.lastEditSummary());
		assertEquals(0, session.tagAllOccurrences(span), "nothing left: no edit");
		session.undo();
		assertEquals(List.of(span), session.ownLayer().getSpans(), "one undo takes them back");

		// another label covers nothing of ORG: each of the other two 司法局 gets a LOC of its own, in one edit
		Span loc = session.relabel(span, "LOC");
		assertEquals(2, session.tagAllOccurrences(loc));
		assertEquals(3, session.ownLayer().getSpans().stream().filter(s -> "LOC".equals(s.getLabel())).count());
		session.undo();
		assertEquals(List.of(loc), session.ownLayer().getSpans(), "one undo takes both back");
	}

	@Test
	void aTextFromAnotherReportIsTaggedWhereverItOccursAndNotBesideTheSameLabel() {
		AnnotationSession session = new AnnotationSession(report(suggestion("match", "区司法局", 1, "ORG", 0.6)), "王芳", LABELS);
		assertEquals(1, session.tagOccurrences("区司法局", "ORG"), "the second one is covered by the ORG suggestion");
		assertEquals(0, session.ownLayer().getSpans().get(0).getBegin());
		assertEquals(0, session.tagOccurrences("区司法局", "ORG"));
		assertEquals(0, session.tagOccurrences("不在文中", "ORG"));
		session.undo();
		assertTrue(session.ownLayer().getSpans().isEmpty());
	}

	@Test
	void whatTheEditDidInOtherReportsIsUndoneAndRedoneWithItEvenWithNothingToTagHere() {
		AnnotationSession session = new AnnotationSession(report(), "王芳", LABELS);
		int first = TEXT.indexOf("区司法局");
		Span span = session.tag(first, first + 4, "ORG");
		session.tagAllOccurrences(span); // every 区司法局 here is ORG now
		List<String> elsewhere = new java.util.ArrayList<>();
		LayerEdit.Elsewhere otherReports = new LayerEdit.Elsewhere() {
			@Override
			public void undo() {
				elsewhere.add("undo");
			}

			@Override
			public void redo() {
				elsewhere.add("redo");
			}
		};

		assertEquals(0, session.tagAllOccurrences(span, otherReports), "nothing left to tag here");
		assertTrue(session.lastEditSummary().startsWith("Tag 0 × ORG and in other reports"), session.lastEditSummary());
		session.undo();
		session.redo();
		session.undo();
		assertEquals(List.of("undo", "redo", "undo"), elsewhere, "each step of the edit reaches the other reports");
	}
}
