package org.reportbank.editing;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.reportbank.model.Label;
import org.reportbank.model.LabelCategory;
import org.reportbank.model.LabelSet;
import org.reportbank.model.ReportbankFactory;
import org.reportbank.model.ReportbankPackage;
import org.reportbank.model.Span;

/**
 * Which kind of span (entity, metric, claim) a label makes, from the label's category in the
 * corpus label set: shared by annotation and curation, where relabeling can change the kind.
 */
public final class SpanKinds {

	private SpanKinds() {
	}

	/** The label of that name in the set, or null (also when there is no set). */
	public static Label label(LabelSet labels, String name) {
		if (labels != null) {
			for (Label label : labels.getLabels()) {
				if (label.getName().equals(name)) {
					return label;
				}
			}
		}
		return null;
	}

	/** The model class of a span with this label; an entity for a label the set does not know. */
	public static EClass classFor(LabelSet labels, String labelName) {
		Label label = label(labels, labelName);
		LabelCategory category = label == null ? LabelCategory.ENTITY : label.getCategory();
		return switch (category) {
		case METRIC -> ReportbankPackage.Literals.METRIC;
		case CLAIM -> ReportbankPackage.Literals.CLAIM;
		default -> ReportbankPackage.Literals.ENTITY;
		};
	}

	/**
	 * A new span of the wanted class holding every attribute all spans have (id, place, label,
	 * origin, status, annotator, note, sources, ...); what only the old kind had is not carried
	 * over, and the caller puts the new span where the old one was.
	 */
	public static Span retyped(Span span, EClass wanted) {
		Span replacement = (Span) ReportbankFactory.eINSTANCE.create(wanted);
		for (EStructuralFeature feature : ReportbankPackage.Literals.SPAN.getEAllStructuralFeatures()) {
			replacement.eSet(feature, span.eGet(feature));
		}
		return replacement;
	}
}
