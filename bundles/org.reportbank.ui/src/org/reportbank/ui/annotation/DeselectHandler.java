package org.reportbank.ui.annotation;

import org.eclipse.e4.core.di.annotations.Execute;

/** Esc in the report text: no current span, everywhere. */
public class DeselectHandler extends ReportTextCommand {

	@Execute
	void execute(AnnotationEditor editor) {
		editor.deselect();
	}
}
