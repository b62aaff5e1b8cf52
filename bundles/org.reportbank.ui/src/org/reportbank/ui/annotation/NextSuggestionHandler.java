package org.reportbank.ui.annotation;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** n / p in the report text: the next or previous undecided suggestion, in reading order. */
public class NextSuggestionHandler extends ReportTextCommand {

	/** The command's parameter: {@code next} or {@code previous}. */
	public static final String DIRECTION = "org.reportbank.ui.command.move.to";

	@Execute
	void execute(AnnotationEditor editor, @Optional @Named(DIRECTION) String direction) {
		if ("previous".equals(direction)) {
			editor.previous();
		} else {
			editor.next();
		}
	}
}
