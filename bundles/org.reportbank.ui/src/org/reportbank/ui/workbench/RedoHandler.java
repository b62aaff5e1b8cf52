package org.reportbank.ui.workbench;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.reportbank.curation.CurationSession;
import org.reportbank.editing.AnnotationSession;

/** Edit > Redo (Ctrl+Y, Ctrl+Shift+Z): does the last undone edit of the active view (curation or annotation) again. */
public class RedoHandler {

	@CanExecute
	boolean canExecute(@Optional CurationSession curation, @Optional AnnotationSession session) {
		return curation != null ? curation.canRedo() : session != null && session.canRedo();
	}

	@Execute
	void execute(@Optional CurationSession curation, @Optional AnnotationSession session) {
		if (curation != null) {
			curation.redo();
		} else if (session != null) {
			session.redo();
		}
	}
}
