package org.reportbank.ui.curation;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.ReportEntry;
import org.reportbank.ui.annotation.ReportPart;

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
	void execute(EPartService parts, Shell shell, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		String reportId = null;
		MPart editorPart = parts.findPart(ReportPart.ID);
		if (editorPart != null && editorPart.getObject() instanceof ReportPart editor && editor.report() != null) {
			if (!editor.saveNow()) {
				MessageDialog.openError(shell, "Not saved", editor.problem());
				return;
			}
			reportId = editor.report().getId();
		}
		if (reportId == null && selection instanceof ReportEntry entry) {
			reportId = entry.getId();
		}
		if (reportId == null) {
			MessageDialog.openInformation(shell, "Curate Report", "Open a report first: select it in Reports.");
			return;
		}
		MPart part = parts.showPart(CurationPart.ID, PartState.ACTIVATE);
		if (part != null && part.getObject() instanceof CurationPart curation && !curation.open(reportId)) {
			MessageDialog.openError(shell, "Curate Report", String.valueOf(curation.problem()));
		}
	}
}
