package org.reportbank.ui.presenters;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reportbank.core.labels.LabelColors;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.Claim;
import org.reportbank.model.Label;
import org.reportbank.model.LabelSet;
import org.reportbank.model.Report;
import org.reportbank.model.Section;
import org.reportbank.model.Span;

/**
 * The look of a report text under annotation: title and headings bold; each span on its label's
 * colour, pale with a dashed frame while it is an undecided suggestion, full once the person has
 * it; where spans nest, the inner one colours the text and the outer one underlines it; the
 * current span framed in black; on request, the suggestions the person rejected struck through.
 * Claims are whole sentences: listed in the span table, framed when current, not coloured.
 */
public final class AnnotationLook {

	private static final int CURRENT_FRAME = 0x000000;
	private static final int UNKNOWN_LABEL = 0x808080;

	private final Map<String, Integer> colors = new HashMap<>();

	public AnnotationLook(LabelSet labels) {
		if (labels != null) {
			for (Label label : labels.getLabels()) {
				colors.put(label.getName(), LabelColors.packed(label.getColor()));
			}
		}
	}

	/** Whether the label set has the label (and so a colour for it). */
	public boolean knows(String label) {
		return colors.containsKey(label);
	}

	/** The label's colour (0xRRGGBB); grey for a label the set does not have. */
	public int colorOf(String label) {
		return colors.getOrDefault(label, UNKNOWN_LABEL);
	}

	/** Runs for [from, to) of the session's report, in order and within the window. */
	public List<SpanStyles.Run> window(AnnotationSession session, int from, int to, boolean rejected) {
		Report report = session.report();
		SpanStyles styles = new SpanStyles(from, to, true);
		String text = report.getText();
		if (report.getTitle() != null) {
			styles.bold(0, text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n'));
		}
		Deque<Section> sections = new ArrayDeque<>(report.getSections());
		while (!sections.isEmpty()) {
			Section section = sections.pop();
			styles.bold(section.getBegin(), section.getHeadingEnd());
			sections.addAll(section.getChildren());
		}
		for (Span span : session.shownSpans()) {
			if (span.getEnd() <= from || span.getBegin() >= to || span instanceof Claim) {
				continue;
			}
			int color = colorOf(span.getLabel());
			boolean suggestion = session.isSuggestion(span);
			styles.span(span.getBegin(), span.getEnd(),
					LabelColors.tint(color, suggestion ? LabelColors.SUGGESTED_TINT : LabelColors.ACCEPTED_TINT),
					suggestion ? color : SpanStyles.NONE, suggestion);
		}
		if (rejected) {
			for (Span span : session.rejectedSpans()) {
				styles.strike(span.getBegin(), span.getEnd(), colorOf(span.getLabel()));
			}
		}
		Span current = session.current();
		if (current != null) {
			styles.frame(current.getBegin(), current.getEnd(), CURRENT_FRAME, false);
		}
		return styles.runs();
	}
}
