package org.reportbank.ui.annotation;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.presenters.Labels;

/** Corpus > Mark Report Done: the annotator is done with the open report (kept in their layer, undoable), saved at once. */
public class MarkDoneHandler {

	@CanExecute
	boolean canExecute(@Optional AnnotationSession session, @Optional CorpusStore store) {
		return session != null && store != null;
	}

	@Execute
	void execute(AnnotationSession session, EPartService parts, IEventBroker events) {
		session.markDone(true);
		if (!UnsavedAnnotations.save(parts)) {
			return; // the editor said why
		}
		events.post(CorpusEvents.STATUS, "Marked done and saved: " + Labels.report(session.report()) + " — " + session.reviewedSummary());
	}
}
