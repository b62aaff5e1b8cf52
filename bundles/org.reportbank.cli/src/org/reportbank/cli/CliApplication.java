package org.reportbank.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

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
		CountDownLatch finished = new CountDownLatch(1);
		Thread onInterrupt = new Thread(() -> {
			progress.setCanceled(true);
			try {
				finished.await(CANCEL_GRACE_SECONDS, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "reportbank-cancel");
		Runtime.getRuntime().addShutdownHook(onInterrupt);
		try {
			return new Cli().run(args, System.out, System.err, progress);
		} finally {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(onInterrupt);
			} catch (IllegalStateException e) {
				// already shutting down: the hook is running and waits for us
			}
		}
	}

	@Override
	public void stop() {
		// commands end on their own; cancellation goes through the progress monitor
	}
}
