package org.reportbank.core.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportbank.core.labels.DefaultLabels;
import org.reportbank.core.labels.LabelColors;
import org.reportbank.model.Label;
import org.reportbank.model.LabelCategory;

/**
 * The tints the default labels give the text stay apart for everyone: for each pair of labels
 * shown on the text (entities and metrics), the color difference ΔE*ab stays at least 10 with
 * normal color vision and under simulated protanopia, deuteranopia and tritanopia (Machado,
 * Oliveira and Fernandes 2009, severity 1.0), for suggestions and for accepted spans alike; and
 * black text stays readable on every tint (WCAG contrast at least 4.5).
 */
class LabelColorsTest {

	private static final double[][] NORMAL = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
	private static final double[][] PROTANOPIA = { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 },
			{ -0.003882, -0.048116, 1.051998 } };
	private static final double[][] DEUTERANOPIA = { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 },
			{ -0.011820, 0.042940, 0.968881 } };
	private static final double[][] TRITANOPIA = { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 },
			{ 0.004733, 0.691367, 0.303900 } };

	@Test
	void everyPairOfLabelsStaysDistinguishableForEveryColorVision() {
		List<Label> onText = new ArrayList<>();
		for (Label label : DefaultLabels.create().getLabels()) {
			if (label.getCategory() != LabelCategory.CLAIM) {
				onText.add(label);
			}
		}
		double worst = Double.MAX_VALUE;
		String worstPair = "";
		for (double amount : new double[] { LabelColors.SUGGESTED_TINT, LabelColors.ACCEPTED_TINT }) {
			for (double[][] vision : new double[][][] { NORMAL, PROTANOPIA, DEUTERANOPIA, TRITANOPIA }) {
				for (int i = 0; i < onText.size(); i++) {
					for (int j = i + 1; j < onText.size(); j++) {
						double difference = deltaE(lab(seen(tinted(onText.get(i), amount), vision)),
								lab(seen(tinted(onText.get(j), amount), vision)));
						if (difference < worst) {
							worst = difference;
							worstPair = onText.get(i).getName() + "/" + onText.get(j).getName() + " at tint " + amount;
						}
					}
				}
			}
		}
		assertTrue(worst >= 10, "the closest pair, " + worstPair + ", differs by ΔE " + worst);
	}

	@Test
	void blackTextIsReadableOnEveryTint() {
		for (Label label : DefaultLabels.create().getLabels()) {
			for (double amount : new double[] { LabelColors.SUGGESTED_TINT, LabelColors.ACCEPTED_TINT }) {
				double contrast = (luminance(tinted(label, amount)) + 0.05) / 0.05;
				assertTrue(contrast >= 4.5, label.getName() + " at tint " + amount + ": contrast " + contrast);
			}
		}
	}

	private static int[] tinted(Label label, double amount) {
		return LabelColors.tint(LabelColors.parse(label.getColor()), amount);
	}

	private static double linear(double channel) {
		double c = channel / 255;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static double[] seen(int[] rgb, double[][] vision) {
		double[] linear = { linear(rgb[0]), linear(rgb[1]), linear(rgb[2]) };
		double[] out = new double[3];
		for (int i = 0; i < 3; i++) {
			out[i] = Math.max(0, Math.min(1, vision[i][0] * linear[0] + vision[i][1] * linear[1] + vision[i][2] * linear[2]));
		}
		return out;
	}

	private static double luminance(int[] rgb) {
		return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
	}

	/** CIELAB (D65) of linear RGB. */
	private static double[] lab(double[] rgb) {
		double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
		double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
		double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
		double fx = f(x);
		double fy = f(y);
		double fz = f(z);
		return new double[] { 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz) };
	}

	private static double f(double t) {
		return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
	}

	private static double deltaE(double[] a, double[] b) {
		return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
	}
}
