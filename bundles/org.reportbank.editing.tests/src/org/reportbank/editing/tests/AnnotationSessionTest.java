package org.reportbank.editing.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.ImportException;
import org.reportbank.core.importing.ReportImporter;
import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.editing.AnnotationFiles;
import org.reportbank.core.store.AnnotatorNames;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.editing.AnnotationSession.Decision;
import org.reportbank.model.Claim;
import org.reportbank.model.Entity;
import org.reportbank.model.LabelSet;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Metric;
import org.reportbank.model.Report;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.ReportbankPackage;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;
import org.reportbank.nlp.hanlp.PreAnnotator;

/** One annotator's edits on a real seed report with the real pre-annotator's suggestions. */
class AnnotationSessionTest {

	private static final LabelSet LABELS = DefaultLabels.create();
	private static Report preAnnotated;

	@TempDir
	Path dir;

	@BeforeAll
	static void preAnnotate() throws ImportException {
		Path seed = Path.of(System.getProperty("reportbank.root")).resolve("seeds/002_2da23d56d58a0cbd.txt");
		preAnnotated = new ReportImporter().read(seed);
		preAnnotated.getLayers().add(new PreAnnotator().annotate(preAnnotated));
	}

	private static AnnotationSession session() {
		Report copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(preAnnotated);
		return new AnnotationSession(copy, "王芳", LABELS);
	}

	@Test
	void taggingMakesAnAcceptedHumanSpanInTheAnnotatorsLayerAndUndoRedoTakeItBackAndForth() {
		AnnotationSession session = session();
		String text = session.report().getText();
		int begin = text.indexOf("行政复议");
		List<int[]> changes = new ArrayList<>();
		session.addListener((b, e) -> changes.add(new int[] { b, e }));

		Span span = session.tag(begin, begin + 4, DefaultLabels.ORG);

		assertSame(session.ownLayer(), span.eContainer());
		assertEquals(LayerKind.ANNOTATOR, session.ownLayer().getKind());
		assertEquals("王芳", session.ownLayer().getId());
		assertEquals(SpanOrigin.HUMAN, span.getOrigin());
		assertEquals(SpanStatus.ACCEPTED, span.getStatus());
		assertEquals("王芳", span.getAnnotator());
		assertInstanceOf(Entity.class, span);
		assertTrue(session.isDirty());
		assertArrayEquals(new int[] { begin, begin + 4 }, changes.get(0));
		assertTrue(session.shownSpans().contains(span));

		session.undo();
		assertTrue(session.ownLayer().getSpans().isEmpty());
		assertFalse(session.isDirty());
		assertEquals(2, changes.size(), "undo tells the editor to redraw the range");
		session.redo();
		assertEquals(1, session.ownLayer().getSpans().size());
		assertEquals(begin, session.ownLayer().getSpans().get(0).getBegin());
		assertTrue(session.isDirty());

		assertSame(session.ownLayer().getSpans().get(0), session.tag(begin, begin + 4, DefaultLabels.ORG),
				"the same span is not added twice");
	}

	@Test
	void nextAndAcceptReachEverySuggestionEvenThoseStartingWhereAnotherStarts() {
		AnnotationSession session = session();
		List<Span> all = session.suggestions();
		long sharingAStart = all.stream().filter(a -> all.stream().anyMatch(b -> b != a && b.getBegin() == a.getBegin())).count();
		assertTrue(sharingAStart > 10, "the report has suggestions that start where another starts: " + sharingAStart);
		Span current = session.firstUndecidedFrom(0);
		int steps = 0;
		while (current != null && steps <= all.size()) {
			session.accept(current);
			current = session.nextUndecided(current);
			steps++;
		}
		assertEquals(all.size(), steps, "one n + Enter per suggestion");
		assertEquals(all.size(), session.decidedCount(), "every suggestion decided by keyboard alone");
	}

