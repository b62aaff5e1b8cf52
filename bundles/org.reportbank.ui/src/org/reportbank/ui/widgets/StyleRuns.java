package org.reportbank.ui.widgets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.reportbank.ui.presenters.SpanStyles;

/**
 * Runs of equal look ({@link SpanStyles}) as the style ranges of a StyledText, with one Color per
 * colour for the life of the view (colours are cheap in SWT 3.x+ and need no disposing).
 */
public final class StyleRuns {

	private final Map<Integer, Color> colors = new HashMap<>();

	public StyleRange[] ranges(List<SpanStyles.Run> runs) {
		return ranges(runs, 0);
	}

	/** The runs shifted by {@code offset} characters (a run of a text that stands elsewhere in the widget). */
	public StyleRange[] ranges(List<SpanStyles.Run> runs, int offset) {
		StyleRange[] ranges = new StyleRange[runs.size()];
		for (int i = 0; i < ranges.length; i++) {
			ranges[i] = range(runs.get(i), offset);
		}
		return ranges;
	}

	private StyleRange range(SpanStyles.Run run, int offset) {
		SpanStyles.Look look = run.look();
		StyleRange range = new StyleRange(run.begin() + offset, run.end() - run.begin(), null, color(look.background()),
				look.bold() ? SWT.BOLD : SWT.NORMAL);
		if (look.frame() != SpanStyles.NONE) {
			range.borderStyle = look.dashed() ? SWT.BORDER_DASH : SWT.BORDER_SOLID;
			range.borderColor = color(look.frame());
		}
		if (look.strike() != SpanStyles.NONE) {
			range.strikeout = true;
			range.strikeoutColor = color(look.strike());
		}
		if (look.underline() != SpanStyles.NONE) {
			range.underline = true;
			range.underlineStyle = SWT.UNDERLINE_SINGLE;
			range.underlineColor = color(look.underline());
		}
		return range;
	}

	/** The SWT colour of 0xRRGGBB, null for none. */
	public Color color(int rgb) {
		return rgb == SpanStyles.NONE ? null : colors.computeIfAbsent(rgb, c -> new Color(Colors.rgb(c)));
	}
}
