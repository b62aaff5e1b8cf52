package org.reportbank.ui.annotation;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Optional;

/** A command of the report text (a key in the "In the Report Text" context): it acts when a report is shown. */
abstract class ReportTextCommand {

	@CanExecute
	boolean canExecute(@Optional AnnotationEditor editor) {
		return editor != null && editor.hasSession();
	}
}
