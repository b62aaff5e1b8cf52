package org.reportbank.ui.workbench;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Shell;

/** Help > Keyboard Shortcuts (Ctrl+Shift+L, as in Eclipse): every key of the workbench on one sheet. */
public class ShortcutsHandler {

	@Execute
	void execute(Shell shell, MApplication application) {
		new ShortcutSheet(shell, application).open();
	}
}
