package org.reportbank.agreement.tests;

import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;
import org.reportbank.model.SpanStatus;
import org.reportbank.model.Tokenization;

/** Small reports with layers for the agreement tests. */
final class Reports {

	static final ReportbankFactory F = ReportbankFactory.eINSTANCE;

	private Reports() {
	}

	static Report report(String id, String text) {
		Report report = F.createReport();
		report.setId(id);
		report.setText(text);
		return report;
	}

	static Layer layer(Report report, String id, LayerKind kind) {
		Layer layer = F.createLayer();
		layer.setId(id);
		layer.setKind(kind);
		layer.setAnnotator(kind == LayerKind.ANNOTATOR ? id : null);
		report.getLayers().add(layer);
		return layer;
	}

	static Layer annotator(Report report, String id) {
		return layer(report, id, LayerKind.ANNOTATOR);
	}

	static Span span(Layer layer, int begin, int end, String label) {
		return span(layer, begin, end, label, SpanStatus.ACCEPTED);
	}

	static Span span(Layer layer, int begin, int end, String label, SpanStatus status) {
		Span span = F.createSpan();
		span.setId(layer.getId() + "-" + layer.getSpans().size());
		span.setBegin(begin);
		span.setEnd(end);
		span.setLabel(label);
		span.setStatus(status);
		span.setOrigin(layer.getKind() == LayerKind.PREANNOTATION ? SpanOrigin.HANLP : SpanOrigin.HUMAN);
		span.setAnnotator(layer.getAnnotator());
		layer.getSpans().add(span);
		return span;
	}

	/** A pre-annotation layer carrying a tokenization, e.g. "2,3,1". */
	static Layer tokenized(Report report, String lengths) {
		Layer layer = layer(report, "hanlp", LayerKind.PREANNOTATION);
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
