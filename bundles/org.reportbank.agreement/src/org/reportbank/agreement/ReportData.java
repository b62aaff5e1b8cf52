package org.reportbank.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.reportbank.model.Report;

/** What the measures need of one report, worked out once: its tokens and each annotator's spans and token labels. */
final class ReportData {

	final String id;
	final int length;
	final Tokens tokens;
	final List<String> annotators;
	final Map<String, List<Annotation>> spans = new LinkedHashMap<>();
	final Map<String, TokenLabels> tokenLabels = new LinkedHashMap<>();

	ReportData(Report report, List<String> annotators, Predicate<String> labels) {
		this.id = report.getId();
		this.length = report.getText() == null ? 0 : report.getText().length();
		this.tokens = Tokens.of(report);
		this.annotators = annotators;
		for (String annotator : annotators) {
			List<Annotation> list = AnnotatorLayers.annotations(report, annotator, labels);
			spans.put(annotator, list);
			tokenLabels.put(annotator, new TokenLabels(tokens, list));
		}
	}
}
