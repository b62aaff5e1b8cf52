package org.reportbank.ui.widgets;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A horizontal bar chart drawn on a canvas: one bar per entry with its name, count and colour.
 * Plain SWT drawing keeps the workbench free of a charting library.
 */
public final class BarChart {

	/** One bar: name, value, colour, and an optional text shown after the value. */
	public record Bar(String name, double value, RGB color, String note) {
	}

	private static final int ROW = 24;
	private static final int MARGIN = 10;

	private final Canvas canvas;
	private String title = "";
	private List<Bar> bars = new ArrayList<>();

	public BarChart(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> paint(e.gc));
	}

	public Canvas control() {
		return canvas;
	}

	public void show(String chartTitle, List<Bar> chartBars) {
		title = chartTitle;
		bars = List.copyOf(chartBars);
		canvas.redraw();
	}

	/** The height the chart needs, for layouts. */
	public int preferredHeight() {
		return MARGIN * 2 + ROW * (bars.size() + 1);
	}

	private void paint(GC gc) {
		Point size = canvas.getSize();
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.drawText(title, MARGIN, MARGIN, true);
		int labelWidth = 0;
		for (Bar bar : bars) {
			labelWidth = Math.max(labelWidth, gc.textExtent(bar.name()).x);
		}
		double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
		int barLeft = MARGIN + labelWidth + 8;
		int barSpace = Math.max(20, size.x - barLeft - 160);
		int y = MARGIN + ROW;
		for (Bar bar : bars) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.drawText(bar.name(), MARGIN, y + 3, true);
			int width = max <= 0 ? 0 : (int) Math.round(barSpace * bar.value() / max);
			Color color = new Color(bar.color());
			gc.setBackground(color);
			gc.fillRectangle(barLeft, y + 3, Math.max(1, width), ROW - 8);
			String value = (bar.value() == Math.rint(bar.value()) ? String.valueOf((long) bar.value())
					: String.format("%.2f", bar.value())) + (bar.note() == null ? "" : "  " + bar.note());
			gc.drawText(value, barLeft + width + 6, y + 3, true);
			y += ROW;
		}
	}
}
