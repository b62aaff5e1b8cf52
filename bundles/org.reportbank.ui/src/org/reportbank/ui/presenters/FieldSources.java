package org.reportbank.ui.presenters;

import org.reportbank.model.FieldSource;
import org.reportbank.model.Report;

/** Where the importer read a document field, in a sentence for a field's tooltip or a line under it. */
public final class FieldSources {

	/** The longest line quoted: a title or a byline, not a paragraph. */
	private static final int MOST_QUOTED = 60;
	/** Enough of a line to recognise it under a field in a narrow view. */
	private static final int BRIEFLY_QUOTED = 14;

	private FieldSources() {
	}

	/** "Read from line 2, the first line, a title: 「…」", or why there is nothing to say. */
	public static String describe(Report report, String field) {
		String origin = origin(report, field);
		if (origin != null) {
			return "Read at import from " + origin + ". Type here to correct it.";
		}
		return "The import found no " + field + " in this report (or it predates recording where fields come from). Type here to set it.";
	}

	/** "line 2, the first line, a title: 「…」" (the rule alone for a header field of the page), or null when not recorded. */
	public static String origin(Report report, String field) {
		FieldSource source = of(report, field);
		if (source == null) {
			return null;
		}
		return (source.getLine() > 0 ? where(source) + ", " : "") + source.getRule() + quote(source, MOST_QUOTED);
	}

	/** The same in a few words for a line under a field: "line 2: 「秦州区2022年法治…」", the rule left to the tooltip. */
	public static String brief(Report report, String field) {
		FieldSource source = of(report, field);
		return source == null ? null : where(source) + quote(source, BRIEFLY_QUOTED);
	}

	private static FieldSource of(Report report, String field) {
		for (FieldSource source : report.getFieldSources()) {
			if (field.equals(source.getField())) {
				return source;
			}
		}
		return null;
	}

	private static String where(FieldSource source) {
		return source.getLine() > 0 ? "line " + source.getLine() : "the page's header";
	}

	private static String quote(FieldSource source, int most) {
		return source.getText() == null ? "" : ": " + Labels.quoted(Labels.cut(source.getText(), most));
	}
}
