package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.stats.ConsistencyFindings;
import org.reportbank.core.stats.ConsistencyFindings.Finding;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.testing.Fixtures;
import org.reportbank.model.Check;
import org.reportbank.model.CheckVerdict;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Metric;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;

class ConsistencyFindingsTest {

	private static final ReportbankFactory F = ReportbankFactory.eINSTANCE;

	@TempDir
	Path dir;

	@Test
	void eachCheckWithItsSentence() {
		Report report = F.createReport();
		report.setId("r1");
		report.setTitle("某区报告");
		report.setText("标题\n共有79人参加考试，75人通过，及格率为98.7%。其他。");
		Layer pre = Fixtures.layer(report, "preannotation", LayerKind.PREANNOTATION);
		int begin = report.getText().indexOf("共有");
		int end = report.getText().indexOf("其他");
		Check rateCheck = check(pre, "k1", CheckVerdict.INCONSISTENT, begin, end);
		int rateAt = report.getText().indexOf("98.7%");
		int passedAt = report.getText().indexOf("75人");
		rateCheck.getMetrics().add(metric(pre, rateAt, rateAt + 5));
		rateCheck.getMetrics().add(metric(pre, passedAt, passedAt + 3));
		check(pre, "k0", CheckVerdict.CONSISTENT, report.getText().indexOf("其他"), report.getText().indexOf("其他"));
		// checks of other layers are not the pre-annotator's findings
		check(Fixtures.layer(report, "王芳", LayerKind.ANNOTATOR), "k2", CheckVerdict.INCONSISTENT, 0, 2);

		List<Finding> findings = ConsistencyFindings.of(report);

		assertEquals(2, findings.size());
		Finding rate = findings.get(0);
		assertEquals("k1", rate.checkId());
		assertEquals("r1", rate.reportId());
		assertEquals("某区报告", rate.reportTitle());
		assertEquals("共有79人参加考试，75人通过，及格率为98.7%。", rate.sentence());
		assertEquals(new BigDecimal("98.7"), rate.stated());
		assertEquals(begin, rate.begin());
		assertEquals(begin, rate.sentenceBegin());
		assertEquals(List.of(new ConsistencyFindings.Range(passedAt, passedAt + 3), new ConsistencyFindings.Range(rateAt, rateAt + 5)),
				rate.metrics(), "the counts and the rate compared, in text order");
		assertEquals("98.7%", rate.sentence().substring(rateAt - rate.sentenceBegin(), rateAt - rate.sentenceBegin() + 5));
		assertEquals("其他。", findings.get(1).sentence(), "an empty range shows the sentence around it");
	}

	@Test
	void theCorpusListPutsInconsistentFindingsFirst() throws Exception {
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		new CorpusImporter().importFiles(store, List.of(SeedReportsTest.seed("")), new NullProgressMonitor());
		Report first = store.loadReport(store.entries().get(0).getId());
		check(Fixtures.layer(first, "preannotation", LayerKind.PREANNOTATION), "c", CheckVerdict.CONSISTENT, 0, 4);
		store.save(first);
		Report second = store.loadReport(store.entries().get(2).getId());
		Layer pre = Fixtures.layer(second, "preannotation", LayerKind.PREANNOTATION);
		check(pre, "u", CheckVerdict.UNVERIFIABLE, 0, 4);
		check(pre, "i", CheckVerdict.INCONSISTENT, 10, 14);
		store.save(second);

		List<Finding> findings = ConsistencyFindings.list(store, new NullProgressMonitor());

		assertEquals(List.of("i", "u", "c"), findings.stream().map(Finding::checkId).toList());
		assertEquals(second.getText().substring(10, 14).replace('\n', ' ').strip(), findings.get(0).sentence());
	}

	private static Metric metric(Layer layer, int begin, int end) {
		Metric metric = F.createMetric();
		metric.setId("m-" + begin);
		metric.setBegin(begin);
		metric.setEnd(end);
		metric.setLabel("METRIC");
		layer.getSpans().add(metric);
		return metric;
	}

	private static Check check(Layer layer, String id, CheckVerdict verdict, int begin, int end) {
		Check check = F.createCheck();
		check.setId(id);
		check.setKind("rate");
		check.setVerdict(verdict);
		check.setBegin(begin);
		check.setEnd(end);
		check.setMessage("stated 98.7%, recomputed 94.9%");
		check.setStated(new BigDecimal("98.7"));
		check.setRecomputed(new BigDecimal("94.9"));
		layer.getChecks().add(check);
		return check;
	}
}
