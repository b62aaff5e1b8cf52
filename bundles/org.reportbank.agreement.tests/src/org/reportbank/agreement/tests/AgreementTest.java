package org.reportbank.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reportbank.agreement.Agreement;
import org.reportbank.agreement.AgreementJson;
import org.reportbank.agreement.AgreementResult;
import org.reportbank.agreement.GroupResult;
import org.reportbank.agreement.PairResult;
import org.reportbank.agreement.Prf;
import org.reportbank.agreement.ReportResult;
import org.reportbank.agreement.Tokens;
import org.reportbank.testing.Fixtures;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.SpanStatus;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The whole agreement of reports with annotator layers, checked by hand. */
class AgreementTest {

	/**
	 * Report r1, 10 characters, no tokenization (characters are the tokens). a: ORG 0..4, METRIC 5..7,
	 * PER 7..9 rejected; b: ORG 0..4, METRIC 5..8. A pre-annotation layer (LAW) and a gold layer (LOC)
	 * are not annotators. Report r2 has a's layer only and is not compared.
	 */
	private static List<Report> twoAnnotators() {
		Report r1 = Fixtures.report("r1", Reports.text(10));
		Layer a = Fixtures.annotator(r1, "a");
		Fixtures.span(a, 0, 4, "ORG");
		Fixtures.span(a, 5, 7, "METRIC");
		Fixtures.span(a, 7, 9, "PER", SpanStatus.REJECTED);
		Layer b = Fixtures.annotator(r1, "b");
		Fixtures.span(b, 0, 4, "ORG");
		Fixtures.span(b, 5, 8, "METRIC");
		Fixtures.span(Fixtures.layer(r1, "hanlp", LayerKind.PREANNOTATION), 0, 9, "LAW", SpanStatus.SUGGESTED);
		Fixtures.span(Fixtures.layer(r1, "gold", LayerKind.GOLD), 0, 9, "LOC");
		Report r2 = Fixtures.report("r2", Reports.text(5));
		Fixtures.span(Fixtures.annotator(r2, "a"), 0, 2, "ORG");
		return List.of(r1, r2);
	}

	private static AgreementResult of(List<Report> reports, Agreement.Options options) {
		return of(reports, options, null);
	}

	/** The figures of the corpus; each report's own figures, when perReport is not null, added to it. */
	private static AgreementResult of(List<Report> reports, Agreement.Options options, List<ReportResult> perReport) {
		Agreement agreement = new Agreement(options, perReport == null ? null : perReport::add);
		reports.forEach(agreement::add);
		return agreement.result();
	}

