package org.reportbank.ui;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.swt.widgets.Display;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;

/**
 * Opens the corpus the workbench was started on and puts it into the application context, so
 * parts simply inject it. The corpus folder comes from {@code -Dreportbank.corpus=DIR} (the start
 * script passes the sample corpus).
 */
public class CorpusLifeCycle {

	/** The system property naming the corpus folder. */
	public static final String CORPUS_PROPERTY = "reportbank.corpus";

	@PostContextCreate
	void openCorpus(IEclipseContext context, Display display) {
		context.set(AnnotatorIdentity.CONTEXT_KEY, AnnotatorIdentity.knownOrAsk(display));
		String folder = System.getProperty(CORPUS_PROPERTY);
		if (folder == null || folder.isBlank()) {
			context.set(CorpusProblem.class, new CorpusProblem("No corpus was given: start Reportbank with -D" + CORPUS_PROPERTY + "=DIR"));
			return;
		}
		try {
			context.set(CorpusStore.class, CorpusStore.openOrCreate(Path.of(folder)));
		} catch (StoreException e) {
			context.set(CorpusProblem.class, new CorpusProblem(e.getMessage()));
		}
	}

	/** Why no corpus is open, for the parts to show instead of a list. */
	public record CorpusProblem(String message) {
	}
}
