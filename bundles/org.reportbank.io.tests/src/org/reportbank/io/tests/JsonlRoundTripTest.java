package org.reportbank.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.io.jsonl.JsonlExport;
import org.reportbank.io.jsonl.JsonlImport;
import org.reportbank.model.Annotator;
import org.reportbank.model.Check;
import org.reportbank.model.CheckVerdict;
import org.reportbank.model.Claim;
import org.reportbank.model.Entity;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Metric;
import org.reportbank.model.MetricKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The lossless JSONL: export, import into an empty corpus, export again, and nothing differs. */
class JsonlRoundTripTest {

	private static final ReportbankFactory F = ReportbankFactory.eINSTANCE;

	/** Text with characters outside the BMP before the spans, so UTF-16 and code point offsets differ. */
	private static final String ASTRAL = "𠀀区2023年法治政府建设情况报告😀\n2023年，𠀀区司法局受理行政复议申请68件，败诉率4%，新增注册资本23.07亿元。";

	@TempDir
	Path dir;

	@Test
	void exportImportExportIsByteIdenticalAndEveryLayerComesBack() throws Exception {
		CorpusStore original = corpusWithLayers();
		Path first = dir.resolve("first.jsonl");
		assertEquals(4, new JsonlExport().export(original, first, new NullProgressMonitor()));

		CorpusStore copy = CorpusStore.openOrCreate(dir.resolve("copy"));
		JsonlImport.Result result = new JsonlImport().importInto(copy, first, new NullProgressMonitor());
		assertEquals(4, result.imported());
		Path second = dir.resolve("second.jsonl");
		new JsonlExport().export(copy, second, new NullProgressMonitor());

		assertEquals(Files.readString(first), Files.readString(second));
		for (var entry : original.entries()) {
			Report before = original.loadReport(entry.getId());
			Report after = copy.loadReport(entry.getId());
			assertTrue(EcoreUtil.equals(before, after), "report " + entry.getId() + " with its layers survives unchanged");
		}
		Report annotated = copy.loadReport(ReportIds.of(ASTRAL));
		assertEquals(2, annotated.getLayers().size());
		// the corpus index is not in the file; the layer's annotator joins the corpus's annotators, once
		assertEquals(List.of("王芳"), CorpusStore.open(dir.resolve("copy")).corpus().getAnnotators().stream().map(Annotator::getId).toList());
		new JsonlImport().importInto(copy, first, new NullProgressMonitor());
		assertEquals(1, CorpusStore.open(dir.resolve("copy")).corpus().getAnnotators().size());
	}

	@Test
	void offsetsAreUtf16AndTheSpanTextMatchesThem() throws Exception {
		CorpusStore store = corpusWithLayers();
		Path out = dir.resolve("out.jsonl");
		new JsonlExport().export(store, out, new NullProgressMonitor());
		JsonObject line = Files.readAllLines(out, StandardCharsets.UTF_8).stream().map(l -> JsonParser.parseString(l).getAsJsonObject())
				.filter(o -> o.get("id").getAsString().equals(ReportIds.of(ASTRAL))).findFirst().orElseThrow();
		assertEquals("utf16", line.get("offsets").getAsString());
		JsonObject org = line.getAsJsonArray("entities").get(0).getAsJsonObject();
		String text = line.get("text").getAsString();
		assertEquals("𠀀区司法局", org.get("text").getAsString());
		assertEquals(text.substring(org.get("begin").getAsInt(), org.get("end").getAsInt()), org.get("text").getAsString());
		JsonObject money = line.getAsJsonArray("metrics").get(0).getAsJsonObject();
		assertEquals("23.07", money.get("value").getAsString());
		assertEquals("2307000000", money.getAsJsonObject("normalized").get("value").getAsString(), "exact decimals, no exponent");
		assertEquals("rejected", line.getAsJsonArray("entities").get(1).getAsJsonObject().get("status").getAsString(),
				"the lossless format keeps rejected suggestions, marked as such");
		JsonObject claim = line.getAsJsonArray("claims").get(0).getAsJsonObject();
		assertEquals("ACHIEVEMENT", claim.get("type").getAsString());
		assertEquals(money.get("id").getAsString(), claim.getAsJsonArray("metrics").get(0).getAsString());
		assertEquals("inconsistent", line.getAsJsonArray("checks").get(0).getAsJsonObject().get("verdict").getAsString());
	}

