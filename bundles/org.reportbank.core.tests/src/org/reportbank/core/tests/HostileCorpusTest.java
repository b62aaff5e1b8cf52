package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.BrokenReportException;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.model.FieldDecision;
import org.reportbank.model.FieldDecisionStatus;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;

/**
 * A corpus folder received from someone else, edited to attack: every file in it is untrusted.
 * Each case is refused by name, and nothing outside the corpus folder is read or written.
 */
class HostileCorpusTest {

	@TempDir
	Path dir;

	private Path corpusDir;
	private Path outside;
	private CorpusStore store;
	private String first;
	private String second;

	@BeforeEach
	void importTheSeeds() throws Exception {
		corpusDir = dir.resolve("corpus");
		outside = Files.createDirectories(dir.resolve("someone-else"));
		Files.writeString(outside.resolve("precious.txt"), "not yours", StandardCharsets.UTF_8);
		store = CorpusStore.openOrCreate(corpusDir);
		new CorpusImporter().importFiles(store, List.of(SeedReportsTest.seed("")), new NullProgressMonitor());
		first = store.entries().get(0).getId();
		second = store.entries().get(1).getId();
		Report report = store.loadReport(first);
		report.getLayers().add(layer("王芳", 0, 4));
		store.save(report);
	}

	private Path reportFile(String id) {
		return corpusDir.resolve("reports").resolve(id).resolve("report.xmi");
	}

	private Path layerFile(String id, String fileName) {
		return corpusDir.resolve("reports").resolve(id).resolve("layers").resolve(fileName);
	}

