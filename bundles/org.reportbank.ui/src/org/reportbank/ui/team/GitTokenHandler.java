package org.reportbank.ui.team;

import java.net.URI;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.sync.CorpusRepository;
import org.reportbank.ui.CorpusEvents;

/** Team > Git Token…: keeps (or forgets) the https token of the corpus's Git host in secure storage. */
public class GitTokenHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional CorpusStore store, IEventBroker events) {
		GitTokenDialog dialog = new GitTokenDialog(shell, remoteHost(store));
		int answer = dialog.open();
		if (answer == Window.CANCEL) {
			return;
		}
		GitTokens tokens = new GitTokens();
		try {
			if (answer == GitTokenDialog.FORGET) {
				tokens.remove(dialog.host());
				events.post(CorpusEvents.STATUS, "The token for " + dialog.host() + " is forgotten");
			} else {
				tokens.store(dialog.host(), dialog.token());
				events.post(CorpusEvents.STATUS, "The token for " + dialog.host() + " is kept in secure storage");
			}
		} catch (Exception e) {
			MessageDialog.openError(shell, GitTokenDialog.TITLE, "The token could not be kept: " + e.getMessage());
		}
	}

	/** The host of the open corpus's remote, when it is an https one. */
	private static String remoteHost(CorpusStore store) {
		if (store == null) {
			return null;
		}
		try {
			String url = CorpusRepository.open(store.directory()).remoteUrl();
			return url != null && url.startsWith("http") ? URI.create(url).getHost() : null;
		} catch (Exception notShared) {
			return null;
		}
	}
}
