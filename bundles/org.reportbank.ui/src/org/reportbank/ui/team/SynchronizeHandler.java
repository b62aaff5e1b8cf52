package org.reportbank.ui.team;

import java.nio.file.Files;

import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.sync.Arrival;
import org.reportbank.sync.CorpusRepository;
import org.reportbank.sync.SyncConflictException;
import org.reportbank.sync.SyncResult;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.CorpusEvents;
import org.reportbank.ui.annotation.UnsavedAnnotations;

/**
 * Team > Synchronize (Ctrl+Alt+Y): the editor's edits are saved, then a job commits this clone's
 * work, merges the team's and pushes, holding the corpus's write rule, with progress and Cancel.
 * The views reload what arrived ({@link CorpusEvents#SYNCED}, then each report's layers), and the
 * status line says what went and what came, from whom; a file both sides changed differently is
 * shown in a dialog, nothing overwritten.
 */
public class SynchronizeHandler {

	@CanExecute
	public boolean canExecute(@Optional CorpusStore store) {
		return store != null && Files.isDirectory(store.directory().resolve(".git"));
	}

	@Execute
	public void execute(CorpusStore store, IEventBroker events, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, UISynchronize ui,
			EPartService parts) {
		if (!UnsavedAnnotations.save(parts)) {
			return; // the editor said why; what is not on disk would not go to the others
		}
		String person = AnnotatorIdentity.known();
		Job job = new Job("Synchronizing the corpus with the team") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					SyncResult result = CorpusRepository.open(store.directory()).sync(person == null ? "annotator" : person, monitor);
					store.refresh();
					events.post(CorpusEvents.SYNCED, result);
					for (Arrival arrival : result.arrived()) {
						events.post(CorpusEvents.LAYER_SAVED, arrival.reportId());
					}
					events.post(CorpusEvents.STATUS, "Synchronized: " + result.summary());
					return Status.OK_STATUS;
				} catch (SyncConflictException e) {
					events.post(CorpusEvents.STATUS, "Not synchronized: both sides changed " + e.paths().size() + " file"
							+ (e.paths().size() == 1 ? "" : "s"));
					ui.asyncExec(() -> MessageDialog.openWarning(shell, "Synchronize stopped", e.getMessage()));
					return Status.OK_STATUS;
				} catch (StoreException e) {
					return Status.error(e.getMessage(), e);
				}
			}
		};
		job.setRule(store.writeRule());
		job.setUser(true);
		job.schedule();
	}
}
