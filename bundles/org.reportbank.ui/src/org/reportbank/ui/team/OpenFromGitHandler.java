package org.reportbank.ui.team;

import java.nio.file.Path;

import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.sync.CorpusRepository;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.CorpusLifeCycle;

/**
 * File > Open Corpus from Git…: asks for the remote and a folder, clones in a job (progress,
 * Cancel), then offers to restart the workbench on the cloned corpus, as a corpus is opened at
 * start.
 */
public class OpenFromGitHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional CorpusStore current, IEventBroker events,
			UISynchronize ui, IWorkbench workbench) {
		Path parent = current != null && current.directory().toAbsolutePath().getParent() != null
				? current.directory().toAbsolutePath().getParent()
				: Path.of(System.getProperty("user.home"));
		OpenFromGitDialog dialog = new OpenFromGitDialog(shell, parent);
		if (dialog.open() != Window.OK) {
			return;
		}
		String url = dialog.url();
		Path folder = dialog.folder();
		Job job = new Job("Cloning the team's corpus from " + url) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					CorpusRepository.cloneInto(url, folder, monitor);
				} catch (OperationCanceledException e) {
					events.post(CorpusEvents.STATUS, "Clone of " + url + " cancelled");
					return Status.CANCEL_STATUS;
				} catch (StoreException e) {
					events.post(CorpusEvents.STATUS, "Not cloned: " + e.getMessage());
					ui.asyncExec(() -> MessageDialog.openError(shell, OpenFromGitDialog.TITLE, e.getMessage()));
					return Status.OK_STATUS;
				}
				events.post(CorpusEvents.STATUS, "Cloned " + url + " into " + folder);
				ui.asyncExec(() -> {
					if (MessageDialog.openQuestion(shell, OpenFromGitDialog.TITLE, "The team's corpus is in " + folder
							+ ".\n\nOpen it now? Reportbank restarts on it (your work here is saved).")) {
						CorpusLifeCycle.openAtNextStart(folder);
						workbench.restart();
					}
				});
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
	}
}
