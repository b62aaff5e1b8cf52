package org.reportbank.ui.annotation;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.Span;
import org.reportbank.ui.CorpusEvents;

/**
 * Edit > Decide Suggestions by Label… (Ctrl+Shift+D): accepts or rejects every undecided
 * suggestion of one label at or above a confidence in the open report, as one undoable edit; the
 * dialog counts them before anything is done.
 */
public class DecideByLabelHandler {

	@CanExecute
	boolean canExecute(@Optional AnnotationSession session) {
		return session != null && !session.suggestions().isEmpty();
	}

	@Execute
	void execute(AnnotationSession session, Shell shell, IEventBroker events) {
		DecideByLabelDialog dialog = new DecideByLabelDialog(shell, session);
		if (dialog.open() != Window.OK || dialog.chosen().isEmpty()) {
			return;
		}
		List<Span> chosen = dialog.chosen();
		if (dialog.accepting()) {
			session.acceptAll(chosen);
		} else {
			session.rejectAll(chosen);
		}
		events.post(CorpusEvents.STATUS, (dialog.accepting() ? "Accepted " : "Rejected ") + chosen.size() + " " + dialog.label()
				+ " suggestions (Ctrl+Z takes them all back) — " + session.reviewedSummary());
	}
}
