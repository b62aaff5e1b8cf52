package org.reportbank.io.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reportbank.model.Layer;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Report;
import org.reportbank.model.ReportStatus;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;

/**
 * Which spans of a report an export presents as positives:
 * <ul>
 * <li>{@code gold}: the spans of the gold (curated) layers, rejected ones left out;</li>
 * <li>an annotator id: that annotator's layer (layer id = annotator id, kind annotator), rejected ones left out;</li>
 * <li>{@code accepted}: every span of a person's layer that is not rejected (accepted, edited or
 * drawn by hand), and every pre-annotation suggestion accepted in place; a suggestion a person
 * decided on is represented by the person's span, never by itself.</li>
 * </ul>
 * Rejected spans are never positives. Spans are returned sorted by begin (then end, label), with
 * no two of the same begin, end and label.
 */
public final class LayerSelection {

	public enum Kind {
		GOLD, ACCEPTED, ANNOTATOR
	}

	public static final String GOLD = "gold";
	public static final String ACCEPTED = "accepted";

	private static final Comparator<Span> ORDER = Comparator.comparingInt(Span::getBegin).thenComparingInt(Span::getEnd)
			.thenComparing(s -> String.valueOf(s.getLabel()));

	private final Kind kind;
	private final String annotator;

	private LayerSelection(Kind kind, String annotator) {
		this.kind = kind;
		this.annotator = annotator;
	}

	/** {@code gold}, {@code accepted} or an annotator id; null or blank is gold. */
	public static LayerSelection parse(String value) {
		if (value == null || value.isBlank() || value.equals(GOLD)) {
			return gold();
		}
		if (value.equals(ACCEPTED)) {
			return new LayerSelection(Kind.ACCEPTED, null);
		}
		return annotator(value);
	}

	public static LayerSelection gold() {
		return new LayerSelection(Kind.GOLD, null);
	}

	public static LayerSelection accepted() {
		return new LayerSelection(Kind.ACCEPTED, null);
	}

	public static LayerSelection annotator(String id) {
		return new LayerSelection(Kind.ANNOTATOR, id);
	}

	public Kind kind() {
		return kind;
	}

	/** The annotator id, or null for gold and accepted. */
	public String annotatorId() {
		return annotator;
	}

	/** As typed on the command line. */
	public String name() {
		return switch (kind) {
		case GOLD -> GOLD;
		case ACCEPTED -> ACCEPTED;
		case ANNOTATOR -> annotator;
		};
	}

	/** One sentence for the dataset card. */
	public String describe() {
		return switch (kind) {
		case GOLD -> "`gold`: the curated gold layer of every report whose curation is finished; spans marked rejected are left out.";
		case ACCEPTED -> "`accepted`: every span accepted by a person, from any layer, including pre-annotation "
				+ "suggestions a person accepted (the person's span is taken); suggestions nobody decided on and "
				+ "rejected ones are left out.";
		case ANNOTATOR -> "`" + annotator + "`: the layer of annotator " + annotator
				+ " as they left it; spans marked rejected are left out.";
		};
	}

	/**
	 * Whether the report has been annotated in this selection at all: a gold layer, the annotator's
	 * layer, or (for accepted) any human layer or any span a person decided on. A report that has not
	 * is left out of the dataset, so that unannotated text is never presented as text without entities.
	 */
	public boolean covers(Report report) {
		for (Layer layer : report.getLayers()) {
			switch (kind) {
			case GOLD -> {
				// a curation under way is not gold yet: its unresolved text would read as "no entity"
				if (layer.getKind() == LayerKind.GOLD && layer.getStatus() != ReportStatus.IN_PROGRESS) {
					return true;
				}
			}
			case ANNOTATOR -> {
				if (isAnnotatorLayer(layer, annotator)) {
					return true;
				}
			}
			case ACCEPTED -> {
				if (layer.getKind() != LayerKind.PREANNOTATION) {
					return true;
				}
				for (Span span : layer.getSpans()) {
					if (span.getStatus() == SpanStatus.ACCEPTED || span.getStatus() == SpanStatus.REJECTED) {
						return true;
					}
				}
			}
			default -> throw new IllegalStateException(kind.toString());
			}
		}
		return false;
	}

	/** The positives of the report in this selection, sorted by begin; never a rejected span. */
	public List<Span> positives(Report report) {
		List<Span> spans = new ArrayList<>();
		switch (kind) {
		case GOLD -> {
			for (Layer layer : report.getLayers()) {
				if (layer.getKind() == LayerKind.GOLD) {
					addNotRejected(layer, spans);
				}
			}
		}
		case ANNOTATOR -> {
			for (Layer layer : report.getLayers()) {
				if (isAnnotatorLayer(layer, annotator)) {
					addNotRejected(layer, spans);
				}
			}
		}
		case ACCEPTED -> accepted(report, spans);
		default -> throw new IllegalStateException(kind.toString());
		}
		return distinctSorted(spans);
	}

	static boolean isAnnotatorLayer(Layer layer, String annotatorId) {
		return layer.getKind() == LayerKind.ANNOTATOR && annotatorId.equals(layer.getId());
	}

	private static void addNotRejected(Layer layer, List<Span> into) {
		for (Span span : layer.getSpans()) {
			if (span.getStatus() != SpanStatus.REJECTED) {
				into.add(span);
			}
		}
	}

	private static void accepted(Report report, List<Span> into) {
		// what people decided on each suggestion: the suggestion ids their spans are based on
		Set<String> decidedByPerson = new HashSet<>();
		for (Layer layer : report.getLayers()) {
			if (layer.getKind() == LayerKind.PREANNOTATION) {
				continue;
			}
			for (Span span : layer.getSpans()) {
				if (span.getBasedOn() != null) {
					decidedByPerson.add(span.getBasedOn());
				}
				if (span.getStatus() != SpanStatus.REJECTED) {
					// a person's span, based on a suggestion or drawn by hand: whatever is in their layer and not
					// rejected they decided for (layers saved before edits counted as decisions may say "suggested")
					into.add(span);
				}
			}
		}
		for (Layer layer : report.getLayers()) {
			if (layer.getKind() != LayerKind.PREANNOTATION) {
				continue;
			}
			for (Span span : layer.getSpans()) {
				// a suggestion a person decided on is represented by the person's span (accepted) or not at all (rejected)
				if (span.getStatus() == SpanStatus.ACCEPTED && !decidedByPerson.contains(span.getId())) {
					into.add(span);
				}
			}
		}
	}

	/** Sorted by begin, end, label; of spans with the same three, the first met (human layers come first) is kept. */
	private static List<Span> distinctSorted(List<Span> spans) {
		Map<String, Span> unique = new LinkedHashMap<>();
		for (Span span : spans) {
			unique.putIfAbsent(span.getBegin() + ":" + span.getEnd() + ":" + span.getLabel(), span);
		}
		List<Span> result = new ArrayList<>(unique.values());
		result.sort(ORDER);
		return result;
	}

	@Override
	public String toString() {
		return name();
	}
}