	private static void replace(Path file, String from, String to) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains(from), "the fixture holds " + from);
		Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
	}

	private void assertBroken(String id, String... words) {
		BrokenReportException e = assertThrows(BrokenReportException.class, () -> CorpusStore.open(corpusDir).loadReport(id));
		assertEquals(id, e.reportId());
		for (String word : words) {
			assertTrue(e.getMessage().contains(word), e.getMessage());
		}
		assertFalse(e.getMessage().contains("\tat "), "no stack trace");
	}

	@Test
	void aReportFileThatCallsItselfAnotherReportIsRefused() throws Exception {
		replace(reportFile(first), "id=\"" + first + "\"", "id=\"../../someone-else/x\"");
		assertBroken(first, "report.xmi", "lies in the folder of report " + first);
		replace(reportFile(first), "id=\"../../someone-else/x\"", "id=\"" + second + "\"");
		assertBroken(first, "report.xmi", second);
	}

	@Test
	void anIndexEntryWhoseIdIsAPathIsRefusedNamingTheIndex() throws Exception {
		replace(corpusDir.resolve("corpus.xmi"), "id=\"" + first + "\"", "id=\"../../someone-else\"");
		StoreException e = assertThrows(StoreException.class, () -> CorpusStore.open(corpusDir));
		assertTrue(e.getMessage().contains("corpus.xmi") && e.getMessage().contains("not a Reportbank id"), e.getMessage());
	}

	@Test
	void aTruncatedIndexIsNamed() throws Exception {
		Path index = corpusDir.resolve("corpus.xmi");
		byte[] bytes = Files.readAllBytes(index);
		Files.write(index, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		StoreException e = assertThrows(StoreException.class, () -> CorpusStore.open(corpusDir));
		assertTrue(e.getMessage().contains(index.toString()), e.getMessage());
	}

	@Test
	void aDoctypeIsRefusedSoNoEntityIsEverExpanded() throws Exception {
		String text = Files.readString(reportFile(first), StandardCharsets.UTF_8);
		int afterDeclaration = text.indexOf("?>") + 2;
		String entities = "<!DOCTYPE rb:Report [<!ENTITY a \"" + "法".repeat(100) + "\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
		Files.writeString(reportFile(first), text.substring(0, afterDeclaration) + entities + text.substring(afterDeclaration)
				.replaceFirst("<text>", "<text>&b;"), StandardCharsets.UTF_8);
		assertBroken(first, "report.xmi", "DOCTYPE");
	}

	@Test
	void aReferenceToAnotherFileIsRefused() throws Exception {
		// a claim citing a metric in another corpus's layer file
		Report report = store.loadReport(first);
		Layer layer = layer("李明", 0, 4);
		org.reportbank.model.Claim claim = ReportbankFactory.eINSTANCE.createClaim();
		claim.setId("c1");
		claim.setBegin(0);
		claim.setEnd(10);
		claim.setLabel("ACHIEVEMENT");
		claim.setOrigin(SpanOrigin.HUMAN);
		claim.setStatus(SpanStatus.ACCEPTED);
		org.reportbank.model.Metric metric = ReportbankFactory.eINSTANCE.createMetric();
		metric.setId("m1");
		metric.setBegin(2);
		metric.setEnd(4);
		metric.setLabel("METRIC");
		layer.getSpans().add(metric);
		layer.getSpans().add(claim);
		claim.getMetrics().add(metric);
		report.getLayers().add(layer);
		store.save(report);
		Path file = layerFile(first, "%E6%9D%8E%E6%98%8E.xmi");
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains("metrics=\"m1\""), text);
		Files.writeString(file, text.replace("metrics=\"m1\"/>", "><metrics href=\"../../../../someone-else/precious.xmi#m1\"/></spans>"),
				StandardCharsets.UTF_8);
		assertBroken(first, "refers to", "outside this file");
	}

	@Test
	void aSpanPastTheEndOfTheTextIsRefused() throws Exception {
		replace(layerFile(first, "%E7%8E%8B%E8%8A%B3.xmi"), "end=\"4\"", "end=\"99999999\"");
		assertBroken(first, "王芳", "outside the text");
	}

	@Test
	void aLayerFileThatCallsItselfGoldIsRefused() throws Exception {
		replace(layerFile(first, "%E7%8E%8B%E8%8A%B3.xmi"), "id=\"王芳\"", "id=\"gold\"");
		assertBroken(first, "says it is layer \"gold\"");
	}

	@Test
	void aFieldDecisionOnNoFieldOrGivenTwiceOrCorrectingToNoYearIsRefused() throws Exception {
		Report report = store.loadReport(first);
		FieldDecision year = ReportbankFactory.eINSTANCE.createFieldDecision();
		year.setField("year");
		year.setSuggested("2021");
		year.setValue("2022");
		year.setStatus(FieldDecisionStatus.CORRECTED);
		report.getLayers().stream().filter(l -> l.getId().equals("王芳")).findFirst().orElseThrow().getFieldDecisions().add(year);
		store.save(report);
		assertEquals("2022", CorpusStore.open(corpusDir).loadLayer(first, "王芳").orElseThrow().getFieldDecisions().get(0).getValue());
		Path file = layerFile(first, "%E7%8E%8B%E8%8A%B3.xmi");

		replace(file, "value=\"2022\"", "value=\"二〇二二\"");
		assertBroken(first, "the decision on field \"year\"", "not a whole number");
		replace(file, "value=\"二〇二二\"", "value=\"2022\"");
		replace(file, "field=\"year\"", "field=\"author\"");
		assertBroken(first, "\"author\" is no document field");
		replace(file, "field=\"author\"", "field=\"year\"");
		String text = Files.readString(file, StandardCharsets.UTF_8);
		int begin = text.indexOf("<fieldDecisions");
		int end = text.indexOf("/>", begin) + 2;
		Files.writeString(file, text.substring(0, end) + text.substring(begin, end) + text.substring(end), StandardCharsets.UTF_8);
		assertBroken(first, "the decision on field \"year\" is given twice");
	}

	@Test
	void sectionsNestedFiftyThousandDeepAreRefusedWithoutRecursion() throws Exception {
		String text = Files.readString(reportFile(first), StandardCharsets.UTF_8);
		StringBuilder deep = new StringBuilder();
		for (int i = 0; i < 50_000; i++) {
			deep.append("<children id=\"s").append(i).append("\" level=\"1\" begin=\"0\" end=\"1\">");
		}
		for (int i = 0; i < 50_000; i++) {
			deep.append("</children>");
		}
		int close = text.indexOf("/>", text.indexOf("<sections id=\"s0\""));
		Files.writeString(reportFile(first), text.substring(0, close) + ">" + deep + "</sections>" + text.substring(close + 2),
				StandardCharsets.UTF_8);
		assertBroken(first, "report.xmi", "depth");
	}

	@Test
	void theLockFileAsALinkIsNotFollowedAndItsTargetIsNotTruncated() throws Exception {
		Path lock = corpusDir.resolve(".lock");
		Files.delete(lock);
		Files.createSymbolicLink(lock, outside.resolve("precious.txt"));
		StoreException e = assertThrows(StoreException.class, () -> store.beginWrite("test"));
		assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
		assertEquals("not yours", Files.readString(outside.resolve("precious.txt"), StandardCharsets.UTF_8));
	}

	@Test
	void aLockFileWithASecondNameIsNotTruncated() throws Exception {
		Path lock = corpusDir.resolve(".lock");
		Files.delete(lock);
		Files.createLink(lock, outside.resolve("precious.txt"));
		StoreException e = assertThrows(StoreException.class, () -> store.beginWrite("test"));
		assertTrue(e.getMessage().contains("hard link"), e.getMessage());
		assertEquals("not yours", Files.readString(outside.resolve("precious.txt"), StandardCharsets.UTF_8));
	}

	@Test
	void aGitignoreThatIsALinkIsLeftAloneAndItsTargetUntouched() throws Exception {
		Path ignore = corpusDir.resolve(".gitignore");
		Files.delete(ignore);
		Files.createSymbolicLink(ignore, outside.resolve("precious.txt"));
		store.save(store.loadReport(second));
		assertEquals("not yours", Files.readString(outside.resolve("precious.txt"), StandardCharsets.UTF_8));
		assertTrue(Files.isSymbolicLink(ignore));
	}

	@Test
	void theGitignoreKeepsTheLockAndTheMachinesOwnFilesOut() throws Exception {
		List<String> lines = Files.readAllLines(corpusDir.resolve(".gitignore"), StandardCharsets.UTF_8);
		assertTrue(lines.contains(".lock") && lines.contains(".reportbank/"), lines.toString());
	}

	@Test
	void aReportFolderThatIsALinkIsNeitherReadNorWritten() throws Exception {
		Path folder = corpusDir.resolve("reports").resolve(first);
		Path moved = Files.move(folder, outside.resolve(first));
		Files.createSymbolicLink(folder, moved);
		Map<String, String> before = CorpusStoreTest.snapshot(outside);
		assertBroken(first, "symbolic link");
		Report other = store.loadReport(second);
		other.setId(first);
		StoreException e = assertThrows(StoreException.class, () -> store.save(other));
		assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
		assertEquals(before, CorpusStoreTest.snapshot(outside), "nothing outside the corpus changed");
	}

	@Test
	void aLayerFileThatIsALinkIsRefused() throws Exception {
		Path file = layerFile(first, "%E7%8E%8B%E8%8A%B3.xmi");
		Path moved = Files.move(file, outside.resolve("layer.xmi"));
		Files.createSymbolicLink(file, moved);
		assertBroken(first, "symbolic link");
	}

	@Test
	void aReportIdThatIsAPathIsNeverWritten() throws Exception {
		Report report = store.loadReport(second);
		report.setId("../../someone-else/x");
		StoreException e = assertThrows(StoreException.class, () -> store.save(report));
		assertTrue(e.getMessage().contains("not a Reportbank id"), e.getMessage());
		assertFalse(Files.exists(dir.resolve("someone-else/x")));
	}

	@Test
	void anotherCorpusIsNeverWrittenThroughAnEditedReport() throws Exception {
		// the report file claims another id: loading it fails, so nothing can be saved over the other report
		replace(reportFile(first), "id=\"" + first + "\"", "id=\"" + second + "\"");
		Map<String, String> before = CorpusStoreTest.snapshot(corpusDir.resolve("reports").resolve(second));
		assertThrows(BrokenReportException.class, () -> store.loadReport(first));
		assertEquals(before, CorpusStoreTest.snapshot(corpusDir.resolve("reports").resolve(second)));
	}

	static Layer layer(String annotator, int begin, int end) {
		ReportbankFactory f = ReportbankFactory.eINSTANCE;
		Layer layer = f.createLayer();
		layer.setId(annotator);
		layer.setAnnotator(annotator);
		layer.setKind(LayerKind.ANNOTATOR);
		Span span = f.createEntity();
		span.setId(annotator + "-1");
		span.setBegin(begin);
		span.setEnd(end);
		span.setLabel("ORG");
		span.setOrigin(SpanOrigin.HUMAN);
		span.setStatus(SpanStatus.ACCEPTED);
		span.setAnnotator(annotator);
		layer.getSpans().add(span);
		return layer;
	}
}
