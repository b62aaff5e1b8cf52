package org.reportbank.ui.corpus;

import java.nio.file.Path;
import java.util.List;

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
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.core.importing.CorpusImporter;
import org.reportbank.core.importing.ImportSummary;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.ui.CorpusEvents;

/**
 * Corpus > Import Reports: the wizard, then the import as a cancellable job (progress in the
 * status line), then {@link CorpusEvents#IMPORTED} with the {@link ImportSummary} so the views
 * reload. Files refused are listed with their reasons; a failed import changed nothing and says why.
 */
public class ImportReportsHandler {

	@CanExecute
	public boolean canExecute(@Optional CorpusStore store) {
		return store != null;
	}

	@Execute
	public void execute(CorpusStore store, IEventBroker events, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			UISynchronize ui) {
		ImportReportsWizard wizard = new ImportReportsWizard(store.directory());
		if (new WizardDialog(shell, wizard).open() != WizardDialog.OK || wizard.paths().isEmpty()) {
			return;
		}
		List<Path> paths = wizard.paths();
		Job job = new Job(
				paths.size() == 1 ? "Importing " + paths.get(0).getFileName() : "Importing " + paths.size() + " files and folders") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					ImportSummary summary = new CorpusImporter().importFiles(store, paths, monitor);
					store.refresh();
					if (summary.importedCount() > 0) {
						events.post(CorpusEvents.IMPORTED, summary);
					}
					ui.asyncExec(() -> tell(shell, summary));
					return summary.isCancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
				} catch (StoreException e) {
					ui.asyncExec(() -> MessageDialog.openError(shell, "Import failed",
							e.getMessage() + "\n\nNothing was imported: the corpus is as it was."));
					return Status.error(e.getMessage(), e);
				}
			}
		};
		job.setRule(store.writeRule());
		job.setUser(true);
		job.schedule();
	}

	/** Says what happened unless every file simply went in (the new reports then show in the list). */
	private static void tell(Shell shell, ImportSummary summary) {
		if (shell.isDisposed()) {
			return;
		}
		if (summary.refusedCount() > 0) {
			if (summary.importedCount() == 0) {
				MessageDialog.openError(shell, "Nothing imported", summary.describe() + "\n\nThe corpus is as it was.");
			} else {
				MessageDialog.openWarning(shell, "Some files refused", summary.describe());
			}
		} else if (summary.duplicateCount() > 0 || summary.isCancelled()) {
			MessageDialog.openInformation(shell, "Import", summary.describe());
		}
	}
}
