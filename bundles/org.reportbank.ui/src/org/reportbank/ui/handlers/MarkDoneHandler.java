package org.reportbank.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.editing.AnnotationFiles;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.ReportStatus;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.parts.ReportPart;

/** Corpus > Mark Report Done: saves the open report's annotations and sets its status to done. */
public class MarkDoneHandler {

	@CanExecute
	boolean canExecute(@Optional AnnotationSession session, @Optional CorpusStore store) {
		return session != null && store != null;
	}

	@Execute
	void execute(AnnotationSession session, CorpusStore store, EPartService parts, IEventBroker events, Shell shell) {
		MPart part = parts.findPart(ReportPart.ID);
		if (part != null && part.getObject() instanceof ReportPart report && !report.saveNow()) {
			MessageDialog.openError(shell, "Not saved", report.problem());
			return;
		}
		try {
			AnnotationFiles.markStatus(store, session.report().getId(), ReportStatus.DONE);
			events.post(CorpusEvents.CHANGED, new CorpusEvents.StatusChanged(session.report().getId()));
		} catch (StoreException e) {
			MessageDialog.openError(shell, "Status not changed", e.getMessage());
		}
	}
}
