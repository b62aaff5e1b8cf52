package org.reportbank.core.store;

import org.reportbank.core.text.Untrusted;
import org.reportbank.model.LayerKind;

/**
 * What a layer may be called. The id names the layer's file and says whose it is: the
 * pre-annotation and gold layers are called after their kind, an annotator's layer after the
 * annotator ({@link AnnotatorNames}), exactly, with no blanks around it.
 */
public final class LayerIds {

	public static final String PREANNOTATION = LayerKind.PREANNOTATION.getLiteral();
	public static final String GOLD = LayerKind.GOLD.getLiteral();

	private LayerIds() {
	}

	/** Why a layer of this kind cannot have this id, or null when it can. */
	public static String problem(String id, LayerKind kind) {
		if (kind == null) {
			return "layer " + Untrusted.quote(id) + " has no kind";
		}
		switch (kind) {
		case PREANNOTATION:
		case GOLD:
			return kind.getLiteral().equals(id) ? null
					: "a " + kind.getLiteral() + " layer must be called " + kind.getLiteral() + ", not " + Untrusted.quote(id);
		default:
			String problem = AnnotatorNames.problem(id);
			if (problem == null && !id.equals(id.strip())) {
				problem = "blanks around the name";
			}
			return problem == null ? null : "layer " + Untrusted.quote(id) + " is not an annotator's name: " + problem;
		}
	}
}
