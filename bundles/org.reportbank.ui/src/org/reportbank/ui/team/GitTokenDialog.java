package org.reportbank.ui.team;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** The https token for a Git host (proposed from the corpus's remote): Save keeps it in secure storage, Forget removes it. */
public final class GitTokenDialog extends TeamDialog {

	/** The dialog's title, as tests and the user guide name it. */
	public static final String TITLE = "Git Token";
	/** The return code of Forget. */
	public static final int FORGET = IDialogConstants.CLIENT_ID + 1;

	private final String proposedHost;
	private Text host;
	private Text token;
	private String chosenHost;
	private String chosenToken;

	public GitTokenDialog(Shell parent, String proposedHost) {
		super(parent, TITLE);
		this.proposedHost = proposedHost == null ? "" : proposedHost;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite body = body(parent, "A token for an https remote",
				"A personal access token made on the hosting's site; kept encrypted here, never in the corpus.", 2);
		new Label(body, SWT.NONE).setText("&Host:");
		host = new Text(body, SWT.BORDER);
		host.setText(proposedHost);
		host.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(body, SWT.NONE).setText("&Token:");
		token = new Text(body, SWT.BORDER | SWT.PASSWORD);
		GridData tokenData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		tokenData.widthHint = 380;
		token.setLayoutData(tokenData);
		host.addListener(SWT.Modify, e -> validate());
		token.addListener(SWT.Modify, e -> validate());
		return body.getParent();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Save", true);
		createButton(parent, FORGET, "&Forget", false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private void validate() {
		if (getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		boolean hasHost = !host.getText().isBlank() && !host.getText().contains("/");
		setErrorMessage(hasHost ? null : "Give the host name alone, as in the remote's URL (gitlab.example.org).");
		getButton(IDialogConstants.OK_ID).setEnabled(hasHost && !token.getText().isBlank());
		getButton(FORGET).setEnabled(hasHost);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		chosenHost = host.getText().strip();
		chosenToken = token.getText().strip();
		if (buttonId == FORGET) {
			setReturnCode(FORGET);
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	public String host() {
		return chosenHost;
	}

	public String token() {
		return chosenToken;
	}
}
