package org.reportbank.ui.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.reportbank.model.Claim;
import org.reportbank.model.Label;
import org.reportbank.model.LabelSet;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;
import org.reportbank.model.Section;
import org.reportbank.model.Span;
import org.reportbank.model.SpanStatus;

/**
 * The look of a report text: title and headings in bold, entity and metric spans on their label
 * color (pale while suggested, full once accepted, none when rejected). StyledText wants
 * non-overlapping ranges, so styles are laid out per character and then run-length encoded;
 * where spans overlap, the shorter (inner) one shows.
 */
final class SpanStyles {

	private static final double SUGGESTED_TINT = 0.72;
	private static final double ACCEPTED_TINT = 0.35;

	private SpanStyles() {
	}

	static StyleRange[] of(Report report, LabelSet labels) {
		String text = report.getText();
		int length = text.length();
		boolean[] bold = new boolean[length];
		RGB[] background = new RGB[length];
		int[] spanLength = new int[length];
		int firstLineEnd = text.indexOf('\n') < 0 ? length : text.indexOf('\n');
		if (report.getTitle() != null) {
			mark(bold, 0, firstLineEnd);
		}
		markHeadings(report.getSections(), bold);
		Map<String, RGB> colors = colors(labels);
		for (Layer layer : report.getLayers()) {
			for (Span span : layer.getSpans()) {
				RGB color = colors.get(span.getLabel());
				if (span instanceof Claim || color == null || span.getStatus() == SpanStatus.REJECTED) {
					continue; // claims are whole sentences: shown in the span table, not as color here
				}
				RGB tinted = tint(color, span.getStatus() == SpanStatus.ACCEPTED ? ACCEPTED_TINT : SUGGESTED_TINT);
				int len = span.getEnd() - span.getBegin();
				for (int i = Math.max(0, span.getBegin()); i < Math.min(length, span.getEnd()); i++) {
					if (background[i] == null || len < spanLength[i]) {
						background[i] = tinted;
						spanLength[i] = len;
					}
				}
			}
		}
		return runs(bold, background);
	}

	private static StyleRange[] runs(boolean[] bold, RGB[] background) {
		List<StyleRange> ranges = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= bold.length; i++) {
			if (i == bold.length || bold[i] != bold[start] || !same(background[i], background[start])) {
				if (bold[start] || background[start] != null) {
					StyleRange range = new StyleRange(start, i - start, null,
							background[start] == null ? null : new Color(background[start]), bold[start] ? SWT.BOLD : SWT.NORMAL);
					ranges.add(range);
				}
				start = i;
			}
		}
		return ranges.toArray(StyleRange[]::new);
	}

	private static boolean same(RGB a, RGB b) {
		return a == null ? b == null : a.equals(b);
	}

	private static void markHeadings(List<Section> sections, boolean[] bold) {
		for (Section s : sections) {
			mark(bold, s.getBegin(), s.getHeadingEnd());
			markHeadings(s.getChildren(), bold);
		}
	}

	private static void mark(boolean[] flags, int begin, int end) {
		for (int i = Math.max(0, begin); i < Math.min(flags.length, end); i++) {
			flags[i] = true;
		}
	}

	private static Map<String, RGB> colors(LabelSet labels) {
		Map<String, RGB> colors = new HashMap<>();
		if (labels != null) {
			for (Label label : labels.getLabels()) {
				colors.put(label.getName(), parse(label.getColor()));
			}
		}
		return colors;
	}

	static RGB parse(String hex) {
		int value = Integer.parseInt(hex.substring(1), 16);
		return new RGB((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
	}

	/** Mixes the color with white: 0 keeps it, 1 is white. */
	static RGB tint(RGB color, double amount) {
		return new RGB(mix(color.red, amount), mix(color.green, amount), mix(color.blue, amount));
	}

	private static int mix(int channel, double amount) {
		return (int) Math.round(channel + (255 - channel) * amount);
	}
}
