package org.reportbank.ui.annotation;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledItem;
import org.reportbank.ui.CorpusEvents;

/**
 * Annotate > Uncertain First (Ctrl+Shift+U): n and p go to the suggestions the models are least
 * sure of first, where a decision teaches them most, or back to reading order. The Recommenders
 * view's check box runs this command too and follows it by {@link CorpusEvents#SUGGESTION_ORDER}.
 */
public class UncertainFirstHandler {

	public static final String COMMAND = "org.reportbank.ui.command.uncertain";

	@CanExecute
	boolean canExecute(@Optional AnnotationEditor editor, @Optional MHandledItem item) {
		if (item != null && editor != null) {
			item.setSelected(editor.uncertainFirst()); // the check mark follows the editor, however it was toggled
		}
		return editor != null && !editor.text().isDisposed();
	}

	@Execute
	void execute(AnnotationEditor editor, @Optional MHandledItem item, IEventBroker events) {
		boolean uncertain = !editor.uncertainFirst();
		editor.uncertainFirst(uncertain);
		if (item != null) {
			item.setSelected(uncertain);
		}
		events.post(CorpusEvents.SUGGESTION_ORDER, uncertain);
		events.post(CorpusEvents.STATUS, uncertain ? "n / p: the suggestions the models are least sure of first"
				: "n / p: the suggestions in reading order");
	}
}
