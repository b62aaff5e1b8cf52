package org.reportbank.ui.presenters;

import java.util.ArrayList;
import java.util.List;

/**
 * Which look each character of a text window gets: bold, a background, a frame (solid or dashed),
 * an underline, a strike-through. Spans overlap and nest, and a text widget wants runs that do
 * not: the look is worked out per character (the innermost span colours the background, the
 * outer one may show as an underline) and then merged into runs of equal look. One algorithm for
 * the report editor and the curation view; no widget type, so it is tested without a display.
 * Colours are 0xRRGGBB, {@link #NONE} for none.
 */
public final class SpanStyles {

	public static final int NONE = -1;

	/** How a run of characters looks. */
	public record Look(boolean bold, int background, int frame, boolean dashed, int underline, int strike) {

		public boolean plain() {
			return !bold && background == NONE && frame == NONE && underline == NONE && strike == NONE;
		}
	}

	/** Characters [begin, end) of the text that look the same. */
	public record Run(int begin, int end, Look look) {
	}

	private final int from;
	private final boolean[] bold;
	private final int[] background;
	private final int[] innermost;
	private final int[] frame;
	private final boolean[] dashed;
	private final int[] underline;
	private final int[] strike;
	private final boolean outerUnderlined;

	/**
	 * A window [from, to) of a text; with {@code outerUnderlined}, a span that another one nests in
	 * shows as an underline in its colour where the inner one colours the background.
	 */
	public SpanStyles(int from, int to, boolean outerUnderlined) {
		this.from = from;
		int length = Math.max(0, to - from);
		this.outerUnderlined = outerUnderlined;
		bold = new boolean[length];
		background = filled(length);
		innermost = new int[length];
		frame = filled(length);
		dashed = new boolean[length];
		underline = filled(length);
		strike = filled(length);
	}

	private static int[] filled(int length) {
		int[] values = new int[length];
		java.util.Arrays.fill(values, NONE);
		return values;
	}

	public SpanStyles bold(int begin, int end) {
		for (int k = start(begin); k < stop(end); k++) {
			bold[k] = true;
		}
		return this;
	}

	/** A span's colour on its characters: the shortest span over a character wins it. */
	public SpanStyles span(int begin, int end, int color) {
		return span(begin, end, color, NONE, false);
	}

	/**
	 * A span's colour on its characters, and the frame it has where it wins them (a suggestion's
	 * dashed frame in its label's colour): the shortest span over a character wins it.
	 */
	public SpanStyles span(int begin, int end, int color, int frameColor, boolean dashedFrame) {
		int width = end - begin;
		for (int k = start(begin); k < stop(end); k++) {
			if (background[k] == NONE || width < innermost[k]) {
				if (background[k] != NONE && outerUnderlined) {
					underline[k] = background[k];
				}
				background[k] = color;
				innermost[k] = width;
				frame[k] = frameColor;
				dashed[k] = dashedFrame;
			} else if (outerUnderlined) {
				underline[k] = color;
			}
		}
		return this;
	}

	/** A frame around the characters (a suggestion's dashed one, the current span's solid one: the last call wins). */
	public SpanStyles frame(int begin, int end, int color, boolean dashedLine) {
		for (int k = start(begin); k < stop(end); k++) {
			frame[k] = color;
			dashed[k] = dashedLine;
		}
		return this;
	}

	/** A background only where no span has given one (the curation's current disagreement). */
	public SpanStyles backgroundWhereNone(int begin, int end, int color) {
		for (int k = start(begin); k < stop(end); k++) {
			if (background[k] == NONE) {
				background[k] = color;
			}
		}
		return this;
	}

	public SpanStyles strike(int begin, int end, int color) {
		for (int k = start(begin); k < stop(end); k++) {
			strike[k] = color;
		}
		return this;
	}

	/** The window as runs of equal look, plain text left out, in order. */
	public List<Run> runs() {
		List<Run> runs = new ArrayList<>();
		int length = bold.length;
		int start = 0;
		for (int k = 1; k <= length; k++) {
			if (k == length || !same(k, start)) {
				Look look = new Look(bold[start], background[start], frame[start], dashed[start], underline[start], strike[start]);
				if (!look.plain()) {
					runs.add(new Run(from + start, from + k, look));
				}
				start = k;
			}
		}
		return runs;
	}

	/** Compared field by field: a window is 100,000 characters, no object is made per character. */
	private boolean same(int a, int b) {
		return bold[a] == bold[b] && background[a] == background[b] && frame[a] == frame[b] && dashed[a] == dashed[b]
				&& underline[a] == underline[b] && strike[a] == strike[b];
	}

	private int start(int begin) {
		return Math.max(0, begin - from);
	}

	private int stop(int end) {
		return Math.min(bold.length, end - from);
	}
}
