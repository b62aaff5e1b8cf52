package org.reportbank.sync.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Corpus;
import org.reportbank.model.FieldDecision;
import org.reportbank.model.FieldDecisionStatus;
import org.reportbank.model.Label;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.sync.CorpusRepository;
import org.reportbank.sync.MergeConflict;
import org.reportbank.sync.SyncConflictException;
import org.reportbank.testing.Fixtures;

/**
 * Files two people may both change (a gold layer, the label set and settings, a report's document
 * fields, one person's layer saved on two machines) are merged by the model's rules when a sync
 * meets both versions: both sides' work is kept, and only the same thing changed two ways stops
 * the sync, named, until a person chooses.
 */
class ModelMergeSyncTest {

	@TempDir
	Path dir;

	private Path wang;
	private Path li;
	private String report;

	@BeforeEach
	void twoCuratorsWithAGoldLayerBothHave() throws Exception {
		Team team = new Team(dir);
		wang = team.share("wang", "王芳");
		report = CorpusStore.open(wang).entries().get(0).getId();
		editLayer(wang, "gold", gold -> Fixtures.span(gold, "g1", 0, 4, "ORG", null));
		sync(wang, "王芳");
		li = team.cloneAs("li");
	}

	@Test
	void spansTwoCuratorsAddedToOneGoldLayerBothArriveAndBothClonesAgreeByteForByte() throws Exception {
		editLayer(wang, "gold", gold -> Fixtures.span(gold, "g-wang", 10, 14, "ORG", null));
		editLayer(li, "gold", gold -> Fixtures.span(gold, "g-li", 20, 24, "LAW", null));
		sync(wang, "王芳");

		sync(li, "李娜"); // both changed the gold layer: merged, not stopped
		sync(wang, "王芳");

		assertEquals(List.of("g1", "g-li", "g-wang").stream().sorted().toList(),
				spans(li, "gold").stream().map(Span::getId).sorted().toList());
		assertSameFiles(wang, li);
		assertFsckClean(li);
	}

	@Test
	void theSameGoldSpanChangedTwoWaysStopsTheSyncNamingReportAndSpanAndOverwritesNothing() throws Exception {
		editLayer(wang, "gold", gold -> gold.getSpans().get(0).setLabel("LAW"));
		editLayer(li, "gold", gold -> gold.getSpans().get(0).setLabel("PLACE"));
		editLayer(li, "gold", gold -> Fixtures.span(gold, "g-li", 20, 24, "LAW", null));
		sync(wang, "王芳");
		byte[] mine = Files.readAllBytes(layerFile(li, "gold"));

		SyncConflictException stopped = assertThrows(SyncConflictException.class,
				() -> CorpusRepository.open(li).sync("李娜", new NullProgressMonitor()));

		assertEquals(1, stopped.conflicts().size(), stopped.getMessage());
		MergeConflict conflict = stopped.conflicts().get(0);
		String words = CorpusStore.open(li).loadReport(report).getText().substring(0, 4);
		assertEquals("span 0–4 「" + words + "」", conflict.what());
		assertTrue(conflict.mine().startsWith("PLACE,"), conflict.mine());
		assertTrue(conflict.theirs().startsWith("LAW,"), conflict.theirs());
		assertTrue(stopped.getMessage().contains("the gold layer of report " + report), stopped.getMessage());
		assertArrayEquals(mine, Files.readAllBytes(layerFile(li, "gold")), "this clone's gold stays as it was");
		try (Git git = Git.open(li.toFile())) {
			assertTrue(git.status().call().isClean(), "and it is committed, waiting for the next sync");
		}

		// the person chooses the remote's version: that span is theirs, the other work of this clone stays
		CorpusRepository.open(li).sync("李娜", c -> c.key().equals(conflict.key()) ? MergeConflict.Take.THEIRS : null,
				new NullProgressMonitor());
		sync(wang, "王芳");
		assertEquals("LAW", span(li, "gold", "g1").getLabel());
		assertNotNull(span(wang, "gold", "g-li"), "the chooser's own new span reached the other curator");
		assertSameFiles(wang, li);
		assertFsckClean(wang);
	}