	@Test
	void aSpanAnUndoTookAwayIsNoLongerCurrent() {
		AnnotationSession session = session();
		Span suggestion = session.firstUndecidedFrom(0);
		Span decision = session.relabel(suggestion, "LAW"); // the person's copy becomes the current span
		assertSame(decision, session.current());
		session.undo(); // the copy now lives in the undo record, not in a layer
		assertNull(session.current(), "nothing can be decided on a span nobody can see");
		assertEquals(Decision.UNDECIDED, session.decision(suggestion));
	}

	@Test
	void previousWalksTheSameOrderBackwards() {
		AnnotationSession session = session();
		List<Span> all = session.suggestions();
		Span last = session.lastUndecidedBefore(Integer.MAX_VALUE);
		assertEquals(all.get(all.size() - 1), last);
		Span back = last;
		for (int i = all.size() - 2; i >= 0; i--) {
			back = session.previousUndecided(back);
			assertEquals(all.get(i), back, "step " + i);
		}
	}

	@Test
	void editingASuggestionDecidesItAndItsNormalizedValueFollows() {
		AnnotationSession session = session();
		Metric suggested = (Metric) session.suggestions().stream().filter(s -> s instanceof Metric m && m.getValue() != null)
				.findFirst().orElseThrow();
		Metric noted = (Metric) session.set(suggested, ReportbankPackage.Literals.SPAN__NOTE, "see table 2");
		assertEquals(SpanStatus.ACCEPTED, noted.getStatus(), "a note is a decision too");
		assertEquals(suggested.getId(), noted.getBasedOn());
		Metric valued = (Metric) session.set(noted, ReportbankPackage.Literals.METRIC__VALUE, new BigDecimal("25"));
		Metric united = (Metric) session.set(valued, ReportbankPackage.Literals.METRIC__UNIT, "亿元");
		assertEquals(0, new BigDecimal("2500000000").compareTo(united.getNormalizedValue()));
		assertEquals("元", united.getNormalizedUnit());
		assertEquals(org.reportbank.model.MetricKind.MONEY, united.getKind());
		session.set(united, ReportbankPackage.Literals.METRIC__UNIT, "斤");
		assertEquals(0, new BigDecimal("25").compareTo(united.getNormalizedValue()), "an unknown unit normalizes to itself");
		session.undo();
		assertEquals(0, new BigDecimal("2500000000").compareTo(united.getNormalizedValue()), "undo takes the normalization back too");
	}

	@Test
	void acceptingAndRejectingASuggestionRecordDecisionsBasedOnItAndLeaveThePreAnnotationAlone() {
		AnnotationSession session = session();
		int suggested = session.suggestions().size();
		assertTrue(suggested > 50, "the seed has suggestions: " + suggested);
		Span first = session.firstUndecidedFrom(0);
		Span second = session.nextUndecided(first);
		assertNotNull(second);

		Span accepted = session.accept(first);
		session.reject(second);

		assertEquals(first.getId(), accepted.getBasedOn());
		assertEquals(SpanStatus.ACCEPTED, accepted.getStatus());
		assertEquals(Decision.ACCEPTED, session.decision(first));
		assertEquals(Decision.REJECTED, session.decision(second));
		assertEquals(SpanStatus.SUGGESTED, first.getStatus(), "the suggestion itself is not changed");
		assertEquals(2, session.decidedCount());
		assertFalse(session.shownSpans().contains(first));
		assertFalse(session.shownSpans().contains(second));
		assertTrue(session.shownSpans().contains(accepted));
		assertTrue(session.shownSpans().stream().noneMatch(s -> s.getStatus() == SpanStatus.REJECTED));
		assertTrue(session.firstUndecidedFrom(0) != first && session.firstUndecidedFrom(0) != second);
		assertEquals(session.suggestions().size(), session.allSpans().size(),
				"each suggestion appears once, as itself or as the decision on it");

		session.undo();
		assertEquals(Decision.UNDECIDED, session.decision(second));
		assertTrue(session.shownSpans().contains(second));
	}

