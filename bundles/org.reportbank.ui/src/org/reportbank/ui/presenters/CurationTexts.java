package org.reportbank.ui.presenters;

import java.util.ArrayList;
import java.util.List;

import org.reportbank.core.fields.DocumentFields;
import org.reportbank.core.labels.LabelColors;
import org.reportbank.curation.CurationSession;
import org.reportbank.curation.CurationSession.Disagreement;
import org.reportbank.curation.CurationSession.FieldProposal;
import org.reportbank.curation.CurationSession.Resolution;
import org.reportbank.model.Claim;
import org.reportbank.model.LayerKind;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;

/**
 * What the Curation view shows, in words and looks, without a widget: the report text with its
 * gold spans and the current disagreement; the rows of each annotator's version and the gold one;
 * the list's columns; the status line; the annotators' proposals for the document fields; the year
 * typed into its field. The view only puts these
 * into its widgets.
 */
public final class CurationTexts {

	/** Characters of context on each side of a disagreement in the version rows. */
	static final int CONTEXT = 8;
	/** Characters of a disagreement's text in the list. */
	static final int EXCERPT = 30;
	private static final int CURRENT_BACKGROUND = 0xfff09a;
	private static final int CURRENT_FRAME = 0xd04000;
	private static final double CLAIM_TINT = 0.7;

	private final CurationSession session;
	private final AnnotationLook labels;

	public CurationTexts(CurationSession session) {
		this.session = session;
		this.labels = new AnnotationLook(session.labels());
	}

	/** A text and how its characters look. */
	public record Styled(String text, List<SpanStyles.Run> runs) {
	}

	/** The report text: gold spans on their labels' colours (claims plain), the current disagreement framed, yellow where no span is. */
	public List<SpanStyles.Run> reportRuns(Disagreement current) {
		int length = session.report().getText().length();
		SpanStyles styles = new SpanStyles(0, length, false);
		for (Span span : session.goldSpans()) {
			if (!(span instanceof Claim) && labels.knows(span.getLabel())) {
				styles.span(span.getBegin(), span.getEnd(), LabelColors.tint(labels.colorOf(span.getLabel()), LabelColors.ACCEPTED_TINT));
			}
		}
		if (current != null) {
			styles.backgroundWhereNone(current.begin(), current.end(), CURRENT_BACKGROUND);
			styles.frame(current.begin(), current.end(), CURRENT_FRAME, false);
		}
		return styles.runs();
	}

	/** A heading, one row per annotator (its key first) and the gold row, each the disagreement with a little context. */
	public Styled versions(Disagreement current) {
		if (current == null) {
			return new Styled(session.disagreements().isEmpty()
					? "No disagreements: every span was merged automatically. Finish curation when the document fields are right."
					: "", List.of());
		}
		String text = session.report().getText();
		int from = Math.max(0, current.begin() - CONTEXT);
		int to = Math.min(text.length(), current.end() + CONTEXT);
		StringBuilder all = new StringBuilder();
		List<int[]> bold = new ArrayList<>();
		List<Object[]> spans = new ArrayList<>(); // {Span, shift}
		all.append("Disagreement ").append(current.index() + 1).append(" of ").append(session.disagreements().size()).append(" · ")
				.append(describe(session.resolution(current), current)).append('\n');
		bold.add(new int[] { 0, all.length() - 1 });
		List<String> names = session.annotators();
		for (int k = 0; k < names.size(); k++) {
			row(all, bold, spans, (k < 9 ? (k + 1) + "  " : "   ") + Labels.layer(LayerKind.ANNOTATOR, names.get(k)),
					current.version(names.get(k)),
					from, to);
		}
		List<Span> gold = session.decisionOn(current).stream().filter(s -> s.getStatus() != SpanStatus.REJECTED).toList();
		row(all, bold, spans, Labels.layer(LayerKind.GOLD, null), gold, from, to);
		SpanStyles styles = new SpanStyles(0, all.length(), false);
		bold.forEach(b -> styles.bold(b[0], b[1]));
		for (Object[] placed : spans) {
			Span span = (Span) placed[0];
			int shift = (Integer) placed[1];
			if (labels.knows(span.getLabel())) {
				styles.span(Math.max(from, span.getBegin()) + shift, Math.min(to, span.getEnd()) + shift,
						LabelColors.tint(labels.colorOf(span.getLabel()), span instanceof Claim ? CLAIM_TINT : LabelColors.ACCEPTED_TINT));
			}
		}
		return new Styled(all.toString(), styles.runs());
	}

