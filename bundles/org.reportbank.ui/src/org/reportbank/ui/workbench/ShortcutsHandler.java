package org.reportbank.ui.workbench;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.editing.AnnotationSession;

/** Help > Keyboard Shortcuts (F1, Ctrl+Shift+L, as in Eclipse): every key of the workbench on one sheet. */
public class ShortcutsHandler {

	@Execute
	void execute(Shell shell, MApplication application, @Optional AnnotationSession session) {
		new ShortcutSheet(shell, application, session == null ? null : session.labels()).open();
	}
}
