package org.reportbank.ui.workbench;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.reportbank.curation.CurationSession;
import org.reportbank.editing.AnnotationSession;

/**
 * Edit > Undo (Ctrl+Z): takes back the last edit of the active view: a curation decision while
 * the Curation view is active (its context holds the curation), else the last annotation edit.
 */
public class UndoHandler {

	@CanExecute
	boolean canExecute(@Optional CurationSession curation, @Optional AnnotationSession session) {
		return curation != null ? curation.canUndo() : session != null && session.canUndo();
	}

	@Execute
	void execute(@Optional CurationSession curation, @Optional AnnotationSession session) {
		if (curation != null) {
			curation.undo();
		} else if (session != null) {
			session.undo();
		}
	}
}
