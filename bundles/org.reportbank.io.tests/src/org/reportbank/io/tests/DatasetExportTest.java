package org.reportbank.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportbank.io.tests.DatasetFixtures.CHARACTERS;
import static org.reportbank.io.tests.DatasetFixtures.failingAt;
import static org.reportbank.testing.Fixtures.layer;
import static org.reportbank.io.tests.DatasetFixtures.report;
import static org.reportbank.testing.Fixtures.span;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.io.dataset.DatasetException;
import org.reportbank.io.dataset.DatasetExport;
import org.reportbank.io.dataset.DatasetFormat;
import org.reportbank.io.dataset.DatasetRequest;
import org.reportbank.io.dataset.LayerSelection;
import org.reportbank.io.dataset.Splits;
import org.reportbank.io.formats.Formats;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.SpanStatus;

import com.google.gson.JsonParser;

/** The dataset folder: every format, the card, splits, and never a half-written or mixed dataset. */
class DatasetExportTest {

	@TempDir
	Path dir;

	private static DatasetFormat jsonl() {
		return Formats.named("jsonl").orElseThrow();
	}

	private static List<String> listing(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private DatasetRequest request(List<DatasetFormat> formats, Path out, String ratio) {
		return new DatasetRequest(formats, LayerSelection.gold(), ratio == null ? null : Splits.Ratio.parse(ratio), 42,
				Splits.Stratify.NONE, out, "reportbank export --test");
	}

	@Test
	void everyFormatInItsFolderAndTheCardBesideThem() throws Exception {
		CorpusStore store = DatasetFixtures.goldCorpus(dir.resolve("corpus"), 5);
		Path out = dir.resolve("datasets/first");
		List<DatasetFormat> formats = new ArrayList<>(Formats.all());
		formats.add(failingAt(0));
		DatasetExport.Result result = new DatasetExport().export(store, request(formats, out, null), CHARACTERS,
				new NullProgressMonitor());
		assertEquals(5, result.reports());
		assertEquals(10, result.spans(), "two gold spans per report; the rejected one is no positive");
		for (DatasetFormat format : formats) {
			assertTrue(Files.isDirectory(out.resolve(format.name())), format.name());
			assertFalse(listing(out.resolve(format.name())).isEmpty(), format.name() + " wrote something");
		}
		assertTrue(Files.isRegularFile(out.resolve("README.md")));
		assertEquals(List.of("first"), listing(dir.resolve("datasets")), "no temporary folder left beside it");
		assertEquals(5, Files.readAllLines(out.resolve("jsonl/all.jsonl")).size());
	}

	@Test
	void splitsPutEachReportInExactlyOneFile() throws Exception {
		CorpusStore store = DatasetFixtures.goldCorpus(dir.resolve("corpus"), 20);
		Path out = dir.resolve("split");
		DatasetExport.Result result = new DatasetExport().export(store, request(List.of(jsonl()), out, "8:1:1"), CHARACTERS,
				new NullProgressMonitor());
		assertEquals(Map.of("train", 16, "dev", 2, "test", 2), result.reportsBySplit());
		Set<String> seen = new HashSet<>();
		int lines = 0;
		for (String split : Splits.NAMES) {
			for (String line : Files.readAllLines(out.resolve("jsonl/" + split + ".jsonl"), StandardCharsets.UTF_8)) {
				lines++;
				assertTrue(seen.add(JsonParser.parseString(line).getAsJsonObject().get("id").getAsString()), "a report in two splits");
			}
		}
		assertEquals(20, lines);

		Path again = dir.resolve("split-again");
		new DatasetExport().export(store, request(List.of(jsonl()), again, "8:1:1"), CHARACTERS, new NullProgressMonitor());
		for (String split : Splits.NAMES) {
			assertEquals(Files.readString(out.resolve("jsonl/" + split + ".jsonl")),
					Files.readString(again.resolve("jsonl/" + split + ".jsonl")),
					"same corpus and seed, same split");
		}
		assertEquals(Files.readString(out.resolve("README.md")), Files.readString(again.resolve("README.md")));
	}

	@Test
	void refusesAFolderThatHasFilesAndLeavesItAsItWas() throws Exception {
		CorpusStore store = DatasetFixtures.goldCorpus(dir.resolve("corpus"), 2);
		Path out = Files.createDirectories(dir.resolve("busy"));
		Files.writeString(out.resolve("notes.txt"), "mine");
		DatasetException e = assertThrows(DatasetException.class,
				() -> new DatasetExport().export(store, request(List.of(jsonl()), out, null), CHARACTERS, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains(out.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("choose an empty or new folder"), e.getMessage());
		assertEquals(List.of("notes.txt"), listing(out));
		assertEquals("mine", Files.readString(out.resolve("notes.txt")));
		assertEquals(List.of("busy", "corpus"), listing(dir));

		Path file = Files.writeString(dir.resolve("a-file"), "x");
		DatasetException onFile = assertThrows(DatasetException.class,
				() -> new DatasetExport().export(store, request(List.of(jsonl()), file, null), CHARACTERS, new NullProgressMonitor()));
		assertTrue(onFile.getMessage().contains("is a file"), onFile.getMessage());
	}

	@Test
	void anEmptyFolderIsUsed() throws Exception {
		CorpusStore store = DatasetFixtures.goldCorpus(dir.resolve("corpus"), 2);
		Path out = Files.createDirectories(dir.resolve("empty"));
		new DatasetExport().export(store, request(List.of(jsonl()), out, null), CHARACTERS, new NullProgressMonitor());
		assertEquals(List.of("README.md", "jsonl"), listing(out));
	}

	@Test
	void aFormatFailingMidwayLeavesNothing() throws Exception {
		CorpusStore store = DatasetFixtures.goldCorpus(dir.resolve("corpus"), 5);
		Path out = dir.resolve("datasets/broken");
		DatasetException e = assertThrows(DatasetException.class, () -> new DatasetExport()
				.export(store, request(List.of(jsonl(), failingAt(3)), out, null), CHARACTERS, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("no dataset written"), e.getMessage());
		assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
		assertFalse(Files.exists(out));
		assertEquals(List.of(), listing(dir.resolve("datasets")), "the temporary folder is removed");
	}

	@Test
	void aParentThatCannotBeAFolderGivesAClearMessage() throws Exception {
		CorpusStore store = DatasetFixtures.goldCorpus(dir.resolve("corpus"), 1);
		Path file = Files.writeString(dir.resolve("plain-file"), "x");
		Path out = file.resolve("sub");
		DatasetException e = assertThrows(DatasetException.class,
				() -> new DatasetExport().export(store, request(List.of(jsonl()), out, null), CHARACTERS, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("no dataset written"), e.getMessage());
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertEquals(List.of("corpus", "plain-file"), listing(dir));
	}

	@Test
	void cancellingRemovesEverything() throws Exception {
		CorpusStore store = DatasetFixtures.goldCorpus(dir.resolve("corpus"), 5);
		Path out = dir.resolve("datasets/cancelled");
		Files.createDirectories(out.getParent());
		NullProgressMonitor cancelAfterFirst = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				setCanceled(true);
			}
		};
		assertThrows(OperationCanceledException.class,
				() -> new DatasetExport().export(store, request(List.of(jsonl()), out, null), CHARACTERS, cancelAfterFirst));
		assertFalse(Files.exists(out));
		assertEquals(List.of(), listing(out.getParent()));
	}

	@Test
	void theCardTellsCountsLabelsFormatsAndTheCommand() throws Exception {
		List<Report> reports = new ArrayList<>();
		String text = "区司法局受理行政复议申请68件。败诉率4%。\n新增注册资本23.07亿元。";
		Report annotated = report("00000000000000a1", "柳州市城中区", 2023, text);
		Layer gold = layer(annotated, "gold", LayerKind.GOLD);
		span(gold, "g1", 0, 4, "ORG", SpanStatus.ACCEPTED);
		span(gold, "g2", 12, 15, "METRIC", SpanStatus.ACCEPTED);
		span(gold, "g3", 20, 22, "METRIC", SpanStatus.ACCEPTED);
		span(gold, "g4", 4, 6, "PER", SpanStatus.REJECTED);
		Layer wang = layer(annotated, "王芳", LayerKind.ANNOTATOR);
		span(wang, "w1", 0, 4, "ORG", SpanStatus.ACCEPTED);
		span(wang, "w2", 12, 15, "METRIC", SpanStatus.ACCEPTED);
		Layer li = layer(annotated, "李明", LayerKind.ANNOTATOR);
		span(li, "l1", 0, 4, "ORG", SpanStatus.ACCEPTED);
		span(li, "l2", 12, 14, "METRIC", SpanStatus.ACCEPTED);
		reports.add(annotated);
		reports.add(report("00000000000000b2", "南宁市青秀区", 2022, "没有金标注的报告。")); // no gold layer: left out
		CorpusStore store = DatasetFixtures.store(dir.resolve("corpus"), reports);
		Path out = dir.resolve("card");
		String command = "reportbank export --corpus corpus --format jsonl,lines --out card";
		DatasetExport.Result result = new DatasetExport().export(store, new DatasetRequest(List.of(jsonl(), failingAt(0)),
				LayerSelection.gold(), null, 42, Splits.Stratify.NONE, out, command), CHARACTERS, new NullProgressMonitor());
		assertEquals(1, result.reports());
		assertEquals(1, result.leftOut());
		String card = Files.readString(out.resolve("README.md"));
		assertTrue(card.contains("```\n" + command + "\n```"), card);
		assertTrue(card.contains("| all | 1 | 3 | " + text.length() + " | 3 |"), card);
		assertTrue(card.contains("| METRIC | 2 | 2 |"), card);
		assertTrue(card.contains("| ORG | 1 | 1 |"), card);
		assertFalse(card.contains("| PER | 1"), "a rejected span is not counted");
		assertTrue(card.contains("1 reports of the corpus are left out"), card);
		assertTrue(card.contains("法治政府建设工作报告"), card);
		assertTrue(card.contains("`gold`"), card);
		assertTrue(card.contains("No split"), card);
		assertTrue(card.contains("| LAW | entity | The title of a law"), "the label guidelines: " + card);
		assertTrue(card.contains("| jsonl | `jsonl/` | UTF-16 code units | nothing: every layer"), card);
		assertTrue(card.contains("| lines | `lines/` | UTF-16 code units | everything but the ids |"), card);
		// 李明 sorts before 王芳; ORG 0..4 matches exactly, METRIC 12..14 / 12..15 only by overlap
		assertTrue(card.contains("| annotators | reports | spans | spans | exact F1 | overlap F1 | Cohen's κ | α_U |"), card);
		assertTrue(card.contains("| 李明 / 王芳 | 1 | 2 | 2 | 0.500 | 1.000 | "), card);
		assertTrue(card.contains("| ORG | 1.000 | 1.000 | 1.000 | 1.000 |"), card);
		assertTrue(card.contains("| METRIC | 0.000 | 1.000 | "), card);
		assertFalse(card.contains("Fleiss"), "two annotators: Cohen's kappa is the figure");
	}

	@Test
	void oneAnnotatorGivesNoAgreementFigures() throws Exception {
		Report report = report("00000000000000a1", "柳州市城中区", 2023, "区司法局。");
		span(layer(report, "王芳", LayerKind.ANNOTATOR), "w1", 0, 4, "ORG", SpanStatus.ACCEPTED);
		CorpusStore store = DatasetFixtures.store(dir.resolve("corpus"), List.of(report));
		Path out = dir.resolve("one");
		new DatasetExport().export(store, new DatasetRequest(List.of(jsonl()), LayerSelection.parse("王芳"), Splits.Ratio.parse("8:1:1"), 5,
				Splits.Stratify.REGION, out, "x"), CHARACTERS, new NullProgressMonitor());
		String card = Files.readString(out.resolve("README.md"));
		assertTrue(card.contains("One annotator layer (王芳): no agreement figures."), card);
		assertTrue(card.contains("Ratio train:dev:test 8:1:1, seed 5, stratified by region"), card);
		assertTrue(card.contains("| ORG | 1 | 1 |"), card);
	}

	@Test
	void theCardGivesFleissKappaAndAlphaForThreeAnnotators() throws Exception {
		Report report = report("00000000000000a1", "柳州市城中区", 2023, "区司法局受理行政复议申请68件。");
		span(layer(report, "gold", LayerKind.GOLD), "g1", 0, 4, "ORG", SpanStatus.ACCEPTED);
		for (String annotator : List.of("a", "b", "c")) {
			Layer layer = layer(report, annotator, LayerKind.ANNOTATOR);
			span(layer, annotator + "1", 0, 4, "ORG", SpanStatus.ACCEPTED);
			span(layer, annotator + "2", 12, annotator.equals("c") ? 14 : 15, "METRIC", SpanStatus.ACCEPTED);
		}
		span(layer(report, "d", LayerKind.ANNOTATOR), "d1", 4, 6, "ORG", SpanStatus.REJECTED);
		CorpusStore store = DatasetFixtures.store(dir.resolve("corpus"), List.of(report));
		Path out = dir.resolve("three");
		new DatasetExport().export(store, new DatasetRequest(List.of(jsonl()), LayerSelection.gold(), null, 42, Splits.Stratify.NONE,
				out, "x"), CHARACTERS, new NullProgressMonitor());
		String card = Files.readString(out.resolve("README.md"));
		assertTrue(card.contains("| a / b | 1 | 2 | 2 | 1.000 | 1.000 | 1.000 | 1.000 |"), card);
		assertTrue(card.contains("| a / c | 1 | 2 | 2 | 0.500 | 1.000 | "), card);
		// d's layer holds a rejected span only: d annotated the report and marked nothing
		assertTrue(card.contains("| a / d | 1 | 2 | 0 | 0.000 | 0.000 | "), card);
		assertTrue(card.contains("All 4 annotators (a, b, c, d) together, over the 1 reports every one of them annotated: Fleiss' κ "),
				card);
		assertTrue(card.contains("| label | Fleiss' κ | α_U |"), card);
	}
}
