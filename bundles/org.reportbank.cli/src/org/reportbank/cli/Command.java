package org.reportbank.cli;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/** One subcommand of {@code reportbank}. */
interface Command {

	/** Where a command writes: results to out, progress and problems to err. */
	record Context(PrintStream out, PrintStream err, IProgressMonitor monitor) {
	}

	String name();

	/** One line for the command list. */
	String summary();

	/** The full help text: synopsis, options, exit codes. */
	String usage();

	int run(List<String> args, Context context) throws Exception;
}