	/** One row: the name, the text of [from, to), and what the spans are; spans remembered with where their text stands. */
	private void row(StringBuilder all, List<int[]> bold, List<Object[]> spans, String who, List<Span> version, int from, int to) {
		String name = String.format("%-12s", who);
		bold.add(new int[] { all.length(), all.length() + name.length() });
		all.append(name).append("│ ");
		int shift = all.length() - from;
		all.append(session.report().getText(), from, to).append("   ");
		version.forEach(span -> spans.add(new Object[] { span, shift }));
		all.append(version.isEmpty() ? "(nothing)" : String.join("  ", version.stream().map(Labels::place).toList()));
		all.append('\n');
	}

	private String describe(Resolution resolution, Disagreement disagreement) {
		return switch (resolution) {
		case UNRESOLVED -> "unresolved: 1–9 take a version, e edit, d drop, a add";
		case TAKEN -> "taken from " + String.join(", ", session.takenFrom(disagreement));
		case EDITED -> "edited by " + session.curator();
		case DROPPED -> "dropped";
		};
	}

	/** The list's Versions column: "1 ORG [3,7) | 2 –". */
	public String versionSummary(Disagreement d) {
		List<String> parts = new ArrayList<>();
		List<String> names = session.annotators();
		for (int k = 0; k < names.size(); k++) {
			List<Span> version = d.version(names.get(k));
			parts.add((k + 1) + " " + (version.isEmpty() ? "–" : String.join(" ", version.stream().map(Labels::place).toList())));
		}
		return String.join(" | ", parts);
	}

	/** The list's Decision column. */
	public String decisionSummary(Disagreement d) {
		return switch (session.resolution(d)) {
		case UNRESOLVED -> "";
		case TAKEN -> "took " + String.join(", ", session.takenFrom(d));
		case EDITED -> "edited (" + session.curator() + ")";
		case DROPPED -> "dropped";
		};
	}

	/** The list's Text column: the disagreement's text, cut after {@value #EXCERPT} characters. */
	public String excerpt(Disagreement d) {
		return Labels.cut(Labels.covered(session.report().getText(), d.begin(), d.end()), EXCERPT);
	}

	/** "2 annotators (李明, 王芳), 10 spans merged, 5 disagreements, 4 unresolved". */
	public String status(String problem) {
		return session.annotators().size() + " annotators (" + String.join(", ", session.annotators()) + "), " + session.merged().size()
				+ " spans merged, " + session.disagreements().size() + " disagreements, " + session.unresolvedCount() + " unresolved"
				+ (session.isFinished() ? " · curated" : "") + (problem == null ? "" : " · " + problem);
	}

	/** "Region 「北京市」 → 「北京市西城区」: 2 of 3 say so (李明, 王芳)", the report's value first. */
	public String proposal(FieldProposal proposal) {
		String now = DocumentFields.text(session.report(), proposal.field());
		return DocumentFieldRows.caption(proposal.field()) + " " + (now == null ? "(none)" : Labels.quoted(now)) + " → "
				+ (proposal.value() == null ? "(none)" : Labels.quoted(proposal.value())) + ": " + proposal.annotators().size()
				+ " of " + proposal.of() + " say so (" + String.join(", ", proposal.annotators()) + ")";
	}

	/** A year as typed into the year field: empty is none; null result with a reason when it is not a whole number. */
	public record Year(Integer value, String problem) {
	}

	public static Year year(String typed) {
		String stripped = typed.strip();
		if (stripped.isEmpty()) {
			return new Year(null, null);
		}
		try {
			return new Year(Integer.valueOf(stripped), null);
		} catch (NumberFormatException e) {
			return new Year(null, "The year is not a number: " + stripped);
		}
	}
}
