package org.reportbank.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.io.jsonl.JsonlWriter;
import org.reportbank.model.Annotator;
import org.reportbank.model.Layer;
import org.reportbank.testing.Fixtures;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.SpanStatus;
import org.reportbank.model.Tokenization;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** agreement on the command line: from a lossless JSONL with two annotators' layers to the figures, no workbench. */
class AgreementCommandTest extends CliRun {

	private static final ReportbankFactory F = ReportbankFactory.eINSTANCE;

	@TempDir
	Path dir;

	/**
	 * r1 "区司法局受理行政复议申请68件。", words 区司法局|受理|行政复议|申请|68件|。 (a tokenization on the
	 * pre-annotation layer): 王芳 ORG 0..4, METRIC 12..15; 李明 ORG 0..4, METRIC 12..14, PER 4..6 rejected.
	 * r2 "败诉率4%。", no tokenization (characters): 王芳 METRIC 3..5; 李明 METRIC 2..5.
	 */
	private static List<Report> twoAnnotators() {
		Report r1 = report("00000000000000a1", "区司法局受理行政复议申请68件。");
		Layer hanlp = Fixtures.layer(r1, "preannotation", LayerKind.PREANNOTATION);
		Tokenization words = F.createTokenization();
		words.setTool("hanlp");
		words.setLengths("4,2,4,2,3,1");
		hanlp.setTokenization(words);
		Fixtures.span(hanlp, 0, 16, "ACHIEVEMENT", SpanStatus.SUGGESTED);
		Layer wang = Fixtures.layer(r1, "王芳", LayerKind.ANNOTATOR);
		Fixtures.span(wang, 0, 4, "ORG", SpanStatus.ACCEPTED);
		Fixtures.span(wang, 12, 15, "METRIC", SpanStatus.ACCEPTED);
		Layer li = Fixtures.layer(r1, "李明", LayerKind.ANNOTATOR);
		Fixtures.span(li, 0, 4, "ORG", SpanStatus.ACCEPTED);
		Fixtures.span(li, 12, 14, "METRIC", SpanStatus.ACCEPTED);
		Fixtures.span(li, 4, 6, "PER", SpanStatus.REJECTED);
		Report r2 = report("00000000000000a2", "败诉率4%。");
		Fixtures.span(Fixtures.layer(r2, "王芳", LayerKind.ANNOTATOR), 3, 5, "METRIC", SpanStatus.ACCEPTED);
		Fixtures.span(Fixtures.layer(r2, "李明", LayerKind.ANNOTATOR), 2, 5, "METRIC", SpanStatus.ACCEPTED);
		Report r3 = report("00000000000000a3", "没有人标注。");
		Fixtures.span(Fixtures.layer(r3, "王芳", LayerKind.ANNOTATOR), 0, 2, "ORG", SpanStatus.ACCEPTED);
		return List.of(r1, r2, r3);
	}

	private static Report report(String id, String text) {
		Report report = Fixtures.report(id, text);
		report.setTitle(id);
		return report;
	}

