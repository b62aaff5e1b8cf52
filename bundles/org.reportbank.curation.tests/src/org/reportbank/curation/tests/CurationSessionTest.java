package org.reportbank.curation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.text.Tokenizer;
import org.reportbank.curation.CurationFiles;
import org.reportbank.curation.CurationSession;
import org.reportbank.curation.CurationSession.Disagreement;
import org.reportbank.curation.CurationSession.Resolution;
import org.reportbank.editing.AnnotationFiles;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.io.dataset.DatasetExport;
import org.reportbank.io.dataset.DatasetRequest;
import org.reportbank.io.dataset.LayerSelection;
import org.reportbank.io.formats.Formats;
import org.reportbank.model.Claim;
import org.reportbank.model.LabelSet;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Metric;
import org.reportbank.model.Report;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.ReportbankPackage;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;

/**
 * Curation of two (or three) annotators' layers into gold: automatic merging, grouping of the
 * disagreements, each decision with its sources and curator, metric values and claim types,
 * document fields, undo, save and reload, and the gold export.
 */
class CurationSessionTest {

	private static final String TEXT = "北京市司法局今年办理案件一百二十件，比上年增长百分之五。上海市人民政府发布规定。广州市公安局表示。";
	private static final String A = "王芳";
	private static final String B = "李明";
	private static final String CURATOR = "赵主任";

	@TempDir
	Path dir;

	private LabelSet labels;
	private Report report;

	@BeforeEach
	void setUp() {
		labels = DefaultLabels.create();
		report = ReportbankFactory.eINSTANCE.createReport();
		report.setId("00000000000000a1");
		report.setText(TEXT);
		report.setTitle("北京市2023年法治政府建设报告");
		report.setRegion("北京市");
		report.setYear(2023);
		report.setStatus(ReportStatus.DONE);
	}

	private AnnotationSession annotator(String name) {
		return new AnnotationSession(report, name, labels);
	}

	/**
	 * A and B agree on 北京市司法局 ORG [0,6) and on the first metric; they disagree on 上海市人民政府
	 * (A [28,35) ORG, B [28,31) LOC + [31,35) ORG: one disagreement), on the value of 百分之五, and
	 * only A has 广州市公安局.
	 */
	private void twoAnnotators() {
		AnnotationSession a = annotator(A);
		a.tag(0, 6, DefaultLabels.ORG);
		Span metricA = a.tag(12, 17, DefaultLabels.METRIC);
		a.set(metricA, ReportbankPackage.Literals.METRIC__VALUE, new BigDecimal("120"));
		a.set(a.ownLayer().getSpans().get(1), ReportbankPackage.Literals.METRIC__UNIT, "件");
		Span pctA = a.tag(23, 27, DefaultLabels.METRIC);
		a.set(pctA, ReportbankPackage.Literals.METRIC__VALUE, new BigDecimal("5"));
		a.tag(28, 35, DefaultLabels.ORG);
		a.tag(40, 46, DefaultLabels.ORG);

		AnnotationSession b = annotator(B);
		b.tag(0, 6, DefaultLabels.ORG);
		Span metricB = b.tag(12, 17, DefaultLabels.METRIC);
		b.set(metricB, ReportbankPackage.Literals.METRIC__VALUE, new BigDecimal("120.0"));
		b.set(b.ownLayer().getSpans().get(1), ReportbankPackage.Literals.METRIC__UNIT, "件");
		Span pctB = b.tag(23, 27, DefaultLabels.METRIC);
		b.set(pctB, ReportbankPackage.Literals.METRIC__VALUE, new BigDecimal("0.05"));
		b.tag(28, 31, DefaultLabels.LOC);
		b.tag(31, 35, DefaultLabels.ORG);
	}

	private CurationSession curate() {
		return new CurationSession(report, CURATOR, labels);
	}

