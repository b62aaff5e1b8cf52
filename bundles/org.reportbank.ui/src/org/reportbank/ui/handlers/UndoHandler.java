package org.reportbank.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.reportbank.editing.AnnotationSession;

/** Edit > Undo (Ctrl+Z): takes back the last annotation edit of the open report. */
public class UndoHandler {

	@CanExecute
	boolean canExecute(@Optional AnnotationSession session) {
		return session != null && session.canUndo();
	}

	@Execute
	void execute(AnnotationSession session) {
		session.undo();
	}
}
