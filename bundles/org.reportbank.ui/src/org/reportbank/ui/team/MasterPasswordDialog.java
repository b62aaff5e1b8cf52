package org.reportbank.ui.team;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** The secure storage's master password: once per session, typed twice when it is chosen. */
public final class MasterPasswordDialog extends TeamDialog {

	/** The dialog's title, as tests and the user guide name it. */
	public static final String TITLE = "Secure Storage Password";

	private final boolean isNew;
	private Text password;
	private Text again;
	private char[] given;

	public MasterPasswordDialog(Shell parent, boolean isNew) {
		super(parent, TITLE);
		this.isNew = isNew;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite body = body(parent, isNew ? "Choose a password for your Git tokens" : "Unlock your Git tokens",
				isNew ? "Tokens are kept encrypted with it on this computer; Reportbank asks for it once per session."
						: "The password you chose when you first kept a token.",
				2);
		new Label(body, SWT.NONE).setText("&Password:");
		password = new Text(body, SWT.BORDER | SWT.PASSWORD);
		password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		if (isNew) {
			new Label(body, SWT.NONE).setText("&Again:");
			again = new Text(body, SWT.BORDER | SWT.PASSWORD);
			again.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			again.addListener(SWT.Modify, e -> validate());
		}
		password.addListener(SWT.Modify, e -> validate());
		return body.getParent();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		if (getButton(IDialogConstants.OK_ID) == null || password == null) {
			return;
		}
		String problem = password.getText().isEmpty() ? "Type the password."
				: again != null && !again.getText().equals(password.getText()) ? "The two do not match yet." : null;
		setErrorMessage(problem);
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
	}

	@Override
	protected void okPressed() {
		given = password.getText().toCharArray();
		super.okPressed();
	}

	char[] password() {
		return given;
	}
}
