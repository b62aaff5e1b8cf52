package org.reportbank.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.io.jsonl.JsonlExport;
import org.reportbank.io.jsonl.JsonlImport;
import org.reportbank.io.jsonl.JsonlReader;
import org.reportbank.io.jsonl.JsonlWriter;
import org.reportbank.model.Annotator;
import org.reportbank.model.Check;
import org.reportbank.model.CheckVerdict;
import org.reportbank.model.Claim;
import org.reportbank.model.DocumentKind;
import org.reportbank.model.Entity;
import org.reportbank.model.Label;
import org.reportbank.model.LabelCategory;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.MetadataEntry;
import org.reportbank.model.Metric;
import org.reportbank.model.MetricKind;
import org.reportbank.model.Normalization;
import org.reportbank.model.Report;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.SectionKind;
import org.reportbank.model.Source;
import org.reportbank.model.Section;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;
import org.reportbank.model.Tokenization;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The lossless JSONL: export, import into an empty corpus, export again, and nothing differs. */
class JsonlRoundTripTest {

	private static final ReportbankFactory F = ReportbankFactory.eINSTANCE;

	/** Text with characters outside the BMP before the spans, so UTF-16 and code point offsets differ. */
	private static final String ASTRAL = "𠀀区2023年法治政府建设情况报告😀\n2023年，𠀀区司法局受理行政复议申请68件，败诉率4%，新增注册资本23.07亿元。";

	@TempDir
	Path dir;

	/** Adds a label of its own to the corpus's label set, as a team would before importing spans that use it. */
	private static void withLabel(CorpusStore store, String name) throws StoreException {
		try (CorpusStore.WriteSession session = store.beginWrite("add label")) {
			Label label = ReportbankFactory.eINSTANCE.createLabel();
			label.setName(name);
			label.setCategory(LabelCategory.ENTITY);
			label.setColor("#009e73");
			session.corpus().getLabelSet().getLabels().add(label);
			session.commit();
		}
	}