	private static Disagreement at(CurationSession session, int begin) {
		return session.disagreements().stream().filter(d -> d.begin() == begin).findFirst().orElseThrow();
	}

	@Test
	void agreedSpansAreMergedAutomaticallyWithAllAnnotatorsAsSources() {
		twoAnnotators();
		CurationSession session = curate();
		assertEquals(List.of(B, A).stream().sorted().toList(), session.annotators());
		List<Span> merged = session.merged();
		assertEquals(2, merged.size(), "the ORG and the metric of equal value (120 = 120.0) and unit");
		assertEquals(0, merged.get(0).getBegin());
		assertEquals(6, merged.get(0).getEnd());
		assertEquals(DefaultLabels.ORG, merged.get(0).getLabel());
		assertEquals(CurationSession.AUTO, merged.get(0).getAnnotator());
		assertEquals(session.annotators(), merged.get(0).getSources());
		assertEquals(SpanStatus.ACCEPTED, merged.get(0).getStatus());
		assertInstanceOf(Metric.class, merged.get(1));
		assertEquals(0, new BigDecimal("120").compareTo(((Metric) merged.get(1)).getValue()));
		Layer gold = session.goldLayer();
		assertEquals(CurationSession.GOLD_ID, gold.getId());
		assertEquals(LayerKind.GOLD, gold.getKind());
		assertEquals(CURATOR, gold.getAnnotator());
		assertTrue(session.isDirty(), "the merge is to be saved");
	}

	@Test
	void disagreementsAreGroupedByOverlap() {
		twoAnnotators();
		CurationSession session = curate();
		List<Disagreement> all = session.disagreements();
		assertEquals(3, all.size(), all.toString());
		Disagreement value = at(session, 23);
		assertEquals(1, value.version(A).size());
		assertEquals(1, value.version(B).size(), "same place, another value: one disagreement");
		Disagreement bounds = at(session, 28);
		assertEquals(35, bounds.end());
		assertEquals(1, bounds.version(A).size());
		assertEquals(2, bounds.version(B).size(), "B's LOC and ORG compete with A's one ORG");
		Disagreement onlyA = at(session, 40);
		assertEquals(List.of(), onlyA.version(B));
		assertEquals(3, session.unresolvedCount());
		assertEquals(Resolution.UNRESOLVED, session.resolution(onlyA));
		assertEquals(all.get(0), session.nextUnresolved(-1));
	}

	@Test
	void takeAOrBRecordsSourcesCuratorAndTheRejectedVersion() {
		twoAnnotators();
		CurationSession session = curate();
		Disagreement bounds = at(session, 28);
		session.take(bounds, B);
		assertEquals(Resolution.TAKEN, session.resolution(bounds));
		assertEquals(List.of(B), session.takenFrom(bounds));
		List<Span> decided = session.decisionOn(bounds);
		assertEquals(3, decided.size(), "B's two spans accepted, A's recorded as rejected");
		for (Span span : decided) {
			assertEquals(CURATOR, span.getAnnotator());
			boolean bs = span.getSources().equals(List.of(B));
			assertEquals(bs ? SpanStatus.ACCEPTED : SpanStatus.REJECTED, span.getStatus());
			assertNotNull(session.basis(span), "based on an annotator's span");
		}
		// changing one's mind replaces the decision
		session.take(bounds, A);
		assertEquals(List.of(A), session.takenFrom(bounds));
		List<Span> gold = session.goldSpans().stream().filter(s -> s.getBegin() >= 28 && s.getBegin() < 35).toList();
		assertEquals(1, gold.size());
		assertEquals(35, gold.get(0).getEnd());
		assertEquals(3, session.decisionOn(bounds).size());
		assertEquals(2, session.unresolvedCount());
	}

