package org.reportbank.ui.annotation;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Esc in the report text: no current span, everywhere. */
public class DeselectHandler {

	@CanExecute
	boolean canExecute(@Optional AnnotationEditor editor) {
		return editor != null && editor.hasSession();
	}

	@Execute
	void execute(AnnotationEditor editor) {
		editor.deselect();
	}
}