	/**
	 * <pre>
	 * exact:   ORG 0..4 matched, METRIC 5..7 / 5..8 not: matched 1, a 2, b 2, F1 = 2·1/4 = 0.5
	 * overlap: both pairs overlap: F1 = 1
	 * tokens   0 1 2 3 4 5 6 7 8 9
	 *   a      G G G G O M M O O O      (G = ORG, M = METRIC; the rejected PER 7..9 is nothing)
	 *   b      G G G G O M M M O O
	 * Cohen:   p_o = 9/10; a: G 4, O 4, M 2; b: G 4, O 3, M 3
	 *          p_e = (4·4 + 4·3 + 2·3) / 100 = 0.34; κ = (0.9 − 0.34) / 0.66 = 0.848485
	 * METRIC against the rest: both 2, only b 1, neither 7: p_o = 0.9, p_e = (2·3 + 8·7)/100 = 0.62,
	 *          κ = 0.28 / 0.38 = 0.736842; ORG: identical, κ = 1
	 * α_U METRIC (L = 10): D_o = 2·[0² + (7 − 8)²] / (2·100) = 0.01
	 *          units {2, 3}, gaps a {5, 3}, b {5, 2}
	 *          l = 2: (2 − 1)(16 − 12 + 2)/3 = 2, + 4·[(5−1) + (3−1) + (5−1) + (2−1)] = 44  → 46
	 *          l = 3: (54 − 27 + 3)/3 = 10,       + 9·[(5−2) + (3−2) + (5−2)] = 63     → 73
	 *          D_e = 0.2 · 119 / (20·19 − (2 + 6)) = 23.8 / 372; α = 1 − 0.01 / (23.8/372) = 0.843697
	 * α_U ORG: D_o = 0; units {4, 4}, gaps {6, 6}: 2·[(128 − 48 + 4)/3 + 16·(3 + 3)] = 2·124 = 248,
	 *          D_e = 0.2 · 248 / (380 − 24) = 49.6 / 356; α = 1
	 * overall α_U = 1 − (0.01 + 0) / (23.8/372 + 49.6/356) = 0.950813
	 * </pre>
	 */
	@Test
	void twoAnnotatorsByHand() {
		List<ReportResult> perReport = new ArrayList<>();
		AgreementResult result = of(twoAnnotators(), Agreement.Options.all(), perReport);
		assertEquals(List.of("a", "b"), result.annotators());
		assertEquals(List.of("METRIC", "ORG"), result.labels(), "no PER (rejected), LAW (pre-annotation) or LOC (gold)");
		assertEquals(1, result.reports(), "r2 has one annotator");
		assertEquals(1, result.tokenUnits().get(Tokens.Unit.CHARACTERS));
		PairResult pair = result.pairs().get(0);
		assertEquals("a", pair.a());
		assertEquals("b", pair.b());
		assertEquals(1, pair.reports());
		assertEquals(10, pair.tokens());
		assertEquals(new Prf(1, 2, 2), pair.exact().overall());
		assertEquals(0.5, pair.exact().overall().f1(), 1e-12);
		assertEquals(new Prf(0, 1, 1), pair.exact().label("METRIC"));
		assertEquals(1.0, pair.overlap().overall().f1(), 1e-12);
		assertEquals(0.56 / 0.66, pair.cohenKappa().overall(), 1e-12);
		assertEquals(0.28 / 0.38, pair.cohenKappa().label("METRIC"), 1e-12);
		assertEquals(1.0, pair.cohenKappa().label("ORG"), 1e-12);
		assertEquals(1 - 0.01 / (23.8 / 372), pair.alphaU().label("METRIC"), 1e-12);
		assertEquals(1.0, pair.alphaU().label("ORG"), 1e-12);
		assertEquals(1 - 0.01 / (23.8 / 372 + 49.6 / 356), pair.alphaU().overall(), 1e-12);

		GroupResult all = result.all();
		assertNotNull(all, "two annotators: the group is the pair");
		assertNull(all.fleissKappa(), "no Fleiss' kappa for two");
		assertEquals(pair.alphaU().overall(), all.alphaU().overall(), 1e-12);

		assertEquals(1, perReport.size());
		ReportResult r1 = perReport.get(0);
		assertEquals("r1", r1.id());
		assertEquals(0.5, r1.pairs().get(0).exact().overall().f1(), 1e-12);
		assertNull(r1.group());
	}

	/**
	 * Krippendorff's (1995) example A as a report of 24 characters: Bertha marks 2..10 and 14..20,
	 * Bill 4..8 and 15..17. Character by character:
	 *
	 * <pre>
	 * both marked 4..8 and 15..17: 6; Bertha only: 8; neither: 24 − 14 = 10
	 * p_o = (6 + 10) / 24 = 2/3;  p_e = (14/24)(6/24) + (10/24)(18/24) = (84 + 180) / 576 = 264/576
	 * κ = (2/3 − 264/576) / (1 − 264/576) = 120/312 = 0.3846
	 * </pre>
	 *
	 * No span matches exactly; both of Bill's lie inside one of Bertha's: overlap F1 = 1. α_U over
	 * the 24 characters: D_o = .03125 (Krippendorff's figure); units {8, 6, 4, 2} (N_u = 4), gaps
	 * Bertha {2, 4, 4}, Bill {4, 7, 7}:
	 *
	 * <pre>
	 * l = 8: 3·(1024 − 192 + 8)/3 = 840, no gap ≥ 8                            → 840
	 * l = 6: 3·(432 − 108 + 6)/3 = 330, + 36·[(7−5) + (7−5)] = 144              → 474
	 * l = 4: 84, + 16·[1 + 1 + 1 + 4 + 4] = 176                                  → 260
	 * l = 2: 6,  + 4·[1 + 3 + 3 + 3 + 6 + 6] = 88                                →  94
	 * D_e = (2/24) · 1668 / (48·47 − (56 + 30 + 12 + 2)) = 139 / 2156 = 0.064471
	 * α_U = 1 − 0.03125 · 2156 / 139 = 0.515288
	 * </pre>
	 */
	@Test
	void krippendorffExampleAsAReport() {
		Report report = Fixtures.report("k", Reports.text(24));
		Layer bertha = Fixtures.annotator(report, "Bertha");
		Fixtures.span(bertha, 2, 10, "X");
		Fixtures.span(bertha, 14, 20, "X");
		Layer bill = Fixtures.annotator(report, "Bill");
		Fixtures.span(bill, 4, 8, "X");
		Fixtures.span(bill, 15, 17, "X");
		PairResult pair = of(List.of(report), Agreement.Options.all()).pairs().get(0);
		assertEquals(120.0 / 312, pair.cohenKappa().overall(), 1e-12);
		assertEquals(120.0 / 312, pair.cohenKappa().label("X"), 1e-12);
		assertEquals(0.0, pair.exact().overall().f1(), 1e-12);
		assertEquals(1.0, pair.overlap().overall().f1(), 1e-12);
		assertEquals(1 - 0.03125 * 2156 / 139, pair.alphaU().label("X"), 1e-12);
	}