	@Test
	void editingASuggestionAcceptsItWithTheChangeAndRelabelingFollowsTheLabelsCategory() {
		AnnotationSession session = session();
		Span org = session.suggestions().stream().filter(s -> DefaultLabels.ORG.equals(s.getLabel())).findFirst().orElseThrow();
		Span wider = session.resize(org, -1, 1);
		assertEquals(org.getBegin() - 1, wider.getBegin());
		assertEquals(org.getEnd() + 1, wider.getEnd());
		assertEquals(org.getId(), wider.getBasedOn());
		Span narrower = session.resize(wider, 1, -1);
		assertSame(wider, narrower, "the own span is changed in place");

		Span metric = session.relabel(narrower, DefaultLabels.METRIC);
		assertInstanceOf(Metric.class, metric);
		assertEquals(org.getId(), metric.getBasedOn());
		Span valued = session.set(metric, ReportbankPackage.Literals.METRIC__VALUE, new BigDecimal("68"));
		assertEquals(new BigDecimal("68"), ((Metric) valued).getValue());
		session.set(valued, ReportbankPackage.Literals.SPAN__NOTE, "区县之名，不是数字");
		assertEquals("区县之名，不是数字", session.ownLayer().getSpans().get(0).getNote());

		session.undo();
		session.undo();
		session.undo();
		assertInstanceOf(Entity.class, session.ownLayer().getSpans().get(0), "undo brings the entity back");
		assertEquals(DefaultLabels.ORG, session.ownLayer().getSpans().get(0).getLabel());
	}

	@Test
	void bulkDecisionsAreOneEditAndOwnSpansAreRemovedWhenRejected() {
		AnnotationSession session = session();
		List<Span> firstTen = session.suggestions().subList(0, 10);
		session.acceptAll(List.copyOf(firstTen));
		assertEquals(10, session.decidedCount());
		session.undo();
		assertEquals(0, session.decidedCount(), "one undo takes the whole bulk accept back");

		Span mine = session.tag(0, 2, DefaultLabels.LOC);
		session.reject(mine);
		assertFalse(session.ownLayer().getSpans().contains(mine), "rejecting one's own span removes it");
	}

	@Test
	void aSnapshotIsWrittenAsTheAnnotatorsLayerFileOnlyAndReloads() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		Report report = org.eclipse.emf.ecore.util.EcoreUtil.copy(preAnnotated);
		store.save(report);
		Path preannotationFile = dir.resolve("corpus/reports/" + report.getId() + "/layers/preannotation.xmi");
		byte[] before = Files.readAllBytes(preannotationFile);
		Path reportFile = dir.resolve("corpus/reports/" + report.getId() + "/report.xmi");
		byte[] reportBefore = Files.readAllBytes(reportFile);
		byte[] indexBefore = Files.readAllBytes(dir.resolve("corpus/corpus.xmi"));

		AnnotationSession session = new AnnotationSession(store.loadReport(report.getId()), "王芳", store.corpus().getLabelSet());
		Span accepted = session.accept(session.firstUndecidedFrom(0));
		AnnotationSession.Snapshot snapshot = session.snapshot();
		session.tag(0, 2, DefaultLabels.LOC); // made while the snapshot is being written
		session.written(snapshot, AnnotationFiles.write(store, snapshot));
		assertTrue(session.isDirty(), "the edit made after the snapshot is not saved yet");