	@Test
	void takingTheVersionOfAnAnnotatorWhoHasNothingThereDropsIt() {
		twoAnnotators();
		CurationSession session = curate();
		Disagreement onlyA = at(session, 40);
		session.take(onlyA, B); // 李明 has nothing there: taking his version keeps nothing
		assertEquals(Resolution.DROPPED, session.resolution(onlyA));
		session.take(onlyA, session.annotators().indexOf(A)); // by key: A's
		assertEquals(Resolution.TAKEN, session.resolution(onlyA));
		session.drop(onlyA);
		assertEquals(Resolution.DROPPED, session.resolution(onlyA));
		Span rejected = session.decisionOn(onlyA).get(0);
		assertEquals(SpanStatus.REJECTED, rejected.getStatus());
		assertEquals(List.of(A), rejected.getSources());
		assertEquals(CURATOR, rejected.getAnnotator());
		assertTrue(session.goldSpans().stream().noneMatch(s -> s.getBegin() == 40), "dropped: no positive");
	}

	@Test
	void editTakesAVersionThatTheCuratorChanges() {
		twoAnnotators();
		CurationSession session = curate();
		Disagreement onlyA = at(session, 40);
		List<Span> editing = session.edit(onlyA, B); // B has none there: A's is opened
		assertEquals(1, editing.size());
		Span span = editing.get(0);
		session.move(span, 40, 43);
		Span relabelled = session.relabel(span, DefaultLabels.LOC);
		assertEquals(Resolution.EDITED, session.resolution(onlyA));
		assertEquals(DefaultLabels.LOC, relabelled.getLabel());
		assertEquals(43, relabelled.getEnd());
		assertEquals(CURATOR, relabelled.getAnnotator());
		assertEquals(List.of(A), relabelled.getSources(), "the version it started from");
		session.undo();
		session.undo();
		assertEquals(Resolution.TAKEN, session.resolution(onlyA), "undone edits: as taken");
		session.undo();
		assertEquals(Resolution.UNRESOLVED, session.resolution(onlyA));
		session.redo();
		assertEquals(Resolution.TAKEN, session.resolution(onlyA));
	}

	@Test
	void metricValuesAndClaimTypesAreCurated() {
		twoAnnotators();
		AnnotationSession a = new AnnotationSession(report, A, labels);
		AnnotationSession b = new AnnotationSession(report, B, labels);
		// both see the sentence as a claim citing the count; A says achievement, B problem
		Span claimA = a.tag(6, 28, DefaultLabels.ACHIEVEMENT);
		a.cite(claimA, a.ownLayer().getSpans().stream().filter(s -> s.getBegin() == 12).findFirst().orElseThrow(), true);
		Span claimB = b.tag(6, 28, DefaultLabels.PROBLEM);
		b.cite(claimB, b.ownLayer().getSpans().stream().filter(s -> s.getBegin() == 12).findFirst().orElseThrow(), true);
		CurationSession session = curate();
		Disagreement claims = session.disagreements().stream().filter(Disagreement::claims).findFirst().orElseThrow();
		assertEquals(6, claims.begin());
		Disagreement value = session.disagreements().stream().filter(d -> !d.claims() && d.begin() == 23).findFirst()
				.orElseThrow();
		assertEquals(4, session.disagreements().size(), "the claim does not swallow the spans inside it");

		session.take(claims, A);
		Claim gold = (Claim) session.goldSpans().stream().filter(s -> s instanceof Claim).findFirst().orElseThrow();
		assertEquals(DefaultLabels.ACHIEVEMENT, gold.getLabel());
		assertEquals(1, gold.getMetrics().size(), "cites the gold metric (merged automatically)");
		assertEquals(session.goldLayer(), gold.getMetrics().get(0).eContainer(), "no link leaves the gold layer");

		session.take(value, B);
		Metric pct = (Metric) session.goldSpans().stream().filter(s -> s.getBegin() == 23).findFirst().orElseThrow();
		assertEquals(0, new BigDecimal("0.05").compareTo(pct.getValue()));
		session.set(pct, ReportbankPackage.Literals.METRIC__UNIT, "%");
		assertEquals(Resolution.EDITED, session.resolution(value));
	}

