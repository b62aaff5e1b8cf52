package org.reportbank.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;

/** One subcommand of {@code reportbank}. */
interface Command {

	/**
	 * Where a command writes: results to out, progress and problems to err. Corpora are opened
	 * through it, so that whatever a store repaired (an interrupted write finished) is told.
	 */
	record Context(PrintStream out, PrintStream err, IProgressMonitor monitor, List<CorpusStore> opened) {

		Context(PrintStream out, PrintStream err, IProgressMonitor monitor) {
			this(out, err, monitor, new ArrayList<>());
		}

		CorpusStore open(Path directory) throws StoreException {
			return remember(CorpusStore.open(directory, CorpusStore.Readers.NONE_DURING_WRITES));
		}

		/** For a command that reads every report once: the index's entries are read as the walk goes, never held. */
		CorpusStore openToWalk(Path directory) throws StoreException {
			return remember(CorpusStore.openToWalk(directory));
		}

		CorpusStore openOrCreate(Path directory) throws StoreException {
			return remember(CorpusStore.openOrCreate(directory, CorpusStore.Readers.NONE_DURING_WRITES));
		}

		private CorpusStore remember(CorpusStore store) {
			opened.add(store);
			return store;
		}
	}

	String name();

	/** One line for the command list. */
	String summary();

	/** The full help text: synopsis, options, exit codes. */
	String usage();

	int run(List<String> args, Context context) throws Exception;
}