	@Test
	void aBadLineNamesFileAndLineAndImportsNothing() throws Exception {
		CorpusStore store = corpusWithLayers();
		Path good = dir.resolve("good.jsonl");
		new JsonlExport().export(store, good, new NullProgressMonitor());
		List<String> lines = Files.readAllLines(good);
		Path bad = dir.resolve("bad.jsonl");
		String broken = lines.get(1).replaceFirst("\"begin\":\\d+", "\"begin\":999999");
		Files.write(bad, List.of(lines.get(0), broken));

		CorpusStore target = CorpusStore.openOrCreate(dir.resolve("target"));
		StoreException e = assertThrows(StoreException.class,
				() -> new JsonlImport().importInto(target, bad, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("bad.jsonl:2:"), e.getMessage());
		assertTrue(e.getMessage().contains("outside the text"), e.getMessage());
		assertEquals(0, CorpusStore.open(dir.resolve("target")).entries().size());
		assertFalse(Files.exists(dir.resolve("target/reports")) && Files.list(dir.resolve("target/reports")).findAny().isPresent());
	}

	@Test
	void aFailedExportLeavesNoFileBehind() throws Exception {
		CorpusStore store = corpusWithLayers();
		String id = store.entries().get(0).getId();
		Files.writeString(store.directory().resolve("reports").resolve(id).resolve("report.xmi"), "damaged");
		Path out = dir.resolve("never.jsonl");
		StoreException e = assertThrows(StoreException.class, () -> new JsonlExport().export(store, out, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("no file written"), e.getMessage());
		assertFalse(Files.exists(out));
	}

	/** The three seeds plus a report with astral characters carrying a human layer and a pre-annotation layer. */
	private CorpusStore corpusWithLayers() throws Exception {
		Path seeds = Path.of(System.getProperty("reportbank.root", "../..")).resolve("seeds");
		Path astral = Files.writeString(dir.resolve("astral.txt"), ASTRAL);
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		new CorpusImporter().importFiles(store, List.of(seeds, astral), new NullProgressMonitor());
		Report report = store.loadReport(ReportIds.of(ASTRAL));
		String text = report.getText();

		Layer suggestions = layer("preannotation", LayerKind.PREANNOTATION, null);
		Entity org = span(F.createEntity(), text, "𠀀区司法局", "ORG", SpanOrigin.HANLP, SpanStatus.ACCEPTED, suggestions);
		org.setCanonical("𠀀区司法局");
		org.setConfidence(0.93);
		org.setTool("hanlp-portable-1.8.6");
		span(F.createEntity(), text, "败诉率", "PER", SpanOrigin.HANLP, SpanStatus.REJECTED, suggestions).setConfidence(0.31);
		Metric money = span(F.createMetric(), text, "23.07亿元", "METRIC", SpanOrigin.RULE, SpanStatus.SUGGESTED, suggestions);
		money.setValue(new BigDecimal("23.07"));
		money.setUnit("亿元");
		money.setKind(MetricKind.MONEY);
		money.setNormalizedValue(new BigDecimal("23.07").movePointRight(8));
		money.setNormalizedUnit("元");
		money.setIndicator("新增注册资本");
		Metric rate = span(F.createMetric(), text, "4%", "METRIC", SpanOrigin.RULE, SpanStatus.SUGGESTED, suggestions);
		rate.setValue(new BigDecimal("4"));
		rate.setUnit("%");
		rate.setKind(MetricKind.RATE);
		rate.setIndicator("败诉率");
		Claim claim = span(F.createClaim(), text, text.substring(text.indexOf("2023年，")), "ACHIEVEMENT", SpanOrigin.RULE,
				SpanStatus.SUGGESTED, suggestions);
		claim.setSection("s0");
		claim.getMetrics().add(money);
		Check check = F.createCheck();
		check.setId("c1");
		check.setKind("rate");
		check.setVerdict(CheckVerdict.INCONSISTENT);
		check.setBegin(claim.getBegin());
		check.setEnd(claim.getEnd());
		check.setMessage("4% stated; the counts give 2.9%");
		check.setStated(new BigDecimal("4"));
		check.setRecomputed(new BigDecimal("2.9"));
		check.getMetrics().add(rate);
		suggestions.getChecks().add(check);

		Layer human = layer("王芳", LayerKind.ANNOTATOR, "王芳");
		Span plain = span(F.createSpan(), text, "行政复议", "TOPIC", SpanOrigin.HUMAN, SpanStatus.ACCEPTED, human);
		plain.setNote("a label outside the default set is kept as a plain span");
		report.getLayers().add(suggestions);
		report.getLayers().add(human);
		store.save(report);
		return store;
	}

	private static Layer layer(String id, LayerKind kind, String annotator) {
		Layer layer = F.createLayer();
		layer.setId(id);
		layer.setKind(kind);
		layer.setAnnotator(annotator);
		layer.setModified("2026-11-21T10:00:00Z");
		return layer;
	}

	private static <T extends Span> T span(T span, String text, String covered, String label, SpanOrigin origin,
			SpanStatus status, Layer layer) {
		int begin = text.indexOf(covered);
		assertTrue(begin >= 0, covered);
		span.setId(layer.getId() + "-" + (layer.getSpans().size() + 1));
		span.setBegin(begin);
		span.setEnd(begin + covered.length());
		span.setLabel(label);
		span.setOrigin(origin);
		span.setStatus(status);
		span.setAnnotator(layer.getAnnotator());
		layer.getSpans().add(span);
		return span;
	}

	/** Ids are derived from the normalized text; the astral test text needs no normalizing. */
	private static final class ReportIds {
		static String of(String normalizedText) {
			return org.reportbank.core.importing.ReportImporter.idOf(normalizedText);
		}
	}
}
