package org.reportbank.ui.curation;

import java.math.BigDecimal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.reportbank.curation.CurationSession;
import org.reportbank.model.Metric;
import org.reportbank.model.ReportbankPackage;
import org.reportbank.model.Span;
import org.reportbank.ui.presenters.Labels;

/**
 * Edit of a gold span during curation: its label (a claim's type), its bounds, and for a metric
 * its value and unit. Each change made on OK is an edit of the curation, undoable one by one.
 */
final class CurationEditDialog extends Dialog {

	private final CurationSession session;
	private Span span;
	private Combo label;
	private Spinner begin;
	private Spinner end;
	private Text value;
	private Text unit;
	private Label preview;
	private Label problem;

	CurationEditDialog(Shell parent, CurationSession session, Span span) {
		super(parent);
		this.session = session;
		this.span = span;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Edit the gold span");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		int length = session.report().getText().length();
		new Label(area, SWT.NONE).setText("Label");
		label = new Combo(area, SWT.READ_ONLY);
		if (session.labels() != null) {
			session.labels().getLabels().forEach(l -> label.add(l.getName()));
		}
		label.setText(span.getLabel());
		new Label(area, SWT.NONE).setText("Begin");
		begin = new Spinner(area, SWT.BORDER);
		begin.setValues(span.getBegin(), 0, length, 0, 1, 10);
		new Label(area, SWT.NONE).setText("End");
		end = new Spinner(area, SWT.BORDER);
		end.setValues(span.getEnd(), 0, length, 0, 1, 10);
		preview = new Label(area, SWT.NONE);
		preview.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		if (span instanceof Metric metric) {
			new Label(area, SWT.NONE).setText("Value");
			value = new Text(area, SWT.BORDER);
			value.setText(metric.getValue() == null ? "" : metric.getValue().toPlainString());
			value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			new Label(area, SWT.NONE).setText("Unit");
			unit = new Text(area, SWT.BORDER);
			unit.setText(metric.getUnit() == null ? "" : metric.getUnit());
			unit.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		}
		problem = new Label(area, SWT.NONE);
		problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		begin.addListener(SWT.Modify, e -> showPreview());
		end.addListener(SWT.Modify, e -> showPreview());
		showPreview();
		return area;
	}

	private void showPreview() {
		int b = begin.getSelection();
		int e = end.getSelection();
		String text = session.report().getText();
		preview.setText(b < e ? Labels.quoted(Labels.covered(text, b, e)) : "(no text)");
		preview.getParent().layout();
	}

	@Override
	protected void okPressed() {
		int b = begin.getSelection();
		int e = end.getSelection();
		if (b >= e) {
			problem.setText("The end must come after the begin.");
			return;
		}
		BigDecimal newValue = null;
		if (value != null && !value.getText().isBlank()) {
			try {
				newValue = new BigDecimal(value.getText().strip());
			} catch (NumberFormatException ex) {
				problem.setText("The value is not a number.");
				return;
			}
		}
		if (!label.getText().equals(span.getLabel())) {
			span = session.relabel(span, label.getText());
		}
		if (b != span.getBegin() || e != span.getEnd()) {
			session.move(span, b, e);
		}
		if (span instanceof Metric metric && value != null) {
			if (!java.util.Objects.equals(newValue, metric.getValue())) {
				session.set(span, ReportbankPackage.Literals.METRIC__VALUE, newValue);
			}
			String newUnit = unit.getText().isBlank() ? null : unit.getText().strip();
			if (!java.util.Objects.equals(newUnit, metric.getUnit())) {
				session.set(span, ReportbankPackage.Literals.METRIC__UNIT, newUnit);
			}
		}
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
