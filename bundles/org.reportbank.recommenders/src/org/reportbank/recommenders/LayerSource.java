package org.reportbank.recommenders;

import java.util.ArrayList;
import java.util.List;

import org.reportbank.core.store.AnnotatorNames;
import org.reportbank.core.text.Untrusted;
import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;

/**
 * Which of a report's layers a recommender learns from: the gold layer (every span the curator did
 * not reject), every annotator's accepted spans, or one annotator's accepted spans. Suggestions
 * (the pre-annotation layer) are never learned from: a model would only learn to repeat them.
 */
public final class LayerSource {

	/** The kinds of source. */
	public enum Kind {
		GOLD, ACCEPTED, ANNOTATOR
	}

	private static final String ANNOTATOR_PREFIX = "annotator:";

	private final Kind kind;
	private final String annotator;

	private LayerSource(Kind kind, String annotator) {
		this.kind = kind;
		this.annotator = annotator;
	}

	public static LayerSource gold() {
		return new LayerSource(Kind.GOLD, null);
	}

	public static LayerSource accepted() {
		return new LayerSource(Kind.ACCEPTED, null);
	}

	/** One annotator's layer, by the annotator's name (which is the layer's id). */
	public static LayerSource annotator(String name) {
		String problem = AnnotatorNames.problem(name);
		if (problem != null) {
			throw new IllegalArgumentException(Untrusted.quote(name) + " is not an annotator's name: " + problem);
		}
		return new LayerSource(Kind.ANNOTATOR, name);
	}

	/** {@code gold}, {@code accepted}, {@code annotator:NAME} or just an annotator's name; the inverse of {@link #key()}. */
	public static LayerSource parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("no layer source given (gold, accepted or an annotator's name)");
		}
		if (text.equals("gold")) {
			return gold();
		}
		if (text.equals("accepted")) {
			return accepted();
		}
		return annotator(text.startsWith(ANNOTATOR_PREFIX) ? text.substring(ANNOTATOR_PREFIX.length()) : text);
	}

	public Kind kind() {
		return kind;
	}

	/** The annotator of an {@link Kind#ANNOTATOR} source, null for the others. */
	public String annotatorName() {
		return annotator;
	}

	/** How the source is written in a model's provenance: {@code gold}, {@code accepted} or {@code annotator:NAME}. */
	public String key() {
		return switch (kind) {
		case GOLD -> "gold";
		case ACCEPTED -> "accepted";
		case ANNOTATOR -> ANNOTATOR_PREFIX + annotator;
		};
	}

	/** The source in words, for messages: "the gold layers", "the annotators' accepted spans", "王芳's layers". */
	public String describe() {
		return switch (kind) {
		case GOLD -> "the gold layers";
		case ACCEPTED -> "the annotators' accepted spans";
		case ANNOTATOR -> "the layers of annotator " + annotator;
		};
	}

	/** Whether the report has a layer this source reads (a report without one is not learned from). */
	public boolean covers(Report report) {
		return report.getLayers().stream().anyMatch(this::reads);
	}

	private boolean reads(Layer layer) {
		return switch (kind) {
		case GOLD -> layer.getKind() == LayerKind.GOLD;
		case ACCEPTED -> layer.getKind() == LayerKind.ANNOTATOR;
		case ANNOTATOR -> layer.getKind() == LayerKind.ANNOTATOR && annotator.equals(layer.getId());
		};
	}

	/** The spans of the report this source takes, in layer order (a place and label may come twice, from two annotators). */
	public List<Span> spans(Report report) {
		List<Span> taken = new ArrayList<>();
		for (Layer layer : report.getLayers()) {
			if (!reads(layer)) {
				continue;
			}
			for (Span span : layer.getSpans()) {
				boolean decided = kind == Kind.GOLD ? span.getStatus() != SpanStatus.REJECTED
						: span.getStatus() == SpanStatus.ACCEPTED;
				if (decided) {
					taken.add(span);
				}
			}
		}
		return taken;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LayerSource source && source.key().equals(key());
	}

	@Override
	public int hashCode() {
		return key().hashCode();
	}

	@Override
	public String toString() {
		return key();
	}
}