	/** The reports written by the JSONL writer, as a team member would send their corpus. */
	private Path jsonl() throws Exception {
		Path file = dir.resolve("team.jsonl");
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			JsonlWriter writer = new JsonlWriter();
			for (Report report : twoAnnotators()) {
				writer.write(report, out);
			}
		}
		return file;
	}

	/**
	 * Pair 李明 / 王芳 (李 sorts first, so 李明 is a, the reference of precision and recall):
	 *
	 * <pre>
	 * exact:   ORG 0..4 matches; METRIC 12..14 / 12..15 and 2..5 / 3..5 do not: matched 1, spans 3, 3 → F1 1/3
	 * overlap: all three pair up → F1 1
	 * tokens:  r1 words     ORG O O O METRIC O  the same for both (the rejected PER is nothing; 12..14 touches 68件)
	 *          r2 chars     李明 O O M M M O, 王芳 O O O M M O
	 * Cohen:   12 tokens, 11 agree, p_o = 11/12; 李明 ORG 1, O 7, M 4; 王芳 ORG 1, O 8, M 3
	 *          p_e = (1·1 + 7·8 + 4·3) / 144 = 69/144; κ = (132 − 69) / (144 − 69) = 63/75 = 0.84
	 * METRIC:  both 3, 李明 only 1, neither 8: p_e = (4·3 + 8·9) / 144 = 84/144, κ = (132 − 84) / 60 = 0.8
	 * ORG:     identical: κ = 1, α_U = 1
	 * </pre>
	 */
	@Test
	void importedFromJsonlTheAgreementIsComputedWithoutTheWorkbench() throws Exception {
		String corpus = dir.resolve("corpus").toString();
		assertEquals(0, run("import", "--jsonl", jsonl().toString(), "--corpus", corpus), err);
		assertTrue(out.contains("3 imported"), out);
		CorpusStore store = CorpusStore.open(Path.of(corpus));
		assertEquals(List.of("王芳", "李明"), store.corpus().getAnnotators().stream().map(Annotator::getId).toList(),
				"the layers' annotators are the corpus's annotators");
		Report r1 = store.loadReport("00000000000000a1");
		assertEquals(3, r1.getLayers().size(), "every layer came back");
		assertTrue(r1.getLayers().stream().filter(l -> l.getKind() == LayerKind.ANNOTATOR)
				.allMatch(l -> l.getSpans().stream().allMatch(s -> l.getId().equals(s.getAnnotator()))), "each span with its annotator");

		assertEquals(0, run("agreement", "--corpus", corpus, "--format", "json"), err);
		JsonObject json = JsonParser.parseString(out).getAsJsonObject();
		assertEquals("[\"李明\",\"王芳\"]", json.getAsJsonArray("annotators").toString());
		assertEquals(2, json.get("reports").getAsInt(), "r3 has one annotator");
		assertEquals(1, json.getAsJsonObject("token_units").get("words").getAsInt());
		assertEquals(1, json.getAsJsonObject("token_units").get("characters").getAsInt());
		assertEquals("[\"METRIC\",\"ORG\"]", json.getAsJsonArray("labels").toString(), "no PER (rejected), no ACHIEVEMENT (suggestion)");
		JsonObject pair = json.getAsJsonArray("pairs").get(0).getAsJsonObject();
		assertEquals("李明", pair.get("a").getAsString());
		assertEquals("王芳", pair.get("b").getAsString());
		assertEquals(2, pair.get("reports").getAsInt());
		assertEquals(12, pair.get("tokens").getAsInt());
		JsonObject exact = pair.getAsJsonObject("exact");
		assertEquals(1.0 / 3, exact.getAsJsonObject("overall").get("f1").getAsDouble(), 1e-12);
		assertEquals(1.0, exact.getAsJsonObject("labels").getAsJsonObject("ORG").get("f1").getAsDouble(), 1e-12);
		assertEquals(0.0, exact.getAsJsonObject("labels").getAsJsonObject("METRIC").get("f1").getAsDouble(), 1e-12);
		assertEquals(1.0, pair.getAsJsonObject("overlap").getAsJsonObject("overall").get("f1").getAsDouble(), 1e-12);
		JsonObject kappa = pair.getAsJsonObject("cohen_kappa");
		assertEquals(0.84, kappa.get("overall").getAsDouble(), 1e-12);
		assertEquals(0.8, kappa.getAsJsonObject("labels").get("METRIC").getAsDouble(), 1e-12);
		assertEquals(1.0, kappa.getAsJsonObject("labels").get("ORG").getAsDouble(), 1e-12);
		JsonObject alpha = pair.getAsJsonObject("krippendorff_alpha_u");
		assertEquals(1.0, alpha.getAsJsonObject("labels").get("ORG").getAsDouble(), 1e-12);
		double metricAlpha = alpha.getAsJsonObject("labels").get("METRIC").getAsDouble();
		assertTrue(metricAlpha > 0 && metricAlpha < 1, "boundaries differ by one character: " + metricAlpha);
		assertTrue(json.get("fleiss_kappa").isJsonNull(), "two annotators");
		assertEquals(alpha.get("overall").getAsDouble(), json.getAsJsonObject("krippendorff_alpha_u").get("overall").getAsDouble(), 1e-12);
		assertEquals(2, json.getAsJsonArray("per_report").size());

		assertEquals(0, run("agreement", "--corpus", corpus, "--per-report"), err);
		assertTrue(out.contains("annotators  李明, 王芳"), out);
		assertTrue(out.contains("reports     2 annotated by two annotators or more (tokens: words in 1, characters in 1)"), out);
		assertTrue(out.contains("李明 / 王芳: 2 reports, 12 tokens, 22 characters"), out);
		assertTrue(out.lines().anyMatch(l -> l.trim().startsWith("(all)") && l.contains("0.333") && l.contains("0.840")), out);
		assertTrue(out.lines().anyMatch(l -> l.trim().startsWith("00000000000000a2") && l.contains("李明 / 王芳")), out);

		assertEquals(0, run("agreement", "--corpus", corpus, "--labels", "ORG", "--format", "json"), err);
		JsonObject onlyOrg = JsonParser.parseString(out).getAsJsonObject();
		assertEquals(1.0, onlyOrg.getAsJsonArray("pairs").get(0).getAsJsonObject().getAsJsonObject("exact").getAsJsonObject("overall")
				.get("f1").getAsDouble(), 1e-12);
	}

	@Test
	void wrongOptionsAreUsageErrorsAndNoPairsIsSaid() throws Exception {
		String corpus = dir.resolve("corpus").toString();
		assertEquals(0, run("import", "--jsonl", jsonl().toString(), "--corpus", corpus), err);
		assertEquals(2, run("agreement", "--corpus", corpus, "--format", "yaml"));
		assertTrue(err.contains("--format is text or json"), err);
		assertEquals(2, run("agreement", "--corpus", corpus, "--labels", ","));
		assertEquals(2, run("agreement", "--corpus", corpus, "--annotators", "王芳"));
		assertTrue(err.contains("two annotators or more"), err);
		assertEquals(2, run("agreement"));
		assertTrue(err.contains("--corpus is required"), err);
		assertEquals(1, run("agreement", "--corpus", dir.resolve("nothing").toString()));
		assertTrue(err.contains("is not a Reportbank corpus"), err);

		assertEquals(0, run("agreement", "--corpus", corpus, "--labels", "ORG,NOSUCH"));
		assertTrue(err.contains("NOSUCH is not in the corpus label set"), err);

		assertEquals(0, run("agreement", "--corpus", corpus, "--annotators", "王芳,张三", "--format", "json"));
		assertTrue(err.contains("one annotator only (王芳): no agreement figures"), err);
		JsonObject json = JsonParser.parseString(out).getAsJsonObject();
		assertEquals(0, json.getAsJsonArray("pairs").size());
		assertTrue(json.get("krippendorff_alpha_u").isJsonNull());

		assertEquals(0, run("agreement", "--help"));
		assertTrue(out.contains("Krippendorff's unitizing alpha"), out);
		assertEquals(0, run("--help"));
		assertTrue(out.contains("agreement"), out);
		assertFalse(out.contains("Exception"), out);
	}
}
