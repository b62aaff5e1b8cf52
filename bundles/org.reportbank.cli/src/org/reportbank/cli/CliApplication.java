package org.reportbank.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.reportbank.core.progress.CancelOnInterrupt;

/**
 * The headless Equinox application behind {@code ./reportbank SUBCOMMAND}. Ctrl-C cancels the
 * running command through its progress monitor and waits for it to leave the corpus consistent.
 */
public class CliApplication implements IApplication {

	private static final long CANCEL_GRACE_SECONDS = 30;

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		ConsoleProgress progress = new ConsoleProgress(System.err, System.console() != null);
		try (CancelOnInterrupt interrupt = CancelOnInterrupt.install(() -> progress.setCanceled(true), "reportbank-cancel",
				CANCEL_GRACE_SECONDS)) {
			return new Cli().run(args, System.out, System.err, progress);
		}
	}

	@Override
	public void stop() {
		// commands end on their own; cancellation goes through the progress monitor
	}
}
