package org.reportbank.ui.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
import org.reportbank.core.store.AnnotatorNames;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.io.dataset.DatasetException;
import org.reportbank.io.dataset.DatasetExport;
import org.reportbank.io.dataset.DatasetRequest;
import org.reportbank.io.dataset.LayerSelection;
import org.reportbank.model.Annotator;
import org.reportbank.model.ReportEntry;
import org.reportbank.nlp.hanlp.HanlpWords;

/** Corpus > Export Dataset: the wizard, then the export as a cancellable job, then what was written. */
public class ExportDatasetHandler {

	@CanExecute
	public boolean canExecute(@Optional CorpusStore store) {
		return store != null;
	}

	/**
	 * Everyone who has a layer in the corpus, the person at this workbench included: annotators
	 * write only their own layer files (never the shared index), so the index's list of annotators
	 * holds only those who came in through an import; the layer files' names tell the rest.
	 */
	static List<String> annotatorsWithLayers(CorpusStore store) {
		Set<String> names = new TreeSet<>();
		for (Annotator annotator : store.corpus().getAnnotators()) {
			names.add(annotator.getId());
		}
		for (ReportEntry entry : store.entries()) {
			try {
				for (String layer : store.layerIds(entry.getId())) {
					if (!AnnotatorNames.isReserved(layer)) {
						names.add(layer);
					}
				}
			} catch (StoreException e) {
				// a report whose folder cannot be listed has no annotator to offer; the export names it
			}
		}
		return List.copyOf(names);
	}

	@Execute
	public void execute(CorpusStore store, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, UISynchronize ui) {
		List<String> layers = new ArrayList<>(List.of(LayerSelection.GOLD, LayerSelection.ACCEPTED));
		layers.addAll(annotatorsWithLayers(store));
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
									+ (result.leftOut() > 0 ? "; " + result.leftOut() + " reports not annotated in that layer were left out"
											: "")
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
