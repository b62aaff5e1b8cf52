package org.reportbank.ui.team;

import java.nio.file.Files;
import java.util.Map;
import java.util.function.Function;

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
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.sync.Arrival;
import org.reportbank.sync.CorpusRepository;
import org.reportbank.sync.MergeConflict;
import org.reportbank.sync.SyncConflictException;
import org.reportbank.sync.SyncResult;
import org.reportbank.ui.AnnotatorIdentity;
import org.reportbank.ui.CorpusEvents;

/**
 * Team > Synchronize (Ctrl+Alt+Y): the editor's and the curation's edits are saved, then a job commits this clone's
 * work, merges the team's and pushes, holding the corpus's write rule, with progress and Cancel.
 * The views reload what arrived ({@link CorpusEvents#SYNCED}, then each report's layers), and the
 * status line says what went and what came, from whom. What both sides changed two ways (the same
 * gold span, the same document field) opens {@link ChooseVersionsDialog} with both versions;
 * nothing is overwritten before the person chose.
 */
public class SynchronizeHandler {

	@CanExecute
	public boolean canExecute(@Optional CorpusStore store) {
		return store != null && Files.isDirectory(store.directory().resolve(".git"));
	}

	@Execute
	public void execute(CorpusStore store, IEventBroker events, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, UISynchronize ui,
			EPartService parts) {
		parts.saveAll(false); // the report editor's and the curation's edits: what is not on disk would not go to the others
		if (!parts.getDirtyParts().isEmpty()) {
			return; // the part that could not save said why
		}
		String person = AnnotatorIdentity.known();
		synchronize(store, person == null ? "annotator" : person, conflict -> null, events, shell, ui);
	}

	/** Runs a sync in a job; conflicts open the chooser, whose choices run it again. */
	private static void synchronize(CorpusStore store, String person, Function<MergeConflict, MergeConflict.Take> decisions,
			IEventBroker events, Shell shell, UISynchronize ui) {
		Job job = new Job("Synchronizing the corpus with the team") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					SyncResult result = CorpusRepository.open(store.directory()).sync(person, decisions, monitor);
					store.refresh();
					events.post(CorpusEvents.SYNCED, result);
					if (result.indexArrived()) {
						events.post(CorpusEvents.LABELS_CHANGED, store.directory().toString());
						events.post(CorpusEvents.SETTINGS_CHANGED, store.directory().toString());
					}
					for (Arrival arrival : result.arrived()) {
						events.post(CorpusEvents.LAYER_SAVED, arrival.reportId());
					}
					events.post(CorpusEvents.STATUS, "Synchronized: " + result.summary());
					return Status.OK_STATUS;
				} catch (SyncConflictException e) {
					int count = e.conflicts().size();
					events.post(CorpusEvents.STATUS, "Not synchronized yet: you and the remote both changed " + count
							+ (count == 1 ? " thing" : " things") + "; choose the versions");
					ui.asyncExec(() -> {
						ChooseVersionsDialog chooser = new ChooseVersionsDialog(shell, e.conflicts(),
								id -> store.entry(id).map(entry -> entry.getTitle() == null ? id : entry.getTitle()).orElse(id));
						if (chooser.open() == Window.OK) {
							Map<String, MergeConflict.Take> chosen = chooser.choices();
							synchronize(store, person, conflict -> chosen.get(conflict.key()), events, shell, ui);
						}
					});
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
