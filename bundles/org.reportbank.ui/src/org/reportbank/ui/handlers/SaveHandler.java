package org.reportbank.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.ui.parts.ReportPart;

/** File > Save (Ctrl+S): writes the annotator's layer of the open report now. */
public class SaveHandler {

	@Execute
	void execute(EPartService parts, Shell shell) {
		MPart part = parts.findPart(ReportPart.ID);
		if (part != null && part.getObject() instanceof ReportPart report && !report.saveNow()) {
			MessageDialog.openError(shell, "Not saved", report.problem());
		}
	}
}
