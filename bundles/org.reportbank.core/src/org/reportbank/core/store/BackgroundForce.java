package org.reportbank.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Forces written files to disk on threads of its own. Waiting for the disk is most of what writing
 * a small file costs (about as long as pre-annotating a report); done here, the threads that write
 * the files go on working, and forces issued together cost the file system one journal flush
 * instead of one each. {@link #awaitAll()} returns once every file handed in is on disk, and is
 * what a commit waits for before its journal decides anything.
 */
final class BackgroundForce implements AutoCloseable {

	/** Forces at once: enough for the file system to group them, few enough not to crowd the CPU. */
	private static final int THREADS = 4;
	/** Files handed in and not yet forced, at most; a writer ahead of the disk by more waits. */
	private static final int PENDING = 256;

	private final Semaphore pending = new Semaphore(PENDING);
	private final AtomicReference<IOException> failure = new AtomicReference<>();
	private ExecutorService pool;

	/** Forces the file to disk soon; blocks while too many files wait. */
	void force(Path file) throws IOException {
		try {
			pending.acquire();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(file + ": interrupted before it was on disk", e);
		}
		try {
			pool().execute(() -> {
				try {
					forceNow(file);
				} catch (IOException e) {
					failure.compareAndSet(null, e);
				} finally {
					pending.release();
				}
			});
		} catch (RuntimeException e) { // shut down meanwhile
			pending.release();
			throw new IOException(file + ": cannot be forced to disk: " + e, e);
		}
	}

	/** Waits until every file handed in is on disk; the first one that could not be forced fails it. */
	void awaitAll() throws IOException {
		try {
			pending.acquire(PENDING);
			pending.release(PENDING);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while the written files went to disk", e);
		}
		IOException first = failure.get();
		if (first != null) {
			throw new IOException(first.getMessage(), first);
		}
	}

	private synchronized ExecutorService pool() {
		if (pool == null) {
			pool = Executors.newFixedThreadPool(THREADS, runnable -> {
				Thread thread = new Thread(runnable, "reportbank-force");
				thread.setDaemon(true);
				return thread;
			});
		}
		return pool;
	}

	private static void forceNow(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		} catch (NoSuchFileException e) {
			// staged again (the later file is forced on its own) or abandoned: nothing to keep
		} catch (IOException e) {
			throw new IOException(file + ": cannot be forced to disk: " + e.getMessage(), e);
		}
	}

	/** Stops the threads; files not yet forced are left as the OS keeps them. */
	@Override
	public synchronized void close() {
		if (pool != null) {
			pool.shutdownNow();
		}
	}
}
