package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.curation.CurationSession;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.FieldSource;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.ui.presenters.CurationTexts;
import org.reportbank.ui.presenters.DocumentFieldRows;

/** What the Properties view says of each document field as the annotator decides it, and the curator's proposal rows. */
class DocumentFieldRowsTest {

	private static Report report() {
		Report report = ReportbankFactory.eINSTANCE.createReport();
		report.setId("00000000000000b2");
		report.setText("秦州区2022年法治政府建设情况报告\n正文。");
		report.setTitle("秦州区2022年法治政府建设情况报告");
		report.setRegion("秦州区");
		report.setYear(2022);
		FieldSource region = ReportbankFactory.eINSTANCE.createFieldSource();
		region.setField("region");
		region.setRule("the title's region");
		region.setLine(1);
		region.setText("秦州区2022年法治政府建设情况报告");
		report.getFieldSources().add(region);
		return report;
	}

	@Test
	void eachFieldSaysWhetherItIsDecidedAndWhereTheImportReadIt() {
		Report report = report();
		AnnotationSession session = new AnnotationSession(report, "王芳", DefaultLabels.create());
		List<DocumentFieldRows.Row> rows = DocumentFieldRows.of(session);
		assertEquals(List.of("Title", "Region", "Year", "Publisher", "Published"),
				rows.stream().map(DocumentFieldRows.Row::caption).toList());
		assertEquals("Suggested · line 1: 「秦州区2022年法治政府建设…」", rows.get(1).state());
		assertEquals("None found; type it if the report names it", rows.get(3).state());

		session.acceptField("title");
		session.decideField("region", "天水市秦州区");
		rows = DocumentFieldRows.of(session);
		assertEquals("✓ Accepted", rows.get(0).state());
		assertFalse(rows.get(0).acceptable(), "accepting again would change nothing");
		assertEquals("天水市秦州区", rows.get(1).value(), "her value, not the report's");
		assertEquals("✎ Corrected, read 「秦州区」 · line 1: 「秦州区2022年法治政府建设…」", rows.get(1).state());
		assertTrue(rows.get(1).acceptable());

		report.setTitle("秦州区2022年度法治政府建设情况报告"); // a curator corrected it since she accepted
		assertEquals("✓ Accepted; the report now says 「秦州区2022年度法治政府建设情况报告」", DocumentFieldRows.of(session).get(0).state());
		assertTrue(DocumentFieldRows.of(session).get(0).acceptable());
	}

	@Test
	void aProposalSaysTheReportsValueTheAnnotatorsOneAndHowManySaySo() {
		Report report = report();
		new AnnotationSession(report, "王芳", DefaultLabels.create()).decideField("region", "天水市秦州区");
		new AnnotationSession(report, "李明", DefaultLabels.create()).decideField("publisher", "秦州区人民政府");
		CurationSession curation = new CurationSession(report, "赵主任", DefaultLabels.create());
		CurationTexts texts = new CurationTexts(curation);
		assertEquals(List.of("Region 「秦州区」 → 「天水市秦州区」: 1 of 2 say so (王芳)", "Publisher (none) → 「秦州区人民政府」: 1 of 2 say so (李明)"),
				curation.fieldProposals().stream().map(texts::proposal).toList());
	}
}
