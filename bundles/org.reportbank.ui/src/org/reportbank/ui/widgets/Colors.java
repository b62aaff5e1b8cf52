package org.reportbank.ui.widgets;

import org.eclipse.swt.graphics.RGB;
import org.reportbank.core.labels.LabelColors;

/** Colours as SWT wants them, from the 0xRRGGBB and #RRGGBB the model and the presenters use. */
public final class Colors {

	private Colors() {
	}

	public static RGB rgb(int packed) {
		return new RGB((packed >> 16) & 0xff, (packed >> 8) & 0xff, packed & 0xff);
	}

	/** A label's {@code #RRGGBB}, mixed with white by {@code tint} (0 keeps it). */
	public static RGB rgb(String hex, double tint) {
		return rgb(LabelColors.tint(LabelColors.packed(hex), tint));
	}
}