	/**
	 * Three annotators on r1 (6 characters): a X 0..2, b X 0..2, c X 0..3; r2 has a and b only.
	 *
	 * <pre>
	 * tokens      0   1   2   3   4   5
	 * n_X         3   3   1   0   0   0        n_O = 3 − n_X
	 * Σ n² = 9 + 9 + (1 + 4) + 9 + 9 + 9 = 50; P̄ = (50 − 6·3) / (6·3·2) = 32/36 = 8/9
	 * p_X = 7/18, p_O = 11/18; P̄_e = (49 + 121) / 324 = 85/162
	 * κ = (8/9 − 85/162) / (1 − 85/162) = (144 − 85) / 77 = 59/77 = 0.766234 (X against O: the same)
	 * α_U X, m = 3, L = 6: pairs a–b 0, a–c (2 − 3)² = 1, b–c 1; D_o = 2·2 / (3·2·36) = 4/216
	 *   units {2, 2, 3} (N_u = 3), gaps {4, 4, 3}
	 *   l = 2: (3 − 1)(16 − 12 + 2)/3 = 4, + 4·[(4−1) + (4−1) + (3−1)] = 32 → 36, twice → 72
	 *   l = 3: (3 − 1)(54 − 27 + 3)/3 = 20, + 9·[(4−2) + (4−2) + (3−2)] = 45 → 65
	 *   D_e = (2/6) · 137 / (18·17 − (2 + 2 + 6)) = 137 / 888
	 *   α = 1 − (4/216) / (137/888) = 0.879970
	 * </pre>
	 */
	@Test
	void threeAnnotatorsFleissAndAlphaOverTheReportsAllAnnotated() {
		Report r1 = Fixtures.report("r1", Reports.text(6));
		Fixtures.span(Fixtures.annotator(r1, "a"), 0, 2, "X");
		Fixtures.span(Fixtures.annotator(r1, "b"), 0, 2, "X");
		Fixtures.span(Fixtures.annotator(r1, "c"), 0, 3, "X");
		Report r2 = Fixtures.report("r2", Reports.text(4));
		Fixtures.span(Fixtures.annotator(r2, "a"), 0, 1, "X");
		Fixtures.span(Fixtures.annotator(r2, "b"), 2, 3, "X");
		List<ReportResult> perReport = new ArrayList<>();
		AgreementResult result = of(List.of(r1, r2), Agreement.Options.all(), perReport);
		assertEquals(List.of("a", "b", "c"), result.annotators());
		assertEquals(2, result.reports());
		assertEquals(3, result.pairs().size());
		assertEquals(2, result.pairs().get(0).reports(), "a / b annotated both reports");
		assertEquals(1, result.pairs().get(1).reports(), "a / c only r1");

		GroupResult all = result.all();
		assertEquals(List.of("a", "b", "c"), all.annotators());
		assertEquals(1, all.reports());
		assertEquals(6, all.tokens());
		assertEquals(59.0 / 77, all.fleissKappa().overall(), 1e-12);
		assertEquals(59.0 / 77, all.fleissKappa().label("X"), 1e-12);
		assertEquals(1 - (4.0 / 216) / (137.0 / 888), all.alphaU().label("X"), 1e-12);
		assertEquals(all.alphaU().label("X"), all.alphaU().overall(), 1e-12);

		ReportResult first = perReport.get(0);
		assertEquals(59.0 / 77, first.group().fleissKappa().overall(), 1e-12);
		assertNull(perReport.get(1).group(), "two annotators in r2");
	}

