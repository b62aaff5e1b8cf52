package org.reportbank.agreement.tests;

import org.reportbank.model.Layer;
import org.reportbank.testing.Fixtures;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Tokenization;

/** Small reports with layers for the agreement tests. */
final class Reports {

	static final ReportbankFactory F = ReportbankFactory.eINSTANCE;

	private Reports() {
	}

	/** A pre-annotation layer carrying a tokenization, e.g. "2,3,1". */
	static Layer tokenized(Report report, String lengths) {
		Layer layer = Fixtures.layer(report, "hanlp", LayerKind.PREANNOTATION);
		Tokenization tokenization = F.createTokenization();
		tokenization.setTool("test");
		tokenization.setLengths(lengths);
		layer.setTokenization(tokenization);
		return layer;
	}

	/** n Chinese characters, all different, no whitespace. */
	static String text(int n) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < n; i++) {
			text.append((char) ('一' + i));
		}
		return text.toString();
	}
}