		Report reloaded = store.loadReport(report.getId());
		Layer layer = reloaded.getLayers().stream().filter(l -> "王芳".equals(l.getId())).findFirst().orElseThrow();
		assertEquals(1, layer.getSpans().size());
		assertEquals(accepted.getBasedOn(), layer.getSpans().get(0).getBasedOn());
		assertNotNull(layer.getModified());
		assertArrayEquals(before, Files.readAllBytes(preannotationFile), "the pre-annotation file is not rewritten");
		assertArrayEquals(reportBefore, Files.readAllBytes(reportFile), "nor the report file");
		assertArrayEquals(indexBefore, Files.readAllBytes(dir.resolve("corpus/corpus.xmi")), "nor the corpus index");
		CorpusStore reopened = CorpusStore.open(dir.resolve("corpus"));
		assertEquals(ReportStatus.IN_PROGRESS, layer.getStatus(), "the annotator's status is kept in their layer");
		assertEquals(report.getStatus(), reopened.entry(report.getId()).orElseThrow().getStatus(),
				"the shared index is not touched by an annotator's save");
		AnnotationSession again = new AnnotationSession(reloaded, "王芳", reopened.corpus().getLabelSet());
		assertEquals(Decision.ACCEPTED, again.decision(
				again.suggestions().stream().filter(s -> s.getId().equals(accepted.getBasedOn())).findFirst().orElseThrow()));
		assertFalse(again.firstUndecidedFrom(0).getId().equals(accepted.getBasedOn()), "a decided suggestion is not offered again");
	}

	@Test
	void selectionsSnapToTheSegmentersWords() {
		AnnotationSession session = session();
		String text = session.report().getText();
		int at = text.indexOf("行政复议");
		int[] snapped = session.tokens().snap(at + 1, at + 3, text);
		assertTrue(snapped[0] <= at + 1 && snapped[1] >= at + 3);
		assertTrue(snapped[0] < at + 1 || snapped[1] > at + 3, "a selection inside a word widens to it: "
				+ text.substring(snapped[0], snapped[1]));
		int[] blank = session.tokens().snap(at, at + 4, text);
		assertFalse(Character.isWhitespace(text.charAt(blank[0])));
	}

	@Test
	void acceptedClaimsCiteTheAcceptedMetricsWhateverTheOrderOfAccepting() {
		AnnotationSession inOrder = session();
		Claim suggestedClaim = citingClaim(inOrder);
		// n / Enter order: the claim (it starts the sentence) before its metrics
		Claim claim = (Claim) inOrder.accept(suggestedClaim);
		for (Metric metric : suggestedClaim.getMetrics()) {
			inOrder.accept(metric);
		}
		assertEquals(suggestedClaim.getMetrics().size(), claim.getMetrics().size(), "every accepted metric is cited");
		assertTrue(claim.getMetrics().stream().allMatch(m -> m.eContainer() == inOrder.ownLayer()));

		AnnotationSession bulk = session();
		Claim bulkClaim = citingClaim(bulk);
		bulk.acceptAll(bulk.suggestions());
		Claim accepted = (Claim) bulk.decisionOn(bulkClaim);
		assertEquals(bulkClaim.getMetrics().size(), accepted.getMetrics().size(), "a bulk accept links too");
	}

	@Test
	void aCitedMetricRelabeledRejectedOrDeletedLeavesNoDanglingLinkAndTheLayerReloads() throws Exception {
		AnnotationSession session = session();
		Claim suggestedClaim = citingClaim(session);
		Claim claim = (Claim) session.accept(suggestedClaim);
		List<Metric> cited = new ArrayList<>();
		for (Metric metric : suggestedClaim.getMetrics()) {
			cited.add((Metric) session.accept(metric));
		}
		int before = claim.getMetrics().size();
		Span relabeled = session.relabel(cited.get(0), DefaultLabels.ORG);
		assertInstanceOf(Entity.class, relabeled);
		assertEquals(before - 1, claim.getMetrics().size(), "a metric turned entity is no longer cited");
		if (cited.size() > 1) {
			session.reject(cited.get(1));
			assertEquals(before - 2, claim.getMetrics().size(), "a rejected metric is no longer cited");
		}
		session.undo();
		session.undo();
		assertEquals(before, ((Claim) session.decisionOn(suggestedClaim)).getMetrics().size(), "undo brings the links back");

		Span mine = session.tag(0, 2, DefaultLabels.METRIC);
		session.cite(claim, mine, true);
		assertTrue(claim.getMetrics().contains(mine));
		session.delete(mine);
		assertFalse(claim.getMetrics().contains(mine), "a deleted metric is no longer cited");
		session.relabel(session.ownLayer().getSpans().stream().filter(s -> s instanceof Metric).findFirst().orElseThrow(),
				DefaultLabels.ORG);

		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		Report onDisk = org.eclipse.emf.ecore.util.EcoreUtil.copy(preAnnotated);
		store.save(onDisk);
		AnnotationSession.Snapshot snapshot = session.snapshot();
		AnnotationFiles.write(store, snapshot);
		Report reloaded = store.loadReport(onDisk.getId());
		Layer layer = reloaded.getLayers().stream().filter(l -> "王芳".equals(l.getId())).findFirst().orElseThrow();
		assertEquals(session.ownLayer().getSpans().size(), layer.getSpans().size(), "the layer file loads again");
	}

	private static Claim citingClaim(AnnotationSession session) {
		return session.suggestions().stream().filter(s -> s instanceof Claim c && c.getMetrics().size() >= 2)
				.map(Claim.class::cast).findFirst().orElseThrow();
	}

	@Test
	void reservedLayerNamesAreNoAnnotatorsNames() {
		assertNotNull(AnnotatorNames.problem("Preannotation"));
		assertNotNull(AnnotatorNames.problem(" GOLD "));
		assertNotNull(AnnotatorNames.problem("accepted"));
		assertNotNull(AnnotatorNames.problem("  "));
		assertNull(AnnotatorNames.problem("王芳"));
		org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> new AnnotationSession(org.eclipse.emf.ecore.util.EcoreUtil.copy(preAnnotated), "preannotation", LABELS),
				"a session never writes over the suggestions' file");
		Report withWang = org.eclipse.emf.ecore.util.EcoreUtil.copy(preAnnotated);
		new AnnotationSession(withWang, "Wang", LABELS);
		org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new AnnotationSession(withWang, "wang", LABELS),
				"names differing only in case would share a file on macOS and Windows");
	}

	@Test
	void theSamePersonsLayerSavedInTwoPlacesIsMergedSpanBySpanNotOverwritten() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		Report report = org.eclipse.emf.ecore.util.EcoreUtil.copy(preAnnotated);
		store.save(report);
		AnnotationSession here = new AnnotationSession(store.loadReport(report.getId()), "王芳", LABELS);
		AnnotationSession there = new AnnotationSession(store.loadReport(report.getId()), "王芳", LABELS);

		Span mine = here.tag(0, 2, DefaultLabels.LOC);
		AnnotationSession.Snapshot first = here.snapshot();
		here.written(first, AnnotationFiles.write(store, first));
		Span theirs = there.tag(10, 12, DefaultLabels.PER);
		AnnotationSession.Snapshot second = there.snapshot();
		AnnotationFiles.Written merged = AnnotationFiles.write(store, second);
		there.written(second, merged);

		assertEquals(List.of(mine.getId()), merged.arrivedIds(), "the span saved elsewhere comes in");
		assertEquals(2, there.ownLayer().getSpans().size());
		assertFalse(there.isDirty());
		assertEquals(java.util.Set.of(mine.getId(), theirs.getId()), ids(store, report.getId()));

		// here deletes its span and saves again: the deletion holds, their span is kept
		here.delete(mine);
		AnnotationSession.Snapshot third = here.snapshot();
		AnnotationFiles.Written again = AnnotationFiles.write(store, third);
		here.written(third, again);
		assertEquals(List.of(theirs.getId()), again.arrivedIds());
		assertEquals(java.util.Set.of(theirs.getId()), ids(store, report.getId()), "a span deleted here is not brought back");
	}

	private static java.util.Set<String> ids(CorpusStore store, String reportId) throws Exception {
		Layer layer = store.loadLayer(reportId, "王芳").orElseThrow();
		java.util.Set<String> ids = new java.util.HashSet<>();
		layer.getSpans().forEach(s -> ids.add(s.getId()));
		return ids;
	}
}
