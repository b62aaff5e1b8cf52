package org.reportbank.ui.presenters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.reportbank.core.fields.DocumentFields;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.FieldDecision;
import org.reportbank.model.FieldDecisionStatus;

/**
 * The report's document fields as the annotator decides them in the Properties view: for each,
 * the value to show (theirs once decided, else the report's), and a line saying whether it is
 * still a suggestion, accepted or corrected, and where the import read it.
 */
public final class DocumentFieldRows {

	/** One field: its caption, the value in its box, the line under it, and whether Accept would change anything. */
	public record Row(String field, String caption, String value, String state, boolean acceptable) {
	}

	private DocumentFieldRows() {
	}

	public static List<Row> of(AnnotationSession session) {
		List<Row> rows = new ArrayList<>();
		for (String field : DocumentFields.NAMES) { // the full rule is in the box's tooltip
			String now = DocumentFields.text(session.report(), field);
			FieldDecision decision = session.fieldDecision(field);
			String value = decision == null ? now : decision.getValue();
			String origin = FieldSources.brief(session.report(), field);
			String state;
			if (decision == null) {
				state = now == null ? "None found; type it if the report names it" : "Suggested";
			} else if (decision.getStatus() == FieldDecisionStatus.ACCEPTED) {
				state = "✓ Accepted";
			} else {
				state = "✎ Corrected, read " + (decision.getSuggested() == null ? "none" : Labels.quoted(decision.getSuggested()));
			}
			if (decision != null && !Objects.equals(decision.getSuggested(), now)) {
				state += "; the report now says " + (now == null ? "none" : Labels.quoted(now)); // a curator changed it since
			}
			boolean acceptable = decision == null || decision.getStatus() != FieldDecisionStatus.ACCEPTED
					|| !Objects.equals(decision.getSuggested(), now);
			rows.add(new Row(field, caption(field), value == null ? "" : value, origin == null ? state : state + " · " + origin,
					acceptable));
		}
		return rows;
	}

	/** "Title", "Region", "Year", "Publisher", "Published". */
	public static String caption(String field) {
		return Character.toUpperCase(field.charAt(0)) + field.substring(1);
	}
}
