package org.reportbank.recommenders.tests;

import java.util.ArrayList;
import java.util.List;

import org.reportbank.model.Layer;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;
import org.reportbank.recommenders.LabeledSpan;
import org.reportbank.recommenders.TrainingReport;
import org.reportbank.testing.Fixtures;

/** Spans found by their text, so a test reads as what is labeled rather than as offsets. */
final class Texts {

	private Texts() {
	}

	/** The n-th (from 0) occurrence of {@code part} in {@code text}. */
	static int at(String text, String part, int n) {
		int found = -1;
		for (int i = 0; i <= n; i++) {
			found = text.indexOf(part, found + 1);
			if (found < 0) {
				throw new IllegalArgumentException(part + " occurs fewer than " + (n + 1) + " times");
			}
		}
		return found;
	}

	static LabeledSpan labeled(String text, String part, int n, String label) {
		int begin = at(text, part, n);
		return new LabeledSpan(begin, begin + part.length(), label);
	}

	/** A training report labeling the first occurrence of each {part, label} pair. */
	static TrainingReport report(String id, String text, String... partsAndLabels) {
		List<LabeledSpan> spans = new ArrayList<>();
		for (int i = 0; i < partsAndLabels.length; i += 2) {
			spans.add(labeled(text, partsAndLabels[i], 0, partsAndLabels[i + 1]));
		}
		return new TrainingReport(id, text, spans);
	}

	/** A span of the layer over the first occurrence of {@code part}. */
	static Span span(Layer layer, String text, String part, String label, SpanStatus status) {
		int begin = at(text, part, 0);
		return Fixtures.span(layer, begin, begin + part.length(), label, status);
	}
}
