package org.reportbank.ui;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.swt.widgets.Display;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;
import org.reportbank.sync.CorpusRepository;
import org.reportbank.ui.team.GitTokens;

/**
 * Opens the corpus the workbench was started on and puts it into the application context, so
 * parts simply inject it. The corpus folder comes from {@code -Dreportbank.corpus=DIR} (the start
 * script passes the sample corpus), unless a command asked for another at this start (File > Open
 * Corpus from Git restarts on the clone).
 */
public class CorpusLifeCycle {

	/** The system property naming the corpus folder. */
	public static final String CORPUS_PROPERTY = "reportbank.corpus";

	/** The preference holding a corpus to open at the next start instead of the one the start names. */
	static final String NEXT_CORPUS = "corpus.next";

	/** Opens this corpus at the next start (once), as File > Open Corpus from Git does before it restarts. */
	public static void openAtNextStart(Path folder) {
		UserPreferences.put(NEXT_CORPUS, folder.toAbsolutePath().toString());
	}

	@PostContextCreate
	void openCorpus(IEclipseContext context, Display display) {
		context.set(AnnotatorIdentity.CONTEXT_KEY, AnnotatorIdentity.knownOrAsk(display));
		CorpusRepository.useTokens(new GitTokens()); // https tokens from secure storage
		String next = UserPreferences.get(NEXT_CORPUS, null);
		if (next != null) {
			UserPreferences.put(NEXT_CORPUS, null); // once: the start script's corpus is back at the start after
		}
		String folder = next != null ? next : System.getProperty(CORPUS_PROPERTY);
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
