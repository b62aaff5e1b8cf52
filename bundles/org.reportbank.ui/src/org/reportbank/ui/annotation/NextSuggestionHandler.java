package org.reportbank.ui.annotation;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** n / p in the report text: the next or previous undecided suggestion, in reading order. */
public class NextSuggestionHandler {

	/** The command's parameter: {@code next} or {@code previous}. */
	public static final String DIRECTION = "org.reportbank.ui.command.move.to";

	@CanExecute
	boolean canExecute(@Optional AnnotationEditor editor) {
		return editor != null && editor.hasSession();
	}

	@Execute
	void execute(AnnotationEditor editor, @Optional @Named(DIRECTION) String direction) {
		if ("previous".equals(direction)) {
			editor.previous();
		} else {
			editor.next();
		}
	}
}
