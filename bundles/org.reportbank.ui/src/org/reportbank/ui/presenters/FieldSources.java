package org.reportbank.ui.presenters;

import org.reportbank.model.FieldSource;
import org.reportbank.model.Report;

/** Where the importer read a document field, in a sentence for a field's tooltip. */
public final class FieldSources {

	/** The longest line quoted: a title or a byline, not a paragraph. */
	private static final int MOST_QUOTED = 60;

	private FieldSources() {
	}

	/** "Read from line 2, the first line, a title: 「…」", or why there is nothing to say. */
	public static String describe(Report report, String field) {
		for (FieldSource source : report.getFieldSources()) {
			if (field.equals(source.getField())) {
				String where = source.getLine() > 0 ? "line " + source.getLine() + ", " : "";
				String quoted = source.getText() == null ? ""
						: ": 「" + (source.getText().length() > MOST_QUOTED ? source.getText().substring(0, MOST_QUOTED) + "…"
								: source.getText())
								+ "」";
				return "Read at import from " + where + source.getRule() + quoted + ". Type here to correct it.";
			}
		}
		return "The import found no " + field + " in this report (or it predates recording where fields come from). Type here to set it.";
	}
}
