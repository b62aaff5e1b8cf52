package org.reportbank.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;

/**
 * Which layers are annotators and which of their spans are positives. An annotator's layer has
 * kind annotator and its id is the annotator's name; the pre-annotation and gold layers are not
 * annotators. A span the annotator marked rejected says "this suggestion is wrong" and is not a
 * positive; every other span of the layer is (as {@code LayerSelection} of the dataset export
 * has it). Empty spans and spans without a label are left out; a span reaching past the text is
 * cut at its end.
 */
public final class AnnotatorLayers {

	private AnnotatorLayers() {
	}

	/** The annotators with a layer in the report, sorted, each once. */
	public static List<String> annotators(Report report) {
		TreeSet<String> ids = new TreeSet<>();
		for (Layer layer : report.getLayers()) {
			if (layer.getKind() == LayerKind.ANNOTATOR && layer.getId() != null && !layer.getId().isEmpty()) {
				ids.add(layer.getId());
			}
		}
		return new ArrayList<>(ids);
	}

	/**
	 * The positives of one annotator in the report whose label passes the filter, sorted
	 * ({@link Annotation#ORDER}), each extent and label once.
	 */
	public static List<Annotation> annotations(Report report, String annotator, Predicate<String> labels) {
		int length = report.getText() == null ? 0 : report.getText().length();
		TreeSet<Annotation> result = new TreeSet<>(Annotation.ORDER);
		for (Layer layer : report.getLayers()) {
			if (layer.getKind() != LayerKind.ANNOTATOR || !annotator.equals(layer.getId())) {
				continue;
			}
			for (Span span : layer.getSpans()) {
				if (span.getStatus() == SpanStatus.REJECTED || span.getLabel() == null || !labels.test(span.getLabel())) {
					continue;
				}
				int begin = Math.max(0, span.getBegin());
				int end = Math.min(length, span.getEnd());
				if (begin < end) {
					result.add(new Annotation(begin, end, span.getLabel()));
				}
			}
		}
		return new ArrayList<>(result);
	}
}
