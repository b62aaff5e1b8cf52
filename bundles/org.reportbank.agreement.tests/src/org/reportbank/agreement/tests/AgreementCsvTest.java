package org.reportbank.agreement.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.agreement.Agreement;
import org.reportbank.agreement.AgreementCsv;
import org.reportbank.agreement.AgreementMeasure;
import org.reportbank.agreement.AgreementResult;
import org.reportbank.agreement.AgreementTable;
import org.reportbank.testing.Fixtures;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;

/** The agreement view's matrix and per-label table, and their CSV. */
class AgreementCsvTest {

	@TempDir
	Path dir;

	/**
	 * As in AgreementTest: 10 characters; 李明 ORG 0..4, METRIC 5..7; 王芳 ORG 0..4, METRIC 5..8.
	 * exact F1 0.5 (ORG 1, METRIC 0), overlap F1 1, Cohen's kappa 0.848485, α_U 0.950813.
	 */
	private static AgreementResult twoAnnotators() {
		Report r1 = Fixtures.report("r1", Reports.text(10));
		Layer a = Fixtures.annotator(r1, "李明");
		Fixtures.span(a, 0, 4, "ORG");
		Fixtures.span(a, 5, 7, "METRIC");
		Layer b = Fixtures.annotator(r1, "王芳");
		Fixtures.span(b, 0, 4, "ORG");
		Fixtures.span(b, 5, 8, "METRIC");
		Agreement agreement = new Agreement();
		agreement.add(r1);
		return agreement.result();
	}

	/** Three annotators: 张伟 marks ORG only, and annotated the same report. */
	private static AgreementResult threeAnnotators() {
		Report r1 = Fixtures.report("r1", Reports.text(10));
		Layer a = Fixtures.annotator(r1, "李明");
		Fixtures.span(a, 0, 4, "ORG");
		Fixtures.span(a, 5, 7, "METRIC");
		Layer b = Fixtures.annotator(r1, "王芳");
		Fixtures.span(b, 0, 4, "ORG");
		Fixtures.span(b, 5, 8, "METRIC");
		Fixtures.span(Fixtures.annotator(r1, "张伟"), 0, 4, "ORG");
		Agreement agreement = new Agreement();
		agreement.add(r1);
		return agreement.result();
	}

	@Test
	void theMatrixIsSymmetricWithOneOnTheDiagonal() {
		AgreementResult result = twoAnnotators();
		assertEquals(List.of("李明", "王芳"), result.annotators());
		assertArrayEquals(new double[] { 1, 0.5 }, AgreementTable.matrix(result, AgreementMeasure.EXACT_F1)[0], 1e-9);
		assertArrayEquals(new double[] { 0.5, 1 }, AgreementTable.matrix(result, AgreementMeasure.EXACT_F1)[1], 1e-9);
		assertEquals(1, AgreementTable.matrix(result, AgreementMeasure.OVERLAP_F1)[1][0], 1e-9);
		assertEquals(0.848485, AgreementTable.matrix(result, AgreementMeasure.COHEN_KAPPA)[0][1], 1e-6);
		assertEquals(0.950813, AgreementTable.matrix(result, AgreementMeasure.ALPHA_U)[1][0], 1e-6);
	}

	@Test
	void thePerLabelTableOfTwoAnnotators() {
		List<AgreementTable.Row> rows = AgreementTable.perLabel(twoAnnotators(), null);
		assertEquals(List.of("(all)", "METRIC", "ORG"), rows.stream().map(AgreementTable.Row::label).toList());
		AgreementTable.Row metric = rows.get(1);
		assertEquals(0, metric.exactF1(), 1e-9);
		assertEquals(1, metric.overlapF1(), 1e-9);
		assertEquals(0.736842, metric.cohenKappa(), 1e-6);
		assertTrue(Double.isNaN(metric.fleissKappa()), "Fleiss' kappa needs three annotators");
		assertEquals(0.843697, metric.alphaU(), 1e-6);
		assertEquals(1, rows.get(2).exactF1(), 1e-9);
	}

