package org.reportbank.benchmarks;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.reportbank.core.progress.CancelOnInterrupt;

/**
 * What every benchmark application does the same way: reads its arguments, turns Ctrl-C (and the
 * platform's stop) into {@link #cancelled}, which the benchmark checks between units of work so
 * it can still print what it measured, and returns its exit code.
 */
abstract class BenchmarkApplication implements IApplication {

	static final int OK = 0;
	static final int FAILED = 1;
	static final int WRONG_COMMAND_LINE = 2;
	static final int CANCELLED = 130;

	private static final long CANCEL_GRACE_SECONDS = 30;

	protected volatile boolean cancelled;

	private final String name;

	BenchmarkApplication(String name) {
		this.name = name;
	}

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		try (CancelOnInterrupt interrupt = CancelOnInterrupt.install(() -> cancelled = true, name + "-cancel", CANCEL_GRACE_SECONDS)) {
			return run(Arrays.asList(args), System.out, System.err);
		} finally {
			System.out.flush();
		}
	}

	@Override
	public void stop() {
		cancelled = true;
	}

	/** Runs the benchmark with the command line's arguments; the exit code. */
	abstract int run(List<String> args, PrintStream out, PrintStream err);
}