	@Test
	void documentFieldsAndFinishAreUndoable() {
		twoAnnotators();
		CurationSession session = curate();
		session.setRegion("北京市西城区");
		session.setYear(2024);
		session.setTitle("  ");
		assertEquals("北京市西城区", report.getRegion());
		assertEquals(2024, report.getYear());
		assertNull(report.getTitle());
		session.undo();
		assertEquals("北京市2023年法治政府建设报告", report.getTitle());
		session.finish();
		assertEquals(ReportStatus.CURATED, report.getStatus());
		assertEquals(ReportStatus.CURATED, session.goldLayer().getStatus());
		session.undo();
		assertEquals(ReportStatus.DONE, report.getStatus());
		assertFalse(session.isFinished());
		session.undo();
		assertEquals(2023, report.getYear());
	}

	@Test
	void annotatorsFieldDecisionsThatDifferFromTheReportAreProposedWithWhoSaysThemAndOneIsAdoptedUndoably() throws Exception {
		AnnotationSession a = annotator(A);
		a.decideField("region", "北京市西城区");
		a.decideField("publisher", "北京市司法局");
		a.acceptField("year");
		AnnotationSession b = annotator(B);
		b.decideField("region", "北京市西城区");
		b.acceptField("title");
		b.decideField("year", "2022");
		AnnotationSession c = annotator("张伟");
		c.decideField("region", "西城区");
		c.acceptField("year");
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		store.save(report);

		CurationSession session = curate();
		assertEquals(List.of("region 北京市西城区 [李明, 王芳] of 3", "region 西城区 [张伟] of 3", "year 2022 [李明] of 3",
				"publisher 北京市司法局 [王芳] of 3"),
				session.fieldProposals().stream().map(p -> p.field() + " " + p.value() + " " + p.annotators() + " of " + p.of()).toList(),
				"accepted values the report holds are no proposal; the most agreed first");

		session.adopt(session.fieldProposals().get(0));
		session.adopt(session.fieldProposals().stream().filter(p -> p.field().equals("year")).findFirst().orElseThrow());
		assertEquals("北京市西城区", report.getRegion());
		assertEquals(2022, report.getYear(), "the year goes in as a number");
		assertEquals(List.of("region 西城区", "year 2023", "publisher 北京市司法局"),
				session.fieldProposals().stream().map(p -> p.field() + " " + p.value()).toList(),
				"the adopted values are the report's now; the others, and those who accepted the old year, still differ");
		assertTrue(session.isDirty());
		session.undo();
		assertEquals(2023, report.getYear());
		session.adopt(session.fieldProposals().stream().filter(p -> p.field().equals("publisher")).findFirst().orElseThrow());

		CurationFiles.write(store, session.snapshot());
		Report saved = store.loadReport(report.getId());
		assertEquals("北京市西城区", saved.getRegion());
		assertEquals("北京市司法局", saved.getPublisher(), "a field the curation view has no box for is saved too");
		assertEquals(2023, saved.getYear());
	}

	@Test
	void spanIdsRepeatedAcrossLayersAreTellApart() {
		twoAnnotators();
		// a doccano import numbers every layer's spans alike: ids are unique within a layer only
		for (Layer layer : report.getLayers()) {
			int n = 0;
			for (Span span : layer.getSpans()) {
				span.setId("doccano-" + ++n);
			}
		}
		CurationSession session = curate();
		assertEquals(2, session.merged().size());
		Disagreement bounds = at(session, 28);
		assertEquals(2, bounds.version(B).size());
		session.take(bounds, B);
		assertEquals(List.of(B), session.takenFrom(bounds));
		assertEquals(3, session.decisionOn(bounds).size());
		for (Span span : session.decisionOn(bounds)) {
			assertEquals(span.getSources().get(0), session.annotatorOf(session.basis(span)));
		}
		assertEquals(Resolution.UNRESOLVED, session.resolution(at(session, 40)), "same ids elsewhere decide nothing here");
	}

