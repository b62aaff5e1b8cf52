package org.reportbank.ui.curation;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/**
 * The curation keys (bound in the "curating" context, active while the curation text, versions or
 * list has the focus): 1–9 take an annotator's version, d / Delete drop, e edits, a adds, n / p move.
 */
public class CurationStepHandler {

	/** The command's parameter: {@code take}, {@code drop}, {@code edit}, {@code add}, {@code next} or {@code previous}. */
	public static final String STEP = "org.reportbank.ui.command.curation.step";

	/** For {@code take}: the annotator's number as the key shows it, 1–9. */
	public static final String ANNOTATOR = "org.reportbank.ui.command.curation.annotator";

	@CanExecute
	boolean canExecute(@Optional CurationActions curation) {
		return curation != null && curation.isCurating();
	}

	@Execute
	void execute(CurationActions curation, @Named(STEP) String step, @Optional @Named(ANNOTATOR) String annotator) {
		switch (step) {
		case "take" -> curation.take(Integer.parseInt(annotator) - 1);
		case "drop" -> curation.drop();
		case "edit" -> curation.edit();
		case "add" -> curation.add();
		case "previous" -> curation.next(-1);
		default -> curation.next(1);
		}
	}
}
