package org.reportbank.recommenders;

import java.util.List;

/** One report to learn from: its id, its text and the spans its layer source labels there (each place and label once). */
public record TrainingReport(String id, String text, List<LabeledSpan> spans) {

	public TrainingReport {
		spans = List.copyOf(spans);
	}
}
