package org.reportbank.ui.team;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/** The Team dialogs' common form: a window title, a heading with a line of explanation, and a grid of fields below. */
abstract class TeamDialog extends TitleAreaDialog {

	private final String windowTitle;

	TeamDialog(Shell parent, String windowTitle) {
		super(parent);
		this.windowTitle = windowTitle;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(windowTitle);
	}

	/** Sets the heading and its explanation, and gives the grid the fields go in, {@code columns} wide. */
	Composite body(Composite parent, String heading, String explanation, int columns) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(heading);
		setMessage(explanation);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(new GridLayout(columns, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		return body;
	}
}
