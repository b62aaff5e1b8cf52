package org.reportbank.ui.annotation;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Enter / Delete in the report text: accepts or rejects the current span and goes to the next suggestion. */
public class DecideHandler {

	/** The command's parameter: {@code accept} or {@code reject}. */
	public static final String DECISION = "org.reportbank.ui.command.decision.what";

	@CanExecute
	boolean canExecute(@Optional AnnotationEditor editor) {
		return editor != null && editor.hasSession();
	}

	@Execute
	void execute(AnnotationEditor editor, @Named(DECISION) String decision) {
		editor.decideCurrent(!"reject".equals(decision));
	}
}
