package org.reportbank.ui.corpus;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

/**
 * Corpus > Settings…: how many annotators each report needs, and whether annotators may see each
 * other's layers. A team lead's choice, saved in the corpus index by the handler when OK is
 * pressed ({@link #annotatorsPerReport()}, {@link #othersLayersVisible()} hold the choice).
 */
public final class CorpusSettingsDialog extends TitleAreaDialog {

	public static final int MAX_ANNOTATORS = 20;

	private int annotatorsPerReport;
	private boolean othersLayersVisible;
	private Spinner annotators;
	private Button othersVisible;

	public CorpusSettingsDialog(Shell parent, int annotatorsPerReport, boolean othersLayersVisible) {
		super(parent);
		this.annotatorsPerReport = annotatorsPerReport;
		this.othersLayersVisible = othersLayersVisible;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		getShell().setText("Corpus Settings");
		setTitle("Assignment");
		setMessage("Saved with the corpus (corpus.xmi), for everyone who works on it.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 12;
		layout.marginHeight = 12;
		layout.verticalSpacing = 10;
		fields.setLayout(layout);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);

		new Label(fields, SWT.NONE).setText("Annotators per report:");
		annotators = new Spinner(fields, SWT.BORDER);
		annotators.setValues(Math.max(1, Math.min(MAX_ANNOTATORS, annotatorsPerReport)), 1, MAX_ANNOTATORS, 0, 1, 5);
		annotators.setToolTipText("How many annotators each report needs; a report with fewer is in everyone's \"My reports\"");
		Label explanation = new Label(fields, SWT.WRAP);
		explanation.setText("A report with fewer annotators than this is listed in every annotator's \"My reports\"; "
				+ "agreement needs two or more.");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(440, SWT.DEFAULT).applyTo(explanation);

		othersVisible = new Button(fields, SWT.CHECK);
		othersVisible.setText("Annotators may see each other's layers");
		othersVisible.setSelection(othersLayersVisible);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(othersVisible);
		Label note = new Label(fields, SWT.WRAP);
		note.setText("Off for an agreement study: annotators work blind. The report editor always shows only the "
				+ "pre-annotation and your own layer; this permission is for reviewing and curating.");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(440, SWT.DEFAULT).applyTo(note);
		return area;
	}

	@Override
	protected void okPressed() {
		annotatorsPerReport = annotators.getSelection();
		othersLayersVisible = othersVisible.getSelection();
		super.okPressed();
	}

	public int annotatorsPerReport() {
		return annotatorsPerReport;
	}

	public boolean othersLayersVisible() {
		return othersLayersVisible;
	}

	/** For tests: the fields while the dialog is open. */
	public Spinner annotatorsField() {
		return annotators;
	}

	public Button othersVisibleField() {
		return othersVisible;
	}
}
