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
import org.reportbank.core.store.StoreException;
import org.reportbank.model.Corpus;
import org.reportbank.ui.CorpusEvents;

/**
 * Corpus > Settings…: annotators per report and whether annotators may see each other's layers,
 * written to the corpus index under the corpus lock (re-read first, so nothing another process
 * wrote is lost), then {@link CorpusEvents#CHANGED} with {@link CorpusEvents#SETTINGS_CHANGED}.
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
		try (CorpusStore.WriteSession session = store.beginWrite("corpus settings")) {
			session.corpus().setAnnotatorsPerReport(dialog.annotatorsPerReport());
			session.corpus().setOthersLayersVisible(dialog.othersLayersVisible());
			session.commit();
		} catch (StoreException e) {
			MessageDialog.openError(shell, "Settings not saved", e.getMessage());
			return;
		}
		events.post(CorpusEvents.CHANGED, CorpusEvents.SETTINGS_CHANGED);
	}
}
