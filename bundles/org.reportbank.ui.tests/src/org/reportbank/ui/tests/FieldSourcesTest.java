package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.reportbank.model.FieldSource;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.ui.presenters.FieldSources;

/** The sentence a curator reads on hovering a document field: where the import read it. */
class FieldSourcesTest {

	@Test
	void aFieldSaysItsLineRuleAndWordsAndAFieldWithoutASourceSaysSo() {
		Report report = ReportbankFactory.eINSTANCE.createReport();
		FieldSource title = ReportbankFactory.eINSTANCE.createFieldSource();
		title.setField("title");
		title.setRule("the first line, a title");
		title.setLine(1);
		title.setText("秦州区2022年法治政府建设情况报告");
		report.getFieldSources().add(title);
		FieldSource published = ReportbankFactory.eINSTANCE.createFieldSource();
		published.setField("published");
		published.setRule("the page's header field 发布时间");
		published.setText("发布时间：2023-03-15");
		report.getFieldSources().add(published);

		assertEquals("Read at import from line 1, the first line, a title: 「秦州区2022年法治政府建设情况报告」. Type here to correct it.",
				FieldSources.describe(report, "title"));
		assertEquals("Read at import from the page's header field 发布时间: 「发布时间：2023-03-15」. Type here to correct it.",
				FieldSources.describe(report, "published"));
		assertEquals("The import found no region in this report (or it predates recording where fields come from). Type here to set it.",
				FieldSources.describe(report, "region"));
	}
}
