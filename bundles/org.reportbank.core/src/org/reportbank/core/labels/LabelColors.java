package org.reportbank.core.labels;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a label's color is shown on the text: mixed with white, paler while a span is an undecided
 * suggestion than once a person has it. The two amounts are chosen with the default colors so
 * that any two labels stay distinguishable for people with a red, green or blue color deficiency
 * as well (checked by simulating them in LabelColorsTest), and black text stays readable on
 * every tint (contrast at least 4.5:1).
 */
public final class LabelColors {

	/** How far a suggestion's color is mixed with white. */
	public static final double SUGGESTED_TINT = 0.55;
	/** How far an accepted span's color is mixed with white. */
	public static final double ACCEPTED_TINT = 0.35;

	/**
	 * The colors a new label is given when none is chosen, in order: the default labels' own, then
	 * the rest of the color-blind-safe palettes they come from (Okabe–Ito, then Paul Tol's muted).
	 */
	public static final List<String> PALETTE = List.of("#332288", "#cc3311", "#56b4e9", "#882255", "#999999", "#e69f00",
			"#17becf", "#e377c2", "#bcbd22", "#009e73", "#0072b2", "#d55e00", "#cc79a7", "#f0e442", "#88ccee", "#44aa99",
			"#117733", "#999933", "#ddcc77", "#cc6677", "#aa4499");

	private LabelColors() {
	}

	/** The first palette color none of {@code used} is (case ignored); the first of all when every one is taken. */
	public static String firstUnused(Collection<String> used) {
		Set<String> taken = new HashSet<>();
		for (String color : used) {
			if (color != null) {
				taken.add(color.toLowerCase(Locale.ROOT));
			}
		}
		return PALETTE.stream().filter(c -> !taken.contains(c)).findFirst().orElse(PALETTE.get(0));
	}

	/** {@code #RRGGBB} as red, green and blue, 0–255 each. */
	public static int[] parse(String hex) {
		int value = Integer.parseInt(hex.substring(1), 16);
		return new int[] { (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff };
	}

	/** Mixes the color with white: 0 keeps it, 1 is white. */
	public static int[] tint(int[] rgb, double amount) {
		return new int[] { mix(rgb[0], amount), mix(rgb[1], amount), mix(rgb[2], amount) };
	}

	/** {@code #RRGGBB} as one number 0xRRGGBB. */
	public static int packed(String hex) {
		return Integer.parseInt(hex.substring(1), 16);
	}

	/** A packed 0xRRGGBB colour mixed with white. */
	public static int tint(int rgb, double amount) {
		return mix((rgb >> 16) & 0xff, amount) << 16 | mix((rgb >> 8) & 0xff, amount) << 8 | mix(rgb & 0xff, amount);
	}

	private static int mix(int channel, double amount) {
		return (int) Math.round(channel + (255 - channel) * amount);
	}
}
