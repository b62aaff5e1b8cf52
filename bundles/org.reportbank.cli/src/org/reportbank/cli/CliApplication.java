package org.reportbank.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless Equinox application behind {@code ./reportbank SUBCOMMAND}. Ctrl-C cancels the
 * running command through its progress monitor and waits for it to leave the corpus consistent.
 */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		return Cli.runInConsole(args);
	}

	@Override
	public void stop() {
		// commands end on their own; cancellation goes through the progress monitor
	}
}
