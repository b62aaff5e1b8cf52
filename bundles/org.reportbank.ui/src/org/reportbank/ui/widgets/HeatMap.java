package org.reportbank.ui.widgets;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.reportbank.agreement.HeatScale;

/**
 * A matrix of figures between 0 and 1 (or below 0: as bad as 0) as coloured cells with their
 * values, names along both sides, a chosen cell framed, and a legend of the scale. The diagonal
 * (a name with itself) stays white. A click on a cell off the diagonal tells its row and column.
 */
public final class HeatMap {

	private static final int CELL_WIDTH = 84;
	private static final int CELL_HEIGHT = 34;
	private static final int MARGIN = 10;

	private final Canvas canvas;
	private String title = "";
	private String empty = "";
	private List<String> names = List.of();
	private double[][] matrix = new double[0][0];
	private boolean belowZero;
	private int chosenRow = -1;
	private int chosenColumn = -1;
	private BiConsumer<Integer, Integer> cellClicked = (row, column) -> {
	};

	public HeatMap(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.MouseDown, e -> clicked(e.x, e.y));
	}

	public Canvas control() {
		return canvas;
	}

	/** The matrix to show: names.size() rows and columns; {@code belowZero}, whether the measure can go below 0. */
	public void show(String matrixTitle, List<String> rowNames, double[][] values, boolean canGoBelowZero) {
		title = matrixTitle;
		names = List.copyOf(rowNames);
		matrix = values;
		belowZero = canGoBelowZero;
		canvas.redraw();
	}

	/** What is said instead of a matrix, when there is none (fewer than two names). */
	public void showNothing(String message) {
		names = List.of();
		empty = message;
		canvas.redraw();
	}

	/** The cell framed as chosen (and its mirror across the diagonal); -1 for none. */
	public void choose(int row, int column) {
		chosenRow = row;
		chosenColumn = column;
		canvas.redraw();
	}

	public void onCellClicked(BiConsumer<Integer, Integer> listener) {
		cellClicked = listener;
	}

	private int nameWidth(GC gc) {
		int width = 0;
		for (String name : names) {
			width = Math.max(width, gc.textExtent(name).x);
		}
		return width + 12;
	}

	private int top(GC gc) {
		return MARGIN + gc.getFontMetrics().getHeight() * 2 + 6;
	}

	private void paint(GC gc) {
		Color black = canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK);
		gc.setForeground(black);
		if (names.size() < 2) {
			gc.drawText(empty, MARGIN, MARGIN, true);
			return;
		}
		int left = MARGIN + nameWidth(gc);
		int top = top(gc);
		gc.drawText(title, MARGIN, MARGIN, true);
		for (int j = 0; j < names.size(); j++) {
			Point extent = gc.textExtent(names.get(j));
			gc.drawText(names.get(j), left + j * CELL_WIDTH + (CELL_WIDTH - extent.x) / 2, top - extent.y - 3, true);
		}
		for (int i = 0; i < names.size(); i++) {
			Point nameExtent = gc.textExtent(names.get(i));
			gc.setForeground(black);
			gc.drawText(names.get(i), left - nameExtent.x - 8, top + i * CELL_HEIGHT + (CELL_HEIGHT - nameExtent.y) / 2, true);
			for (int j = 0; j < names.size(); j++) {
				cell(gc, i, j, left + j * CELL_WIDTH, top + i * CELL_HEIGHT);
			}
		}
		legend(gc, left, top + names.size() * CELL_HEIGHT + 14);
	}

	private void cell(GC gc, int i, int j, int x, int y) {
		double value = matrix[i][j];
		if (i == j) { // a name with itself: white, not the grey of "undefined"
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
			gc.drawRectangle(x, y, CELL_WIDTH, CELL_HEIGHT);
		} else {
			fill(gc, HeatScale.rgb(value), x, y, CELL_WIDTH, CELL_HEIGHT);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.drawRectangle(x, y, CELL_WIDTH, CELL_HEIGHT);
		}
		String text = i == j ? "" : Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
		Point extent = gc.textExtent(text);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.drawText(text, x + (CELL_WIDTH - extent.x) / 2, y + (CELL_HEIGHT - extent.y) / 2, true);
		if (i != j && (i == chosenRow && j == chosenColumn || i == chosenColumn && j == chosenRow)) {
			gc.setLineWidth(2);
			gc.drawRectangle(x + 1, y + 1, CELL_WIDTH - 2, CELL_HEIGHT - 2);
			gc.setLineWidth(1);
		}
	}

	/** A bar from the low colour to the high one with its ends named, and the undefined colour. */
	private void legend(GC gc, int x, int y) {
		int width = 200;
		int height = 12;
		for (int k = 0; k < width; k++) {
			fill(gc, HeatScale.rgb(k / (double) (width - 1)), x + k, y, 1, height);
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawRectangle(x, y, width, height);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		int textY = y + height + 3;
		gc.drawText(belowZero ? "≤ 0" : "0", x, textY, true);
		gc.drawText("0.5", x + width / 2 - gc.textExtent("0.5").x / 2, textY, true);
		gc.drawText("1", x + width - gc.textExtent("1").x, textY, true);
		int undefinedX = x + width + 24;
		fill(gc, HeatScale.UNDEFINED, undefinedX, y, 16, height);
		gc.drawText("– no report in common or undefined", undefinedX + 22, y - 2, true);
	}

	private static void fill(GC gc, int rgb, int x, int y, int width, int height) {
		Color color = new Color(Colors.rgb(rgb));
		gc.setBackground(color);
		gc.fillRectangle(x, y, width, height);
	}

	private void clicked(int x, int y) {
		if (names.size() < 2) {
			return;
		}
		GC gc = new GC(canvas);
		int left;
		int top;
		try {
			left = MARGIN + nameWidth(gc);
			top = top(gc);
		} finally {
			gc.dispose();
		}
		int i = Math.floorDiv(y - top, CELL_HEIGHT);
		int j = Math.floorDiv(x - left, CELL_WIDTH);
		if (i >= 0 && j >= 0 && i < names.size() && j < names.size() && i != j) {
			cellClicked.accept(i, j);
		}
	}
}
