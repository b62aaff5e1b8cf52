package org.reportbank.ui.curation;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.model.ReportEntry;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.annotation.UnsavedAnnotations;

/**
 * Corpus > Curate Report: opens the Curation view on the report shown in the editor (or selected
 * in Reports), after saving the editor's unsaved annotations so the curation sees them.
 */
public class CurateHandler {

	@CanExecute
	boolean canExecute(@Optional CorpusStore store) {
		return store != null;
	}

	@Execute
	void execute(EPartService parts, Shell shell, IEventBroker events, @Optional AnnotationSession open,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (!UnsavedAnnotations.save(parts)) {
			return;
		}
		String reportId = open != null ? open.report().getId() : selection instanceof ReportEntry entry ? entry.getId() : null;
		if (reportId == null) {
			MessageDialog.openInformation(shell, "Curate Report", "Open a report first: select it in Reports.");
			return;
		}
		parts.showPart(CurationPart.ID, PartState.ACTIVATE);
		events.send(CorpusEvents.CURATE, reportId);
	}
}
