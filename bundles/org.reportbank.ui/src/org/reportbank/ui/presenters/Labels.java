package org.reportbank.ui.presenters;

import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Metric;
import org.reportbank.model.Report;
import org.reportbank.model.ReportEntry;
import org.reportbank.model.Section;
import org.reportbank.model.Span;
import org.reportbank.model.SpanOrigin;

/**
 * The words every view names a report, a section, a span or a layer with. They were written out
 * in each part (the navigator, the editor's tab and hover, the span table, the properties, the
 * checks and the curation view) and had begun to differ; here they are written once, so a report
 * without a title or a span's status reads the same wherever it shows.
 */
public final class Labels {

	/** Characters of a title on the report editor's tab; the whole title is its tooltip. */
	static final int TAB_TITLE = 28;
	/** Characters of a span's text in the properties heading: a claim is a whole sentence. */
	static final int HEADING_TEXT = 60;

	private Labels() {
	}

	// --- reports ------------------------------------------------------------------------------

	/** The report's title, or "(untitled 00000000000000a1)" when it has none. */
	public static String report(String title, String id) {
		return title == null ? "(untitled " + id + ")" : title;
	}

	public static String report(Report report) {
		return report(report.getTitle(), report.getId());
	}

	public static String report(ReportEntry entry) {
		return report(entry.getTitle(), entry.getId());
	}

	/** The report as its editor tab names it: the title cut after {@value #TAB_TITLE} characters. */
	public static String reportTab(Report report) {
		return cut(report(report), TAB_TITLE);
	}

	/** A section in the outline: its numbering and heading; the untitled opening part is the preface. */
	public static String section(Section section) {
		return section.getNumbering().isEmpty() ? "（前言）" : section.getNumbering() + section.getHeading();
	}

	// --- spans --------------------------------------------------------------------------------

	/** The text from begin to end, the bounds kept inside the text (a stale span shows what is left of it). */
	public static String covered(String text, int begin, int end) {
		if (text == null) {
			return "";
		}
		int from = Math.max(0, Math.min(begin, text.length()));
		int to = Math.max(from, Math.min(end, text.length()));
		return text.substring(from, to);
	}

	/** The text the span covers in the report. */
	public static String covered(Report report, Span span) {
		return covered(report.getText(), span.getBegin(), span.getEnd());
	}

	/** The text, or its first {@code max} characters and "…". */
	public static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) + "…" : text;
	}

	/** A quotation as Chinese text marks one: 「…」. */
	public static String quoted(String text) {
		return "「" + text + "」";
	}

	/** Who made the span: human, hanlp, rule, model. */
	public static String origin(Span span) {
		return span.getOrigin().getLiteral();
	}

	/**
	 * The span's status as the person sees it: "suggested" while nobody decided on it (a suggestion
	 * the person has not decided on, or a span of theirs still marked so), else its own status.
	 */
	public static String status(AnnotationSession session, Span span) {
		return session.decision(span) == AnnotationSession.Decision.UNDECIDED ? "suggested" : span.getStatus().getLiteral();
	}

	/** "PER · human · accepted · 王芳", a machine's confidence before the annotator, the note on a line below: the editor's hover. */
	public static String hover(AnnotationSession session, Span span) {
		StringBuilder about = new StringBuilder(span.getLabel()).append(" · ").append(origin(span)).append(" · ")
				.append(status(session, span));
		if (span.getOrigin() != SpanOrigin.HUMAN) {
			about.append(String.format(" · confidence %.2f", span.getConfidence()));
		}
		if (span.getOrigin() == SpanOrigin.MODEL && span.getTool() != null) {
			about.append(" · ").append(span.getTool()); // which recommender, trained by which version
		}
		about.append(whose(span));
		if (span.getNote() != null && !span.getNote().isBlank()) {
			about.append("\n").append(span.getNote());
		}
		return about.toString();
	}

	/** "「区司法局」" over "human · accepted · 王芳": the properties' heading (the label has a field of its own there). */
	public static String heading(AnnotationSession session, Span span) {
		return quoted(cut(covered(session.report(), span), HEADING_TEXT)) + "\n" + origin(span) + " · " + status(session, span)
				+ whose(span);
	}

	/** " · 王芳" for a person's span; nothing for a machine's suggestion, which has no annotator. */
	private static String whose(Span span) {
		return span.getAnnotator() == null ? "" : " · " + span.getAnnotator();
	}

	/** "METRIC 68 件 [12,15)": label, a metric's value and unit, and the place, as the curation view lists versions. */
	public static String place(Span span) {
		StringBuilder s = new StringBuilder(span.getLabel());
		if (span instanceof Metric metric && (metric.getValue() != null || metric.getUnit() != null)) {
			s.append(' ').append(metric.getValue() == null ? "?" : metric.getValue().toPlainString());
			if (metric.getUnit() != null) {
				s.append(' ').append(metric.getUnit());
			}
		}
		s.append(" [").append(span.getBegin()).append(',').append(span.getEnd()).append(')');
		return s.toString();
	}

	// --- layers -------------------------------------------------------------------------------

	/** A layer by whose it is: "gold", "pre-annotation", or the annotator's name (an annotator's layer is called after them). */
	public static String layer(LayerKind kind, String annotator) {
		return switch (kind) {
		case GOLD -> "gold";
		case PREANNOTATION -> "pre-annotation";
		case ANNOTATOR -> annotator;
		};
	}
}