	@Test
	void threeAnnotatorsTwoAgreeingShareOneGoldSpan() {
		twoAnnotators();
		AnnotationSession c = annotator("张三");
		c.tag(0, 6, DefaultLabels.ORG);
		c.tag(28, 35, DefaultLabels.ORG);
		CurationSession session = curate();
		assertEquals(1, session.merged().size(), "only 北京市司法局 is everyone's");
		Disagreement bounds = at(session, 28);
		session.take(bounds, A);
		Span taken = session.goldSpans().stream().filter(s -> s.getBegin() == 28).findFirst().orElseThrow();
		assertEquals(List.of("张三", A).stream().sorted().toList(), taken.getSources().stream().sorted().toList());
		assertEquals(3, session.decisionOn(bounds).size(), "one gold span for the two same candidates, two rejected");
	}

	@Test
	void goldLayerSavedReloadedAndExported() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		store.save(report);
		twoAnnotators();
		for (String name : List.of(A, B)) {
			AnnotationSession s = new AnnotationSession(report, name, labels);
			AnnotationFiles.write(store, s.snapshot());
		}
		Report loaded = store.loadReport("00000000000000a1");
		CurationSession session = new CurationSession(loaded, CURATOR, store.corpus().getLabelSet());
		for (Disagreement d : session.disagreements()) {
			session.take(d, A);
		}
		session.setRegion("北京市西城区");
		session.finish();
		CurationSession.Snapshot snapshot = session.snapshot();
		CurationFiles.write(store, snapshot);
		session.written(snapshot);
		assertFalse(session.isDirty());
		assertTrue(Files.isRegularFile(dir.resolve("corpus/reports/00000000000000a1/layers/gold.xmi")));

		CorpusStore again = CorpusStore.open(dir.resolve("corpus"));
		assertEquals(ReportStatus.CURATED, again.entry("00000000000000a1").orElseThrow().getStatus());
		assertEquals("北京市西城区", again.entry("00000000000000a1").orElseThrow().getRegion());
		Report reloaded = again.loadReport("00000000000000a1");
		Layer gold = reloaded.getLayers().stream().filter(l -> l.getKind() == LayerKind.GOLD).findFirst().orElseThrow();
		assertEquals(ReportStatus.CURATED, gold.getStatus());
		assertEquals(CURATOR, gold.getAnnotator());
		assertEquals(session.goldLayer().getSpans().size(), gold.getSpans().size());
		assertEquals(5, reloaded.getLayers().stream().filter(l -> A.equals(l.getId())).findFirst().orElseThrow()
				.getSpans().size(), "the annotator's layer is not changed by curation");
		// the reloaded session finds every decision and merges nothing twice
		CurationSession resumed = new CurationSession(reloaded, CURATOR, again.corpus().getLabelSet());
		assertEquals(0, resumed.unresolvedCount());
		assertFalse(resumed.isDirty());
		assertEquals(2, resumed.merged().size());

