package org.reportbank.ui.annotation;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;

/**
 * A label's key in the report text (bound from the corpus's label set by {@link LabelKeys}): tags
 * the selected text with the label, or gives the current span that label.
 */
public class ApplyLabelHandler extends ReportTextCommand {

	/** The command's parameter: the label's name. */
	public static final String LABEL = "org.reportbank.ui.command.label.name";

	@Execute
	void execute(AnnotationEditor editor, @Named(LABEL) String label) {
		editor.applyLabel(label);
	}
}
