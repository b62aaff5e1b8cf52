package org.reportbank.ui.corpus;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.model.Corpus;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.CorpusWrites;

/**
 * Corpus > Settings…: annotators per report and whether annotators may see each other's layers,
 * written to the corpus index in a job under the corpus rule and lock (re-read first, so nothing
 * another process wrote is lost), then {@link CorpusEvents#SETTINGS_CHANGED}.
 */
public class CorpusSettingsHandler {

	@CanExecute
	public boolean canExecute(@Optional CorpusStore store) {
		return store != null;
	}

	@Execute
	public void execute(CorpusStore store, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events) {
		Corpus corpus = store.corpus();
		CorpusSettingsDialog dialog = new CorpusSettingsDialog(shell, corpus.getAnnotatorsPerReport(), corpus.isOthersLayersVisible());
		if (dialog.open() != Window.OK) {
			return;
		}
		String problem = CorpusWrites.andWait("Save the corpus settings", store, shell.getDisplay(), monitor -> {
			try (CorpusStore.WriteSession session = store.beginWrite("corpus settings")) {
				session.corpus().setAnnotatorsPerReport(dialog.annotatorsPerReport());
				session.corpus().setOthersLayersVisible(dialog.othersLayersVisible());
				session.commit();
			}
			return () -> events.post(CorpusEvents.SETTINGS_CHANGED, store.directory().toString());
		});
		if (problem != null) {
			MessageDialog.openError(shell, "Settings not saved", problem);
		}
	}
}