	@Test
	void aSpanDeletedHereAndChangedThereIsForThePersonToChoose() throws Exception {
		editLayer(wang, "gold", gold -> gold.getSpans().get(0).setNote("checked against the table"));
		editLayer(li, "gold", gold -> gold.getSpans().clear());
		sync(wang, "王芳");

		SyncConflictException stopped = assertThrows(SyncConflictException.class,
				() -> CorpusRepository.open(li).sync("李娜", new NullProgressMonitor()));
		assertEquals("deleted", stopped.conflicts().get(0).mine());
		assertTrue(stopped.conflicts().get(0).theirs().contains("checked against the table"), stopped.conflicts().get(0).theirs());

		CorpusRepository.open(li).sync("李娜", c -> MergeConflict.Take.MINE, new NullProgressMonitor());
		sync(wang, "王芳");
		assertTrue(spans(wang, "gold").isEmpty(), "the deletion this clone chose reached the other");
		assertSameFiles(wang, li);
	}

	@Test
	void oneCuratorsNewLabelAndTheOthersColourAndSettingAllArrive() throws Exception {
		editCorpus(wang, corpus -> {
			Label label = ReportbankFactory.eINSTANCE.createLabel();
			label.setName("COURT");
			label.setCategory(org.reportbank.model.LabelCategory.ENTITY);
			corpus.getLabelSet().getLabels().add(label);
		});
		editCorpus(li, corpus -> {
			corpus.getLabelSet().getLabels().get(0).setColor("#123456");
			corpus.setAnnotatorsPerReport(3);
		});
		sync(wang, "王芳");

		sync(li, "李娜");
		sync(wang, "王芳");

		Corpus merged = CorpusStore.open(wang).corpus();
		assertTrue(merged.getLabelSet().getLabels().stream().anyMatch(l -> l.getName().equals("COURT")));
		assertEquals("#123456", merged.getLabelSet().getLabels().get(0).getColor());
		assertEquals(3, merged.getAnnotatorsPerReport());
		assertSameFiles(wang, li);
	}

	@Test
	void documentFieldsTwoCuratorsCorrectedAreBothKeptAndTheSameFieldTwoWaysIsNamed() throws Exception {
		editReport(wang, r -> r.setRegion("渝北区"));
		editReport(li, r -> r.setYear(2023));
		sync(wang, "王芳");
		sync(li, "李娜");
		sync(wang, "王芳");
		Report merged = CorpusStore.open(wang).loadReport(report);
		assertEquals("渝北区", merged.getRegion());
		assertEquals(2023, merged.getYear());
		assertEquals("渝北区", CorpusStore.open(li).entry(report).orElseThrow().getRegion(), "the index says so too");
		assertSameFiles(wang, li);

		editReport(wang, r -> r.setTitle("第一个标题"));
		editReport(li, r -> r.setTitle("第二个标题"));
		sync(wang, "王芳");
		SyncConflictException stopped = assertThrows(SyncConflictException.class,
				() -> CorpusRepository.open(li).sync("李娜", new NullProgressMonitor()));
		assertTrue(stopped.conflicts().stream().anyMatch(c -> c.what().equals("field title") && c.mine().equals("第二个标题")
				&& c.theirs().equals("第一个标题")), stopped.getMessage());
	}

	@Test
	void onePersonsLayerSavedOnTwoMachinesKeepsTheSpansOfBoth() throws Exception {
		editLayer(wang, "王芳", layer -> Fixtures.span(layer, "w-office", 0, 4, "ORG", null));
		editLayer(li, "王芳", layer -> Fixtures.span(layer, "w-laptop", 10, 14, "ORG", null));
		sync(wang, "王芳");

		sync(li, "王芳");
		sync(wang, "王芳");

		assertEquals(List.of("w-laptop", "w-office"), spans(wang, "王芳").stream().map(Span::getId).sorted().toList());
		assertSameFiles(wang, li);
	}

