package org.reportbank.agreement;

/**
 * The colour of an agreement figure in a heat map, as 0xRRGGBB: red at the measure's low end
 * (0 for F1, 0 and below for kappa and α_U, where below 0 is worse than chance), through amber
 * at 0.5 to green at 1; light grey for an undefined figure. Pale enough that black figures stay
 * readable on every colour.
 */
public final class HeatScale {

	public static final int UNDEFINED = 0xE6E6E6;
	public static final int LOW = 0xF4A6A0;
	public static final int MIDDLE = 0xF9E08B;
	public static final int HIGH = 0x8FD19E;

	private HeatScale() {
	}

	/** The colour of a value; values outside [0, 1] are clamped, NaN is {@link #UNDEFINED}. */
	public static int rgb(double value) {
		if (Double.isNaN(value)) {
			return UNDEFINED;
		}
		double v = Math.max(0, Math.min(1, value));
		return v <= 0.5 ? mix(LOW, MIDDLE, v / 0.5) : mix(MIDDLE, HIGH, (v - 0.5) / 0.5);
	}

	/** Red, green and blue of a colour, each 0..255. */
	public static int[] components(int rgb) {
		return new int[] { rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF };
	}

	private static int mix(int from, int to, double t) {
		int[] a = components(from);
		int[] b = components(to);
		int rgb = 0;
		for (int k = 0; k < 3; k++) {
			rgb = rgb << 8 | (int) Math.round(a[k] + (b[k] - a[k]) * t);
		}
		return rgb;
	}
}
