package org.reportbank.ui.annotation;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;

/** Enter / Delete in the report text: accepts or rejects the current span and goes to the next suggestion. */
public class DecideHandler extends ReportTextCommand {

	/** The command's parameter: {@code accept} or {@code reject}. */
	public static final String DECISION = "org.reportbank.ui.command.decision.what";

	@Execute
	void execute(AnnotationEditor editor, @Named(DECISION) String decision) {
		editor.decideCurrent(!"reject".equals(decision));
	}
}
