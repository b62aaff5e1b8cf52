package org.reportbank.ui.annotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.reportbank.core.labels.LabelColors;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.Claim;
import org.reportbank.model.Label;
import org.reportbank.model.LabelSet;
import org.reportbank.model.Report;
import org.reportbank.model.Section;
import org.reportbank.model.Span;

/**
 * The look of a report text under annotation: title and headings bold; each span on its label
 * color, pale with a dashed frame while it is an undecided suggestion, full once the person has
 * it; where spans nest, the inner one colors the text and the outer one underlines it; the current
 * span framed in black. StyledText wants non-overlapping ranges, so the look is worked out per
 * character for a window of the text and run-length encoded; an edit restyles only its window.
 */
public final class AnnotationStyles {

	private static final RGB CURRENT_FRAME = new RGB(0, 0, 0);

	private record Look(boolean bold, RGB background, RGB frame, boolean dashed, RGB underline, RGB strike) {
		boolean plain() {
			return !bold && background == null && frame == null && underline == null && strike == null;
		}
	}

	private final Map<String, RGB> colors = new HashMap<>();
	private final Map<RGB, Color> swtColors = new HashMap<>();
	private final Map<String, RGB> tints = new HashMap<>();

	public AnnotationStyles(LabelSet labels) {
		if (labels != null) {
			for (Label label : labels.getLabels()) {
				colors.put(label.getName(), parse(label.getColor()));
			}
		}
	}

	/**
	 * Style ranges for [from, to) of the session's report, sorted and within the window; with
	 * {@code rejected}, the suggestions the person turned down are struck through in their color.
	 */
	StyleRange[] window(AnnotationSession session, int from, int to, boolean rejected) {
		Report report = session.report();
		int length = to - from;
		boolean[] bold = new boolean[length];
		RGB[] background = new RGB[length];
		RGB[] frame = new RGB[length];
		boolean[] dashed = new boolean[length];
		RGB[] underline = new RGB[length];
		RGB[] strike = new RGB[length];
		int[] innermost = new int[length];
		String text = report.getText();
		if (report.getTitle() != null) {
			int titleEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
			mark(bold, from, 0, titleEnd);
		}
		markHeadings(report.getSections(), bold, from);
		for (Span span : session.shownSpans()) {
			if (span.getEnd() <= from || span.getBegin() >= to || span instanceof Claim) {
				continue; // claims are whole sentences: listed in the span table, framed when current
			}
			RGB color = colors.computeIfAbsent(span.getLabel(), k -> new RGB(128, 128, 128));
			boolean suggestion = session.isSuggestion(span);
			RGB tinted = tinted(span.getLabel(), color, suggestion);
			int spanLength = span.getEnd() - span.getBegin();
			for (int i = Math.max(from, span.getBegin()); i < Math.min(to, span.getEnd()); i++) {
				int k = i - from;
				if (background[k] == null || spanLength < innermost[k]) {
					if (background[k] != null) {
						underline[k] = background[k]; // the outer span shows as an underline
					}
					background[k] = tinted;
					dashed[k] = suggestion;
					frame[k] = suggestion ? color : null;
					innermost[k] = spanLength;
				} else {
					underline[k] = tinted;
				}
			}
		}
		if (rejected) {
			for (Span span : session.rejectedSpans()) {
				RGB color = colors.computeIfAbsent(span.getLabel(), k -> new RGB(128, 128, 128));
				for (int i = Math.max(from, span.getBegin()); i < Math.min(to, span.getEnd()); i++) {
					strike[i - from] = color;
				}
			}
		}
		Span current = session.current();
		if (current != null) {
			for (int i = Math.max(from, current.getBegin()); i < Math.min(to, current.getEnd()); i++) {
				frame[i - from] = CURRENT_FRAME;
				dashed[i - from] = false;
			}
		}
		List<StyleRange> ranges = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= length; i++) {
			if (i == length || bold[i] != bold[start] || dashed[i] != dashed[start] || background[i] != background[start]
					|| frame[i] != frame[start] || underline[i] != underline[start] || strike[i] != strike[start]) {
				Look running = new Look(bold[start], background[start], frame[start], dashed[start], underline[start], strike[start]);
				if (!running.plain()) {
					ranges.add(range(from + start, i - start, running));
				}
				start = i;
			}
		}
		return ranges.toArray(StyleRange[]::new);
	}

	/** One RGB instance per label and state, so runs can be told apart by identity. */
	private RGB tinted(String label, RGB color, boolean suggestion) {
		return tints.computeIfAbsent(label + (suggestion ? "/suggested" : "/accepted"),
				k -> tint(color, suggestion ? LabelColors.SUGGESTED_TINT : LabelColors.ACCEPTED_TINT));
	}

	private StyleRange range(int start, int length, Look look) {
		StyleRange range = new StyleRange(start, length, null, color(look.background()), look.bold() ? SWT.BOLD : SWT.NORMAL);
		if (look.frame() != null) {
			range.borderStyle = look.dashed() ? SWT.BORDER_DASH : SWT.BORDER_SOLID;
			range.borderColor = color(look.frame());
		}
		if (look.strike() != null) {
			range.strikeout = true;
			range.strikeoutColor = color(look.strike());
		}
		if (look.underline() != null) {
			range.underline = true;
			range.underlineStyle = SWT.UNDERLINE_SINGLE;
			range.underlineColor = color(look.underline());
		}
		return range;
	}

	private Color color(RGB rgb) {
		return rgb == null ? null : swtColors.computeIfAbsent(rgb, Color::new);
	}

	private static void markHeadings(List<Section> sections, boolean[] bold, int from) {
		for (Section s : sections) {
			mark(bold, from, s.getBegin(), s.getHeadingEnd());
			markHeadings(s.getChildren(), bold, from);
		}
	}

	private static void mark(boolean[] flags, int from, int begin, int end) {
		for (int i = Math.max(from, begin); i < Math.min(from + flags.length, end); i++) {
			flags[i - from] = true;
		}
	}

	public RGB colorOf(String label) {
		return colors.get(label);
	}

	public static RGB parse(String hex) {
		int[] rgb = LabelColors.parse(hex);
		return new RGB(rgb[0], rgb[1], rgb[2]);
	}

	/** Mixes the color with white: 0 keeps it, 1 is white. */
	public static RGB tint(RGB color, double amount) {
		int[] rgb = LabelColors.tint(new int[] { color.red, color.green, color.blue }, amount);
		return new RGB(rgb[0], rgb[1], rgb[2]);
	}
}
