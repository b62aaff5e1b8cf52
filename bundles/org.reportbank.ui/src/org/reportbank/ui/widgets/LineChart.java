package org.reportbank.ui.widgets;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A line through points on fixed axes, x from 0 to 100 and y from 0 to 1 (a learning curve: F1
 * against the share of training data), with labeled axes, a grid and each point marked. Without
 * points it says why in the middle. Plain SWT drawing, like the bar chart.
 */
public final class LineChart {

	/** One point, x in 0–100, y in 0–1. */
	public record Point2(double x, double y) {
	}

	private static final RGB LINE = new RGB(0x1f, 0x6f, 0xb4);
	private static final RGB GRID = new RGB(0xdd, 0xdd, 0xdd);
	private static final int MARGIN = 10;

	private final Canvas canvas;
	private String title = "";
	private String xAxis = "";
	private String yAxis = "";
	private String empty = "";
	private List<Point2> points = List.of();

	public LineChart(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> paint(e.gc));
	}

	public Canvas control() {
		return canvas;
	}

	/** Draws the points; {@code whenEmpty} is said instead when there are none. */
	public void show(String chartTitle, String xLabel, String yLabel, List<Point2> chartPoints, String whenEmpty) {
		title = chartTitle;
		xAxis = xLabel;
		yAxis = yLabel;
		points = List.copyOf(chartPoints);
		empty = whenEmpty;
		canvas.redraw();
	}

	public List<Point2> points() {
		return points;
	}

	public String title() {
		return title;
	}

	private void paint(GC gc) {
		gc.setAntialias(SWT.ON);
		Point size = canvas.getSize();
		Color black = canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK);
		Color grey = canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		gc.setForeground(black);
		gc.drawText(title, MARGIN, MARGIN, true);
		int textHeight = gc.getFontMetrics().getHeight();
		int left = MARGIN + textHeight + 4 + gc.textExtent("0.00").x + 6;
		int top = MARGIN + textHeight + 10;
		int right = size.x - MARGIN - gc.textExtent("100 %").x / 2;
		int bottom = size.y - MARGIN - 2 * textHeight - 8;
		if (right - left < 40 || bottom - top < 40) {
			return; // too small to read: nothing rather than a smudge
		}
		Color grid = new Color(GRID);
		for (int i = 0; i <= 4; i++) { // y: 0, 0.25, ... 1
			double value = i / 4.0;
			int y = yOf(value, top, bottom);
			gc.setForeground(grid);
			gc.drawLine(left, y, right, y);
			gc.setForeground(grey);
			String tick = String.format(java.util.Locale.ROOT, "%.2f", value);
			gc.drawText(tick, left - 6 - gc.textExtent(tick).x, y - textHeight / 2, true);
		}
		for (int percent = 0; percent <= 100; percent += 20) {
			int x = xOf(percent, left, right);
			gc.setForeground(grid);
			gc.drawLine(x, top, x, bottom);
			gc.setForeground(grey);
			String tick = percent + " %";
			gc.drawText(tick, x - gc.textExtent(tick).x / 2, bottom + 4, true);
		}
		gc.setForeground(black);
		gc.drawLine(left, bottom, right, bottom);
		gc.drawLine(left, top, left, bottom);
		gc.drawText(xAxis, left + (right - left - gc.textExtent(xAxis).x) / 2, bottom + 6 + textHeight, true);
		Transform turned = new Transform(canvas.getDisplay());
		turned.translate(MARGIN, top + (bottom - top + gc.textExtent(yAxis).x) / 2);
		turned.rotate(-90);
		gc.setTransform(turned);
		gc.drawText(yAxis, 0, 0, true);
		gc.setTransform(null);
		turned.dispose();
		if (points.isEmpty()) {
			gc.setForeground(grey);
			Point extent = gc.textExtent(empty);
			gc.drawText(empty, left + Math.max(0, (right - left - extent.x) / 2), top + (bottom - top) / 2 - extent.y, true);
			return;
		}
		Color line = new Color(LINE);
		gc.setForeground(line);
		gc.setBackground(line);
		gc.setLineWidth(2);
		int[] polyline = new int[points.size() * 2];
		for (int i = 0; i < points.size(); i++) {
			polyline[2 * i] = xOf(points.get(i).x(), left, right);
			polyline[2 * i + 1] = yOf(points.get(i).y(), top, bottom);
		}
		gc.drawPolyline(polyline);
		for (int i = 0; i < points.size(); i++) {
			gc.fillOval(polyline[2 * i] - 3, polyline[2 * i + 1] - 3, 7, 7);
		}
		gc.setLineWidth(1);
	}

	private static int xOf(double percent, int left, int right) {
		return left + (int) Math.round((right - left) * Math.max(0, Math.min(100, percent)) / 100);
	}

	private static int yOf(double value, int top, int bottom) {
		return bottom - (int) Math.round((bottom - top) * Math.max(0, Math.min(1, value)));
	}
}