	@Test
	void onePersonsFieldDecisionsMadeOnTwoMachinesAreBothKeptAndOneFieldDecidedTwoWaysIsNamed() throws Exception {
		editLayer(wang, "王芳", layer -> {
			decide(layer, "region", "渝北区", FieldDecisionStatus.CORRECTED);
			layer.setModified("2026-12-01T09:00:00.000Z");
		});
		editLayer(li, "王芳", layer -> {
			decide(layer, "year", "2022", FieldDecisionStatus.ACCEPTED);
			layer.setModified("2026-12-01T10:30:00.000Z");
		});
		sync(wang, "王芳");
		sync(li, "王芳");
		sync(wang, "王芳");

		Layer merged = CorpusStore.open(wang).loadLayer(report, "王芳").orElseThrow();
		assertEquals(List.of("region 渝北区 corrected", "year 2022 accepted"), merged.getFieldDecisions().stream()
				.map(d -> d.getField() + " " + d.getValue() + " " + d.getStatus()).sorted().toList());
		assertEquals("2026-12-01T10:30:00.000Z", merged.getModified(), "the later save's time");
		assertSameFiles(wang, li);

		editLayer(wang, "王芳", layer -> decide(layer, "title", "第一个标题", FieldDecisionStatus.CORRECTED));
		editLayer(li, "王芳", layer -> decide(layer, "title", "第二个标题", FieldDecisionStatus.CORRECTED));
		sync(wang, "王芳");
		SyncConflictException stopped = assertThrows(SyncConflictException.class,
				() -> CorpusRepository.open(li).sync("王芳", new NullProgressMonitor()));
		assertEquals(1, stopped.conflicts().size(), stopped.getMessage());
		MergeConflict conflict = stopped.conflicts().get(0);
		assertEquals("the decision on field title", conflict.what());
		assertEquals("corrected 「第二个标题」", conflict.mine());
		assertEquals("corrected 「第一个标题」", conflict.theirs());
	}

	/** The layer's decision on the field, made or replaced. */
	private static void decide(Layer layer, String field, String value, FieldDecisionStatus status) {
		layer.getFieldDecisions().removeIf(d -> d.getField().equals(field));
		FieldDecision decision = ReportbankFactory.eINSTANCE.createFieldDecision();
		decision.setField(field);
		decision.setSuggested("2021");
		decision.setValue(value);
		decision.setStatus(status);
		layer.getFieldDecisions().add(decision);
	}

	private static void sync(Path corpus, String person) throws Exception {
		assertTrue(CorpusRepository.open(corpus).sync(person, new NullProgressMonitor()).pushed());
	}

	/** Changes a layer of the report (made when missing: gold for "gold", else the person's) and saves it. */
	private void editLayer(Path corpus, String layerId, Consumer<Layer> change) throws Exception {
		Report loaded = CorpusStore.open(corpus).loadReport(report);
		Layer layer = loaded.getLayers().stream().filter(l -> l.getId().equals(layerId)).findFirst()
				.orElseGet(() -> layerId.equals("gold") ? Fixtures.layer(loaded, "gold", LayerKind.GOLD)
						: Fixtures.annotator(loaded, layerId));
		change.accept(layer);
		Team.save(corpus, report, layer);
	}

	private static void editCorpus(Path corpus, Consumer<Corpus> change) throws Exception {
		try (CorpusStore.WriteSession session = CorpusStore.open(corpus).beginWrite("settings")) {
			change.accept(session.corpus());
			session.commit();
		}
	}

	private void editReport(Path corpus, Consumer<Report> change) throws Exception {
		CorpusStore store = CorpusStore.open(corpus);
		Report loaded = store.loadReport(report);
		change.accept(loaded);
		try (CorpusStore.WriteSession session = store.beginWrite("fields")) {
			session.saveReportFile(loaded);
			session.commit();
		}
	}

	private List<Span> spans(Path corpus, String layerId) throws Exception {
		return CorpusStore.open(corpus).loadLayer(report, layerId).orElseThrow().getSpans();
	}

	private Span span(Path corpus, String layerId, String spanId) throws Exception {
		return spans(corpus, layerId).stream().filter(s -> s.getId().equals(spanId)).findFirst().orElse(null);
	}

	private Path layerFile(Path corpus, String layerId) {
		return corpus.resolve("reports").resolve(report).resolve("layers").resolve(layerId + ".xmi");
	}

	private static void assertSameFiles(Path a, Path b) throws Exception {
		Map<String, byte[]> expected = Team.files(a);
		Map<String, byte[]> actual = Team.files(b);
		assertEquals(expected.keySet(), actual.keySet());
		for (String path : expected.keySet()) {
			assertArrayEquals(expected.get(path), actual.get(path), path + " is byte for byte the same");
		}
	}

	/** Plain git's own check of the repository: every object and link whole. */
	static void assertFsckClean(Path corpus) throws Exception {
		Process fsck = new ProcessBuilder("git", "fsck", "--strict", "--no-dangling").directory(corpus.toFile()).redirectErrorStream(true)
				.start();
		String output = new String(fsck.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertEquals(0, fsck.waitFor(), "git fsck in " + corpus + ": " + output);
	}
}