	@Test
	void labelAndAnnotatorFilters() {
		List<Report> reports = twoAnnotators();
		Report extra = reports.get(0);
		Fixtures.span(Fixtures.annotator(extra, "c"), 0, 4, "ORG");
		AgreementResult onlyOrg = of(reports, new Agreement.Options(Set.of("ORG"), null));
		assertEquals(List.of("ORG"), onlyOrg.labels());
		assertEquals(new Prf(1, 1, 1), onlyOrg.pairs().get(0).exact().overall());
		assertEquals(1.0, onlyOrg.pairs().get(0).cohenKappa().overall(), 1e-12);
		assertNotNull(onlyOrg.all().fleissKappa(), "a, b and c");
		assertEquals(1.0, onlyOrg.all().fleissKappa().overall(), 1e-12);

		AgreementResult ab = of(reports, new Agreement.Options(null, List.of("b", "a")));
		assertEquals(List.of("a", "b"), ab.annotators());
		assertEquals(1, ab.pairs().size());
		assertNull(ab.all().fleissKappa());
		assertThrows(IllegalArgumentException.class, () -> new Agreement(new Agreement.Options(null, List.of("a"))));
	}

	@Test
	void wordsOfATokenizationAreTheTokens() {
		Report report = Fixtures.report("w", "区司法局受理68件");
		Reports.tokenized(report, "4,2,3");
		Fixtures.span(Fixtures.annotator(report, "a"), 0, 4, "ORG");
		Fixtures.span(Fixtures.annotator(report, "b"), 0, 2, "ORG");
		AgreementResult result = of(List.of(report), Agreement.Options.all());
		assertEquals(1, result.tokenUnits().get(Tokens.Unit.WORDS));
		PairResult pair = result.pairs().get(0);
		assertEquals(3, pair.tokens());
		assertEquals(9, pair.characters());
		assertEquals(1.0, pair.cohenKappa().overall(), 1e-12, "both label the first word ORG");
		assertEquals(0.0, pair.exact().overall().f1(), 1e-12);
	}

	@Test
	void jsonGivesEveryFigureAndNullWhereUndefined() throws Exception {
		StringWriter out = new StringWriter();
		List<ReportResult> perReport = new ArrayList<>();
		AgreementResult result = of(twoAnnotators(), Agreement.Options.all(), perReport);
		AgreementJson.write(result, perReport.stream().map(AgreementJson::report).iterator(), out);
		JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
		assertEquals(2, json.getAsJsonArray("annotators").size());
		assertEquals(1, json.get("reports").getAsInt());
		JsonObject pair = json.getAsJsonArray("pairs").get(0).getAsJsonObject();
		assertEquals("a", pair.get("a").getAsString());
		assertEquals(0.5, pair.getAsJsonObject("exact").getAsJsonObject("overall").get("f1").getAsDouble(), 1e-12);
		assertEquals(0.0, pair.getAsJsonObject("exact").getAsJsonObject("labels").getAsJsonObject("METRIC").get("f1").getAsDouble(),
				1e-12);
		assertEquals(1.0, pair.getAsJsonObject("overlap").getAsJsonObject("overall").get("f1").getAsDouble(), 1e-12);
		assertEquals(0.56 / 0.66, pair.getAsJsonObject("cohen_kappa").get("overall").getAsDouble(), 1e-12);
		assertEquals(1.0, pair.getAsJsonObject("cohen_kappa").getAsJsonObject("labels").get("ORG").getAsDouble(), 1e-12);
		assertTrue(json.get("fleiss_kappa").isJsonNull());
		assertEquals(1 - 0.01 / (23.8 / 372 + 49.6 / 356),
				json.getAsJsonObject("krippendorff_alpha_u").get("overall").getAsDouble(), 1e-12);
		assertEquals(1, json.getAsJsonArray("per_report").size());

		Report none = Fixtures.report("n", Reports.text(3));
		Fixtures.annotator(none, "a");
		Fixtures.annotator(none, "b");
		StringWriter empty = new StringWriter();
		AgreementJson.write(of(List.of(none), Agreement.Options.all()), empty);
		JsonObject nothing = JsonParser.parseString(empty.toString()).getAsJsonObject();
		JsonObject overall = nothing.getAsJsonArray("pairs").get(0).getAsJsonObject().getAsJsonObject("exact").getAsJsonObject("overall");
		assertTrue(overall.get("f1").isJsonNull(), "no spans at all: F1 undefined");
		assertTrue(nothing.getAsJsonArray("pairs").get(0).getAsJsonObject().getAsJsonObject("cohen_kappa").get("overall").isJsonNull());
	}
}
