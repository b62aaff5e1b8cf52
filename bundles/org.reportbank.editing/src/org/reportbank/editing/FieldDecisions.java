package org.reportbank.editing;

import java.util.Objects;

import org.reportbank.model.FieldDecision;
import org.reportbank.model.FieldDecisionStatus;
import org.reportbank.model.Layer;
import org.reportbank.model.ReportbankFactory;

/** A layer's decisions on document fields: at most one per field, a new one replacing the earlier. */
public final class FieldDecisions {

	private FieldDecisions() {
	}

	/** The layer's decision on the field, or null. */
	public static FieldDecision on(Layer layer, String field) {
		for (FieldDecision decision : layer.getFieldDecisions()) {
			if (field.equals(decision.getField())) {
				return decision;
			}
		}
		return null;
	}

	/** Records that the value is the field's, the report having suggested {@code suggested}: accepted when they are the same. */
	static FieldDecision decide(Layer layer, String field, String suggested, String value) {
		FieldDecision decision = on(layer, field);
		if (decision == null) {
			decision = ReportbankFactory.eINSTANCE.createFieldDecision();
			decision.setField(field);
			layer.getFieldDecisions().add(decision);
		}
		decision.setSuggested(suggested);
		decision.setValue(value);
		decision.setStatus(Objects.equals(suggested, value) ? FieldDecisionStatus.ACCEPTED : FieldDecisionStatus.CORRECTED);
		return decision;
	}
}
