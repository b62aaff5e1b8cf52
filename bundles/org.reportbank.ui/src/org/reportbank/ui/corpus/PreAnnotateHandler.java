package org.reportbank.ui.corpus;

import org.reportbank.ui.presenters.Labels;
import org.reportbank.ui.workbench.JobChangeListener;
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
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.reportbank.ui.annotation.UnsavedAnnotations;
import org.eclipse.swt.widgets.Shell;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.editing.AnnotationSession;
import org.reportbank.nlp.hanlp.CorpusAnnotator;
import org.reportbank.ui.CorpusEvents;

/**
 * Pre-annotates the report open in the editor, or the whole corpus, as a cancellable job; the
 * views refresh and the status line says what came of it when it is done. The command parameter {@code scope} is {@code report} or {@code corpus}.
 */
public class PreAnnotateHandler {

	public static final String SCOPE = "org.reportbank.ui.command.preannotate.scope";

	@CanExecute
	public boolean canExecute(@Optional CorpusStore store, @Optional @Named(SCOPE) String scope,
			@Optional AnnotationSession open) {
		return store != null && ("corpus".equals(scope) || open != null);
	}

	/** "report" acts on the report open in the editor, the one the person is looking at, whatever is selected elsewhere. */
	@Execute
	public void execute(CorpusStore store, @Optional @Named(SCOPE) String scope, @Optional AnnotationSession open,
			IEventBroker events, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, UISynchronize ui, EPartService parts) {
		// the annotator's decisions first, so the new run keeps every suggestion they were based on
		if (!UnsavedAnnotations.save(parts)) {
			return; // the editor said why; the run would not keep decisions that are not on disk
		}
		boolean wholeCorpus = "corpus".equals(scope) || open == null;
		List<String> ids = wholeCorpus ? List.of() : List.of(open.report().getId());
		String what = wholeCorpus ? "the corpus" : Labels.report(open.report());
		Job job = new Job("Pre-annotating " + what) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					CorpusAnnotator.Summary summary = new CorpusAnnotator().annotate(store, ids,
							Runtime.getRuntime().availableProcessors(), monitor);
					store.refresh();
					events.post(CorpusEvents.PRE_ANNOTATED, summary);
					events.post(CorpusEvents.STATUS, "Pre-annotated " + what + ": " + summary.annotated() + " report"
							+ (summary.annotated() == 1 ? "" : "s") + ", " + summary.suggestions() + " suggestions, "
							+ summary.inconsistencies() + " inconsistent rates"
							+ (summary.failed().isEmpty() ? "" : "; " + summary.failed().size() + " could not be read")
							+ (summary.cancelled() ? " (cancelled)" : ""));
					return summary.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
				} catch (StoreException e) {
					return Status.error(e.getMessage(), e);
				}
			}
		};
		job.setRule(store.writeRule());
		job.setUser(true);
		job.addJobChangeListener(JobChangeListener.onDone(result -> {
			if (result.getSeverity() == IStatus.ERROR) {
				ui.asyncExec(() -> MessageDialog.openError(shell, "Pre-annotation failed", result.getMessage()));
			}
		}));
		job.schedule();
	}
}
