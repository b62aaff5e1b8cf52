package org.reportbank.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.reportbank.editing.AnnotationSession;

/** Edit > Redo (Ctrl+Y, Ctrl+Shift+Z): does the last undone annotation edit again. */
public class RedoHandler {

	@CanExecute
	boolean canExecute(@Optional AnnotationSession session) {
		return session != null && session.canRedo();
	}

	@Execute
	void execute(AnnotationSession session) {
		session.redo();
	}
}
