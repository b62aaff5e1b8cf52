package org.reportbank.core.progress;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C for headless commands: on SIGINT the JVM runs shutdown hooks and then exits, so the hook
 * asks the running work to cancel and waits (a little) until it has left its files consistent.
 * Use in try-with-resources around the work.
 */
public final class CancelOnInterrupt implements AutoCloseable {

	private final Thread hook;
	private final CountDownLatch finished = new CountDownLatch(1);

	private CancelOnInterrupt(Runnable cancel, String name, long graceSeconds) {
		hook = new Thread(() -> {
			cancel.run();
			try {
				finished.await(graceSeconds, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, name);
	}

	/** Installs the hook: {@code cancel} runs on Ctrl-C, then the JVM waits up to {@code graceSeconds} for {@link #close()}. */
	public static CancelOnInterrupt install(Runnable cancel, String name, long graceSeconds) {
		CancelOnInterrupt handler = new CancelOnInterrupt(cancel, name, graceSeconds);
		Runtime.getRuntime().addShutdownHook(handler.hook);
		return handler;
	}

	@Override
	public void close() {
		finished.countDown();
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		} catch (IllegalStateException e) {
			// already shutting down: the hook is running and waits for us
		}
	}
}