	@Test
	void aPairWithNoReportInCommonIsUndefinedAndMeansLeaveUndefinedOut() {
		Report r1 = Fixtures.report("r1", Reports.text(10));
		Fixtures.span(Fixtures.annotator(r1, "a"), 0, 4, "ORG");
		Fixtures.span(Fixtures.annotator(r1, "b"), 0, 4, "ORG");
		Report r2 = Fixtures.report("r2", Reports.text(10));
		Fixtures.span(Fixtures.annotator(r2, "c"), 0, 4, "ORG");
		Fixtures.span(Fixtures.annotator(r2, "d"), 0, 3, "ORG");
		Agreement agreement = new Agreement();
		agreement.add(r1);
		agreement.add(r2);
		AgreementResult result = agreement.result();
		double[][] f1 = AgreementTable.matrix(result, AgreementMeasure.EXACT_F1);
		assertEquals(1, f1[0][1], 1e-9);
		assertTrue(Double.isNaN(f1[0][2]), "a and c never met");
		assertEquals(0, f1[2][3], 1e-9);
		assertEquals(0.5, AgreementTable.perLabel(result, null).get(0).exactF1(), 1e-9, "the mean of the two pairs met");
		assertEquals(2, AgreementTable.perLabel(result, null).get(0).pairs());
	}

	@Test
	void writesTheMatrixAndThePerLabelTable() throws Exception {
		Path file = dir.resolve("agreement.csv");
		AgreementCsv.write(twoAnnotators(), file);
		byte[] bytes = Files.readAllBytes(file);
		assertTrue(bytes[0] == 'm', "no byte order mark");
		List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).split("\r\n", -1));
		assertEquals(List.of(
				"measure,annotator,李明,王芳",
				"exact F1,李明,1.0000,0.5000",
				"exact F1,王芳,0.5000,1.0000",
				"overlap F1,李明,1.0000,1.0000",
				"overlap F1,王芳,1.0000,1.0000",
				"Cohen's kappa,李明,1.0000,0.8485",
				"Cohen's kappa,王芳,0.8485,1.0000",
				"alpha_U,李明,1.0000,0.9508",
				"alpha_U,王芳,0.9508,1.0000",
				"",
				"pair,label,pairs,exact F1,overlap F1,Cohen's kappa,Fleiss' kappa,alpha_U",
				"all pairs (mean),(all),1,0.5000,1.0000,0.8485,,0.9508",
				"all pairs (mean),METRIC,1,0.0000,1.0000,0.7368,,0.8437",
				"all pairs (mean),ORG,1,1.0000,1.0000,1.0000,,1.0000",
				""), lines);
	}

	@Test
	void threeAnnotatorsGiveFleissKappaAndATableForEachPair() throws Exception {
		AgreementResult result = threeAnnotators();
		StringWriter out = new StringWriter();
		AgreementCsv.write(result, out);
		String csv = out.toString();
		assertTrue(csv.startsWith("measure,annotator,张伟,李明,王芳\r\n"), csv);
		List<String> lines = List.of(csv.split("\r\n"));
		String all = lines.stream().filter(l -> l.startsWith("all pairs (mean),(all),3,")).findFirst().orElseThrow();
		String[] fields = all.split(",", -1);
		assertTrue(!fields[6].isEmpty(), "Fleiss' kappa of three: " + all);
		assertEquals(AgreementCsv.figure(result.all().fleissKappa().overall()), fields[6]);
		assertEquals(3, lines.stream().filter(l -> l.contains(" / ") && l.contains(",(all),1,")).count(), "one table per pair");
	}

	@Test
	void fieldsWithCommasOrQuotesAreQuoted() throws Exception {
		Report r1 = Fixtures.report("r1", Reports.text(10));
		Fixtures.span(Fixtures.annotator(r1, "Wang, F."), 0, 4, "ORG");
		Fixtures.span(Fixtures.annotator(r1, "Li \"M\""), 0, 4, "ORG");
		Agreement agreement = new Agreement();
		agreement.add(r1);
		StringWriter out = new StringWriter();
		AgreementCsv.write(agreement.result(), out);
		assertTrue(out.toString().startsWith("measure,annotator,\"Li \"\"M\"\"\",\"Wang, F.\"\r\n"), out.toString());
	}
}