		// export --layer gold: the curated positives, not the rejected versions
		Path out = dir.resolve("dataset");
		Tokenizer characters = text -> {
			List<Tokenizer.Token> tokens = new java.util.ArrayList<>();
			for (int i = 0; i < text.length(); i++) {
				tokens.add(new Tokenizer.Token(i, i + 1, "_"));
			}
			return tokens;
		};
		DatasetExport.Result result = new DatasetExport().export(again,
				new DatasetRequest(List.of(Formats.named("doccano").orElseThrow()), LayerSelection.parse("gold"), null, 42,
						null, out, "reportbank export --layer gold"),
				characters, new NullProgressMonitor());
		assertEquals(1, result.reports());
		assertEquals(5, result.spans(), "two merged, three of A's versions");
		String line = Files.readString(out.resolve("doccano/all.doccano.jsonl"));
		assertTrue(line.contains("[28,35,\"ORG\"]"), line);
		assertTrue(line.contains("[40,46,\"ORG\"]"), line);
		assertFalse(line.contains("\"LOC\""), "B's rejected LOC is no positive: " + line);
	}

	@Test
	void spanIdsRepeatedAcrossLayersNeverMixUpWhoseSpanWasTaken() {
		// ids are unique only within a layer (a doccano import numbers every layer alike)
		Report report = org.reportbank.model.ReportbankFactory.eINSTANCE.createReport();
		report.setId("00000000000000a0");
		report.setText("0123456789012345678901234567890");
		Layer a = bareLayer(report, "A");
		Layer b = bareLayer(report, "B");
		Layer c = bareLayer(report, "C");
		entity(a, "1", 0, 5, "ORG");
		entity(a, "2", 20, 25, "LOC");
		entity(b, "2", 0, 5, "ORG");
		entity(c, "1", 0, 4, "ORG");
		CurationSession session = new CurationSession(report, "curator", null);
		Disagreement first = session.disagreements().get(0);
		Disagreement second = session.disagreements().get(1);

		session.take(first, "B");
		assertEquals(Resolution.TAKEN, session.resolution(first));
		assertEquals(List.of("A", "B"), List.copyOf(new java.util.TreeSet<>(session.takenFrom(first))),
				"A and B had the same [0,5) ORG; B's is taken");
		assertEquals(Resolution.UNRESOLVED, session.resolution(second), "the other disagreement is untouched");
		session.drop(second);
		assertTrue(session.goldLayer().getSpans().stream().anyMatch(s -> s.getBegin() == 0 && s.getEnd() == 5
				&& "ORG".equals(s.getLabel()) && s.getStatus() == org.reportbank.model.SpanStatus.ACCEPTED),
				"dropping the other disagreement keeps the taken span");
	}

	private static Layer bareLayer(Report report, String annotator) {
		Layer layer = org.reportbank.model.ReportbankFactory.eINSTANCE.createLayer();
		layer.setId(annotator);
		layer.setKind(org.reportbank.model.LayerKind.ANNOTATOR);
		layer.setAnnotator(annotator);
		report.getLayers().add(layer);
		return layer;
	}

	private static void entity(Layer layer, String id, int begin, int end, String label) {
		org.reportbank.model.Entity span = org.reportbank.model.ReportbankFactory.eINSTANCE.createEntity();
		span.setId(id);
		span.setBegin(begin);
		span.setEnd(end);
		span.setLabel(label);
		span.setStatus(org.reportbank.model.SpanStatus.ACCEPTED);
		layer.getSpans().add(span);
	}

	@Test
	void theCuratorAddsASpanEveryoneMissedAndItStaysThroughDecisionsUndoAndReload() throws Exception {
		Report report = org.reportbank.model.ReportbankFactory.eINSTANCE.createReport();
		report.setId("00000000000000a0");
		report.setText("0123456789012345678901234567890");
		entity(bareLayer(report, "A"), "1", 0, 5, "ORG");
		entity(bareLayer(report, "B"), "1", 0, 4, "ORG");
		CurationSession session = new CurationSession(report, "curator", null);
		org.reportbank.model.Span added = session.add(10, 14, "LOC");
		assertTrue(session.goldLayer().getSpans().contains(added));
		assertEquals("curator", added.getAnnotator());
		assertTrue(added.getSources().isEmpty(), "no annotator had it");
		session.take(session.disagreements().get(0), "A");
		session.drop(session.disagreements().get(0));
		assertTrue(session.goldLayer().getSpans().contains(added), "decisions elsewhere leave it");
		session.undo();
		session.undo();
		session.undo();
		assertFalse(session.goldLayer().getSpans().contains(added), "undo takes it back");
		session.redo();
		assertTrue(session.goldLayer().getSpans().contains(added));
	}
}
