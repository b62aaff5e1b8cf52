package org.reportbank.ui.annotation;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColorCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.ui.widgets.Colors;
import org.reportbank.core.labels.LabelSetRules;
import org.reportbank.model.Label;
import org.reportbank.model.LabelSet;

/**
 * Edits the corpus label set: color, shortcut key and guideline of each label. Names and
 * categories stay (spans refer to labels by name). Keys must be single characters, unique, and
 * not one of the editor's own keys.
 */
final class LabelSetDialog extends TitleAreaDialog {

	private final LabelSet labels;
	private TableViewer viewer;

	LabelSetDialog(Shell parent, LabelSet labels) {
		super(parent);
		this.labels = labels;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	LabelSet labels() {
		return labels;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		getShell().setText("Label set");
		setTitle("Labels of " + (labels.getName() == null ? "the corpus" : labels.getName()));
		setMessage("Click a cell to change a label's color, shortcut key or guideline. Saved with the corpus.");
		Composite area = (Composite) super.createDialogArea(parent);
		viewer = new TableViewer(area, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(720, 300).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Label", 110, l -> l.getName(), null);
		TableViewerColumn color = column("Color", 80, l -> l.getColor(), null);
		color.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Label) element).getColor();
			}

			@Override
			public Color getBackground(Object element) {
				return new Color(Colors.rgb(((Label) element).getColor(), 0));
			}
		});
		color.setEditingSupport(new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new ColorCellEditor(viewer.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return Colors.rgb(((Label) element).getColor(), 0);
			}

			@Override
			protected void setValue(Object element, Object value) {
				RGB rgb = (RGB) value;
				((Label) element).setColor(String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue));
				viewer.update(element, null);
			}
		});
		column("Key", 50, l -> l.getShortcut() == null ? "" : l.getShortcut(), (l, v) -> l.setShortcut(v.strip()));
		column("Guideline", 480, l -> l.getGuideline() == null ? "" : l.getGuideline(), (l, v) -> l.setGuideline(v));
		viewer.setInput(labels.getLabels());
		return area;
	}

	private TableViewerColumn column(String title, int width, java.util.function.Function<Label, String> value,
			java.util.function.BiConsumer<Label, String> update) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> value.apply((Label) e)));
		if (update != null) {
			column.setEditingSupport(new EditingSupport(viewer) {
				@Override
				protected CellEditor getCellEditor(Object element) {
					return new TextCellEditor(viewer.getTable());
				}

				@Override
				protected boolean canEdit(Object element) {
					return true;
				}

				@Override
				protected Object getValue(Object element) {
					return value.apply((Label) element);
				}

				@Override
				protected void setValue(Object element, Object edited) {
					update.accept((Label) element, (String) edited);
					viewer.update(element, null);
					validate();
				}
			});
		}
		return column;
	}

	private void validate() {
		String problem = LabelSetRules.problem(labels);
		setErrorMessage(problem);
		if (getButton(OK) != null) {
			getButton(OK).setEnabled(problem == null);
		}
	}
}
