package org.reportbank.ui.workbench;

import java.io.IOException;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.ui.CorpusEvents;

/** Help > Help on This View (F1): the user guide's topic of the active view, in the desktop's browser. */
public class ContextHelpHandler {

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart active, Shell shell, IEventBroker events) {
		String partId = active == null ? "org.reportbank.ui.part.report" : active.getElementId();
		ContextHelp.Topic topic;
		try {
			topic = ContextHelp.topicOf(partId);
			if (topic == null) {
				topic = ContextHelp.topicOf("org.reportbank.ui.part.report");
			}
		} catch (IOException e) {
			MessageDialog.openError(shell, "Help", "The help pages cannot be read: " + e.getMessage());
			return;
		}
		if (topic == null) {
			MessageDialog.openInformation(shell, "Help",
					"The help (org.reportbank.help) is not installed; the user guide is docs/user-guide.md.");
			return;
		}
		if (Program.launch(topic.page().toString())) {
			events.post(CorpusEvents.STATUS, "Help on " + topic.title() + " opened in the browser");
		} else {
			// no browser on this desktop: say where the page is
			MessageDialog.openInformation(shell, "Help: " + topic.title(), topic.description() + "\n\nThe page: " + topic.page());
		}
	}
}
