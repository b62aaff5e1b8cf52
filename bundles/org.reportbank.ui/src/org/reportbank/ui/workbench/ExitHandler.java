package org.reportbank.ui.workbench;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File > Exit (Ctrl+Q): closes the workbench; the open report is saved on the way (its part's @PreDestroy). */
public class ExitHandler {

	@Execute
	void execute(IWorkbench workbench) {
		workbench.close();
	}
}
