package org.reportbank.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.core.stats.ReportWalk;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.io.dataset.DatasetException;
import org.reportbank.io.dataset.DatasetExport;
import org.reportbank.io.dataset.DatasetRequest;
import org.reportbank.io.dataset.LayerSelection;
import org.reportbank.model.Annotator;
import org.reportbank.nlp.hanlp.HanlpWords;
import org.reportbank.ui.wizards.ExportDatasetWizard;

/** Corpus > Export Dataset: the wizard, then the export as a cancellable job, then what was written. */
public class ExportDatasetHandler {

	@CanExecute
	public boolean canExecute(@Optional CorpusStore store) {
		return store != null;
	}

	@Execute
	public void execute(CorpusStore store, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, UISynchronize ui) {
		List<String> layers = new ArrayList<>(List.of(LayerSelection.GOLD, LayerSelection.ACCEPTED));
		for (Annotator annotator : store.corpus().getAnnotators()) {
			layers.add(annotator.getId());
		}
		ExportDatasetWizard wizard = new ExportDatasetWizard(layers);
		if (new WizardDialog(shell, wizard).open() != WizardDialog.OK || wizard.request() == null) {
			return;
		}
		DatasetRequest request = wizard.request();
		Job job = new Job("Exporting the dataset to " + request.out()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					DatasetExport.Result result = new DatasetExport().export(store, request, new HanlpWords(), monitor);
					ui.asyncExec(() -> MessageDialog.openInformation(shell, "Dataset exported",
							result.reports() + " reports and " + result.spans() + " spans written to " + result.out()
									+ (result.leftOut() > 0 ? "; " + result.leftOut() + " reports not annotated in that layer were left out" : "")
									+ (result.unreadable().isEmpty() ? "" : "; " + ReportWalk.describe(result.unreadable()))
									+ ". The dataset card is README.md in that folder."));
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (DatasetException e) {
					ui.asyncExec(() -> MessageDialog.openError(shell, "Export failed", e.getMessage()));
					return Status.error(e.getMessage(), e);
				}
			}
		};
		job.setUser(true);
		job.schedule();
	}
}
