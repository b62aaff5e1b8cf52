package org.reportbank.ui.workbench;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.ui.curation.CurationPart;
import org.reportbank.ui.annotation.ReportPart;

/** File > Save (Ctrl+S): writes the annotator's layer of the open report, and the gold layer under curation, now. */
public class SaveHandler {

	@Execute
	void execute(EPartService parts, Shell shell) {
		MPart part = parts.findPart(ReportPart.ID);
		if (part != null && part.getObject() instanceof ReportPart report && !report.saveNow()) {
			MessageDialog.openError(shell, "Not saved", report.problem());
		}
		MPart curation = parts.findPart(CurationPart.ID);
		if (curation != null && curation.getObject() instanceof CurationPart gold && !gold.saveNow()) {
			MessageDialog.openError(shell, "Gold layer not saved", gold.problem());
		}
	}
}
