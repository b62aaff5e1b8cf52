package org.reportbank.ui.annotation;

import java.util.List;
import java.util.Locale;

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
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.Span;

/**
 * Which undecided suggestions to decide at once: a label and the lowest confidence; the count of
 * what would be decided is shown before anything is, and Accept or Reject does it.
 */
public final class DecideByLabelDialog extends Dialog {

	private static final int ACCEPT_ID = IDialogConstants.CLIENT_ID + 1;
	private static final int REJECT_ID = IDialogConstants.CLIENT_ID + 2;

	private final AnnotationSession session;
	private Combo label;
	private Spinner confidence;
	private Label count;
	private List<Span> chosen = List.of();
	private String chosenLabel;
	private boolean accepting;

	public DecideByLabelDialog(Shell parent, AnnotationSession session) {
		super(parent);
		this.session = session;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Decide Suggestions by Label");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText("Label:");
		label = new Combo(area, SWT.READ_ONLY);
		session.suggestions().stream().map(Span::getLabel).distinct().sorted().forEach(label::add);
		label.select(0);
		new Label(area, SWT.NONE).setText("Confidence at least:");
		confidence = new Spinner(area, SWT.BORDER);
		confidence.setValues(80, 0, 100, 2, 5, 10); // 0.00 – 1.00
		count = new Label(area, SWT.WRAP);
		count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		label.addListener(SWT.Selection, e -> recount());
		confidence.addListener(SWT.Modify, e -> recount());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, ACCEPT_ID, "&Accept", true);
		createButton(parent, REJECT_ID, "&Reject", false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		recount();
	}

	private void recount() {
		chosenLabel = label.getText();
		chosen = session.undecidedSuggestions(chosenLabel, confidence.getSelection() / 100.0);
		count.setText(String.format(Locale.ROOT, "%d undecided %s suggestion%s at or above %.2f (one undoable edit)", chosen.size(),
				label(), chosen.size() == 1 ? "" : "s", confidence.getSelection() / 100.0));
		count.getParent().layout();
		if (getButton(ACCEPT_ID) != null) {
			getButton(ACCEPT_ID).setEnabled(!chosen.isEmpty());
			getButton(REJECT_ID).setEnabled(!chosen.isEmpty());
		}
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == ACCEPT_ID || buttonId == REJECT_ID) {
			accepting = buttonId == ACCEPT_ID;
			setReturnCode(OK);
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** The suggestions counted when the person pressed Accept or Reject. */
	public List<Span> chosen() {
		return chosen;
	}

	public boolean accepting() {
		return accepting;
	}

	/** The label counted last (also once the dialog is closed). */
	public String label() {
		return chosenLabel;
	}

}