	@Test
	void exportImportExportIsByteIdenticalAndEveryLayerComesBack() throws Exception {
		CorpusStore original = corpusWithLayers();
		Path first = dir.resolve("first.jsonl");
		assertEquals(4, new JsonlExport().export(original, first, false, new NullProgressMonitor()).reports());

		CorpusStore copy = CorpusStore.openOrCreate(dir.resolve("copy"));
		withLabel(copy, "TOPIC"); // the plain span's label: an import takes only labels the corpus has
		JsonlImport.Result result = new JsonlImport().importInto(copy, first, new NullProgressMonitor());
		assertEquals(4, result.imported());
		Path second = dir.resolve("second.jsonl");
		new JsonlExport().export(copy, second, false, new NullProgressMonitor());

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
		new JsonlExport().export(store, out, false, new NullProgressMonitor());
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
		new JsonlExport().export(store, good, false, new NullProgressMonitor());
		List<String> lines = Files.readAllLines(good);
		Path bad = dir.resolve("bad.jsonl");
		String broken = lines.get(1).replaceFirst("\"begin\":\\d+", "\"begin\":999999");
		Files.write(bad, List.of(lines.get(0), broken));

		CorpusStore target = CorpusStore.openOrCreate(dir.resolve("target"));
		withLabel(target, "TOPIC");
		StoreException e = assertThrows(StoreException.class,
				() -> new JsonlImport().importInto(target, bad, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("bad.jsonl:2:"), e.getMessage());
		assertTrue(e.getMessage().contains("outside the text"), e.getMessage());
		assertEquals(0, CorpusStore.open(dir.resolve("target")).entries().size());
		assertFalse(Files.exists(dir.resolve("target/reports")) && Files.list(dir.resolve("target/reports")).findAny().isPresent());
	}

	@Test
	void aCancelledExportLeavesNoFileBehind() throws Exception {
		CorpusStore store = corpusWithLayers();
		Path out = dir.resolve("never.jsonl");
		NullProgressMonitor cancelAfterFirst = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				setCanceled(true);
			}
		};
		assertThrows(OperationCanceledException.class, () -> new JsonlExport().export(store, out, false, cancelAfterFirst));
		assertFalse(Files.exists(out));
		assertEquals(List.of("astral.txt", "corpus"), Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList(),
				"no temporary file left");
	}

	@Test
	void nullsAndDefaultsAreLeftOutAndComeBackAsTheyWere() throws Exception {
		Report report = F.createReport();
		report.setId("00000000000000d1");
		report.setText("区司法局受理行政复议申请68件。");
		MetadataEntry empty = F.createMetadataEntry();
		empty.setKey("信息员");
		report.getMetadata().add(empty); // a key without value is still an entry
		Layer gold = layer("gold", LayerKind.GOLD, null);
		gold.setModified(null);
		Entity org = span(F.createEntity(), report.getText(), "区司法局", "ORG", SpanOrigin.HUMAN, SpanStatus.ACCEPTED, gold);
		Metric count = span(F.createMetric(), report.getText(), "68件", "METRIC", SpanOrigin.HUMAN, SpanStatus.ACCEPTED, gold);
		Metric unitOnly = span(F.createMetric(), report.getText(), "68", "METRIC", SpanOrigin.RULE, SpanStatus.SUGGESTED, gold);
		unitOnly.setNormalizedUnit("件");
		report.getLayers().add(gold);

		String line = line(report);
		JsonObject json = JsonParser.parseString(line).getAsJsonObject();
		for (String absent : List.of("title", "region", "year", "publisher", "published", "source")) {
			assertFalse(json.has(absent), absent + " is null: left out");
		}
		assertTrue(json.getAsJsonObject("metadata").get("信息员").isJsonNull(), "a metadata value stays explicit, null included");
		assertFalse(json.getAsJsonArray("layers").get(0).getAsJsonObject().has("tokenization"));
		JsonObject entity = json.getAsJsonArray("entities").get(0).getAsJsonObject();
		for (String absent : List.of("annotator", "confidence", "tool", "note", "based_on", "canonical")) {
			assertFalse(entity.has(absent), absent + " is null or default: left out");
		}
		assertEquals("accepted", entity.get("status").getAsString(), "enumerated fields are always written");
		assertEquals("human", entity.get("origin").getAsString());
		JsonObject metric = json.getAsJsonArray("metrics").get(0).getAsJsonObject();
		for (String absent : List.of("value", "approximate", "qualifier", "normalized", "indicator", "period", "comparison")) {
			assertFalse(metric.has(absent), absent + " is null or default: left out");
		}
		assertEquals("count", metric.get("kind").getAsString());
		JsonObject normalized = json.getAsJsonArray("metrics").get(1).getAsJsonObject().getAsJsonObject("normalized");
		assertEquals("件", normalized.get("unit").getAsString(), "a normalized unit without value is kept");
		assertFalse(normalized.has("value"));

		Report back = new JsonlReader().read(line);
		assertTrue(EcoreUtil.equals(report, back), "what was left out comes back as it was");
		assertEquals(1.0, back.getLayers().get(0).getSpans().get(0).getConfidence());
		assertFalse(((Metric) back.getLayers().get(0).getSpans().get(1)).isApproximate());
		assertEquals(line, line(back));
		assertEquals(org.getId(), entity.get("id").getAsString());
		assertEquals(count.getId(), metric.get("id").getAsString());
	}

	@Test
	void everyFieldSetToOtherThanItsDefaultIsWrittenAndComesBack() throws Exception {
		Report report = F.createReport();
		report.setId("00000000000000f1");
		report.setText("区司法局受理行政复议申请68件，败诉率4%。");
		report.setTitle("标题");
		report.setRegion("柳州市");
		report.setYear(2023);
		report.setPublisher("司法局");
		report.setPublished("2024-01-02");
		report.setDocumentKind(DocumentKind.VALUES.get(DocumentKind.VALUES.size() - 1));
		report.setStatus(ReportStatus.VALUES.get(ReportStatus.VALUES.size() - 1));
		MetadataEntry entry = F.createMetadataEntry();
		entry.setKey("联系方式");
		entry.setValue("2833565");
		report.getMetadata().add(entry);
		org.reportbank.model.FieldSource from = F.createFieldSource();
		from.setField("title");
		from.setRule("the first line, a title");
		from.setLine(2);
		from.setText("城中区2023年法治政府建设工作情况报告");
		report.getFieldSources().add(from);
		Source source = F.createSource();
		source.setFile("a.txt");
		source.setFormat("txt");
		source.setEncoding("GBK");
		source.setSha256("00ff");
		source.setImported("2026-11-21T23:35:26Z");
		report.setSource(source);
		Normalization normalization = F.createNormalization();
		normalization.setKind("trimmed");
		normalization.setCount(2);
		normalization.getExamples().add("例");
		report.getNormalizations().add(normalization);
		Section parent = F.createSection();
		parent.setId("s1");
		parent.setLevel(1);
		parent.setNumbering("一、");
		parent.setHeading("成效");
		parent.setKind(SectionKind.VALUES.get(SectionKind.VALUES.size() - 1));
		parent.setBegin(0);
		parent.setEnd(22);
		parent.setHeadingEnd(4);
		Section child = F.createSection();
		child.setId("s1.1");
		child.setLevel(2);
		child.setKind(SectionKind.VALUES.get(0));
		child.setBegin(4);
		child.setEnd(22);
		child.setHeadingEnd(4); // within the section, as the reader requires
		parent.getChildren().add(child);
		report.getSections().add(parent);

		Layer layer = layer("王芳", LayerKind.ANNOTATOR, "王芳");
		layer.setStatus(ReportStatus.DONE);
		Tokenization tokenization = F.createTokenization();
		tokenization.setTool("hanlp-portable-1.8.6");
		tokenization.setLengths("4,2");
		tokenization.setPartsOfSpeech("nt,");
		layer.setTokenization(tokenization);
		org.reportbank.model.FieldDecision decision = F.createFieldDecision();
		decision.setField("region");
		decision.setSuggested("城中区");
		decision.setValue("柳州市城中区");
		decision.setStatus(org.reportbank.model.FieldDecisionStatus.VALUES.get(org.reportbank.model.FieldDecisionStatus.VALUES.size() - 1));
		layer.getFieldDecisions().add(decision);
		String text = report.getText();
		Entity org = span(F.createEntity(), text, "区司法局", "ORG", SpanOrigin.MODEL, SpanStatus.REJECTED, layer);
		org.setCanonical("柳州市城中区司法局");
		Metric count = span(F.createMetric(), text, "68件", "METRIC", SpanOrigin.RULE, SpanStatus.SUGGESTED, layer);
		count.setValue(new BigDecimal("68"));
		count.setUnit("件");
		count.setApproximate(true);
		count.setQualifier("约");
		count.setKind(MetricKind.RATE);
		count.setNormalizedValue(new BigDecimal("68.0"));
		count.setNormalizedUnit("件");
		count.setIndicator("行政复议申请");
		count.setPeriod("2023");
		count.setComparison("同比");
		count.setUpperValue(new BigDecimal("70"));
		count.setNormalizedUpperValue(new BigDecimal("70.0"));
		Claim claim = span(F.createClaim(), text, text, "PROBLEM", SpanOrigin.HANLP, SpanStatus.SUGGESTED, layer);
		claim.setSection("s1.1");
		claim.getMetrics().add(count);
		Span plain = span(F.createSpan(), text, "行政复议", "TOPIC", SpanOrigin.HUMAN, SpanStatus.ACCEPTED, layer);
		for (Span span : List.of(org, count, claim, plain)) {
			span.setConfidence(0.0); // not the default 1.0, and falsy: must still be written
			span.setTool("tool");
			span.setNote("注\t释");
			span.setBasedOn("preannotation-1");
			span.getSources().addAll(List.of("王芳", "李明"));
		}
		Check check = F.createCheck();
		check.setId("c1");
		check.setKind("rate");
		check.setVerdict(CheckVerdict.INCONSISTENT);
		check.setBegin(0);
		check.setEnd(text.length());
		check.setMessage("message");
		check.setStated(new BigDecimal("4"));
		check.setRecomputed(new BigDecimal("2.90"));
		check.getMetrics().add(count);
		layer.getChecks().add(check);
		report.getLayers().add(layer);

		String line = line(report);
		JsonObject json = JsonParser.parseString(line).getAsJsonObject();
		for (String field : List.of("title", "region", "year", "publisher", "published", "source")) {
			assertTrue(json.has(field), field);
		}
		assertEquals("nt,", json.getAsJsonArray("layers").get(0).getAsJsonObject().getAsJsonObject("tokenization").get("parts_of_speech")
				.getAsString());
		assertEquals("done", json.getAsJsonArray("layers").get(0).getAsJsonObject().get("status").getAsString());
		JsonObject decided = json.getAsJsonArray("layers").get(0).getAsJsonObject().getAsJsonArray("field_decisions").get(0)
				.getAsJsonObject();
		for (String field : List.of("field", "suggested", "value", "status")) {
			assertTrue(decided.has(field), "field decision " + field);
		}
		assertEquals("s1", json.getAsJsonArray("sections").get(1).getAsJsonObject().get("parent").getAsString());
		for (String kind : List.of("entities", "metrics", "claims", "spans")) {
			JsonObject span = json.getAsJsonArray(kind).get(0).getAsJsonObject();
			for (String field : List.of("annotator", "confidence", "tool", "note", "based_on", "sources")) {
				assertTrue(span.has(field), kind + " " + field);
			}
			assertEquals(0.0, span.get("confidence").getAsDouble(), kind);
		}
		JsonObject metric = json.getAsJsonArray("metrics").get(0).getAsJsonObject();
		for (String field : List.of("value", "unit", "approximate", "qualifier", "kind", "normalized", "indicator", "period",
				"comparison")) {
			assertTrue(metric.has(field), field);
		}
		assertEquals("68.0", metric.getAsJsonObject("normalized").get("value").getAsString());
		assertEquals("柳州市城中区司法局", json.getAsJsonArray("entities").get(0).getAsJsonObject().get("canonical").getAsString());

		Report back = new JsonlReader().read(line);
		assertTrue(EcoreUtil.equals(report, back), "every field survives the round trip");
		assertEquals(line, line(back), "and is written again byte for byte");
	}

	/**
	 * Every ASCII character, control characters included, is written with Gson's escapes; those XML
	 * can hold (tab, line feed, carriage return and the printable ones) come back the same, the
	 * others are refused by the reader, since no XMI file could store them.
	 */
	@Test
	void stringsAreEscapedAsGsonEscapesThemAndComeBackTheSame() throws Exception {
		StringBuilder awkward = new StringBuilder();
		for (char c = 0; c < 0x80; c++) {
			awkward.append(c);
		}
		awkward.append("\u2028\u2029\u00a0<>&='\"\\😀𠀀区");
		Report report = F.createReport();
		report.setId("00000000000000e1");
		report.setText("区司法局");
		report.setTitle(awkward.toString());
		MetadataEntry entry = F.createMetadataEntry();
		entry.setKey(awkward.toString());
		entry.setValue(awkward.toString());
		report.getMetadata().add(entry);

		StringWriter gson = new StringWriter();
		com.google.gson.stream.JsonWriter json = new com.google.gson.stream.JsonWriter(gson);
		json.setHtmlSafe(false);
		json.value(awkward.toString());
		json.flush();
		String line = line(report);
		assertTrue(line.contains("\"title\":" + gson + ","), "the escapes Gson's JsonWriter writes: " + line);
		assertTrue(line.contains("\"metadata\":{" + gson + ":" + gson + "}"), line);
		JsonlReader.FormatException refused = assertThrows(JsonlReader.FormatException.class, () -> new JsonlReader().read(line));
		assertEquals("\"title\" holds U+0000 at character 0; XML files cannot hold that character", refused.getMessage());

		String storable = awkward.toString().replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]", "");
		report.setTitle(storable);
		entry.setKey(storable);
		entry.setValue(storable);
		Report back = new JsonlReader().read(line(report));
		assertEquals(storable, back.getTitle());
		assertTrue(EcoreUtil.equals(report, back));
	}

	private static String line(Report report) throws Exception {
		StringWriter out = new StringWriter();
		new JsonlWriter().write(report, out);
		String line = out.toString();
		assertTrue(line.endsWith("\n") && line.indexOf('\n') == line.length() - 1, "one line");
		return line.substring(0, line.length() - 1);
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
		org.reportbank.model.FieldDecision year = F.createFieldDecision(); // through the store's files and back
		year.setField("year");
		year.setSuggested("2023");
		year.setValue("2023");
		human.getFieldDecisions().add(year);
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
