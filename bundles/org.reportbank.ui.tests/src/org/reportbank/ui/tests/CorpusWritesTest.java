package org.reportbank.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.ui.CorpusWrites;
import org.reportbank.ui.EditSaver;

/**
 * The workbench's writes: in a job holding the corpus rule, never on the UI thread, the window
 * still dispatching events while a save the person waits for is queued behind another write.
 */
class CorpusWritesTest {

	@TempDir
	Path dir;

	/** Holds the corpus rule in a job of its own until released, as a long import would. */
	private static final class RuleHolder {
		final CountDownLatch holding = new CountDownLatch(1);
		final CountDownLatch release = new CountDownLatch(1);

		RuleHolder(CorpusStore store) {
			Job job = Job.create("import", (IProgressMonitor monitor) -> {
				holding.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return Status.OK_STATUS;
			});
			job.setRule(store.writeRule());
			job.schedule();
		}
	}

	@Test
	void aSaveThePersonWaitsForQueuesBehindAnotherWriteWhileTheWindowKeepsDispatching() throws Exception {
		Display display = Display.getDefault();
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		RuleHolder importing = new RuleHolder(store);
		assertTrue(importing.holding.await(10, TimeUnit.SECONDS));
		List<String> order = new ArrayList<>();
		Thread ui = Thread.currentThread();
		Thread[] writer = new Thread[1];
		// runs while the save waits: proof that events are dispatched, and the moment to end the "import"
		display.timerExec(200, () -> {
			order.add("event dispatched while waiting");
			importing.release.countDown();
		});
		String problem = CorpusWrites.andWait("save", store, display, monitor -> {
			writer[0] = Thread.currentThread();
			try (CorpusStore.WriteSession session = store.beginWrite("test")) {
				session.corpus().setAnnotatorsPerReport(4);
				session.commit();
			}
			return () -> order.add("follow-up on the UI thread " + (Thread.currentThread() == ui));
		});
		assertNull(problem);
		assertNotSame(ui, writer[0], "the disk is written off the UI thread");
		assertEquals(List.of("event dispatched while waiting", "follow-up on the UI thread true"), order);
		assertEquals(4, store.corpus().getAnnotatorsPerReport());
	}

	/**
	 * A write that is over at once is where the wake-up of the waiting UI thread used to be lost
	 * (it came before the thread slept, which then waited for an event that never came). A watchdog
	 * counts every wait that takes longer than ten seconds, and frees it with an event of its own.
	 */
	@Test
	void everyQuickWriteComesBackToTheWaitingWindow() throws Exception {
		Display display = Display.getDefault();
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		java.util.concurrent.atomic.AtomicLong waitingSince = new java.util.concurrent.atomic.AtomicLong();
		java.util.concurrent.atomic.AtomicInteger stuck = new java.util.concurrent.atomic.AtomicInteger();
		Thread watchdog = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				long since = waitingSince.get();
				if (since != 0 && System.nanoTime() - since > TimeUnit.SECONDS.toNanos(10)
						&& waitingSince.compareAndSet(since, 0)) {
					stuck.incrementAndGet();
					display.asyncExec(() -> {
					});
				}
				try {
					Thread.sleep(200);
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "watchdog");
		watchdog.setDaemon(true);
		watchdog.start();
		try {
			for (int i = 0; i < 300; i++) {
				waitingSince.set(System.nanoTime());
				assertNull(CorpusWrites.andWait("save", store, display, monitor -> () -> {
				}));
				waitingSince.set(0);
			}
		} finally {
			watchdog.interrupt();
		}
		assertEquals(0, stuck.get(), "waits that did not end when their write did");
	}

	@Test
	void aFailedWriteComesBackAsItsReasonAndChangesNothing() throws Exception {
		Display display = Display.getDefault();
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		int before = store.corpus().getAnnotatorsPerReport();
		try (CorpusStore.WriteSession held = store.beginWrite("a command-line run")) {
			String problem = CorpusWrites.andWait("save", store, display, monitor -> {
				try (CorpusStore.WriteSession session = store.beginWrite("test")) {
					session.corpus().setAnnotatorsPerReport(before + 1);
					session.commit();
				}
				return () -> {
				};
			});
			assertTrue(problem != null && problem.contains("a command-line run"), problem);
		}
		assertEquals(before, CorpusStore.open(dir.resolve("corpus")).corpus().getAnnotatorsPerReport());
	}

	@Test
	void autosaveWritesInTheBackgroundOnceAfterABurstOfEditsAndTriesAgainWhenTheCorpusIsHeld() throws Exception {
		Display display = Display.getDefault();
		CorpusStore store = CorpusStore.openOrCreate(dir.resolve("corpus"));
		System.setProperty("reportbank.autosave.millis", "100");
		int[] unsaved = { 3 };
		List<Thread> writers = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		try {
			EditSaver saver = new EditSaver("the test edits", store, display, () -> unsaved[0] == 0 ? null : monitor -> {
				try (CorpusStore.WriteSession session = store.beginWrite("autosave")) {
					session.corpus().setAnnotatorsPerReport(unsaved[0]);
					session.commit();
				}
				writers.add(Thread.currentThread());
				return () -> unsaved[0] = 0;
			}, problems::add);
			CorpusStore.WriteSession held = store.beginWrite("a command-line run");
			saver.editMade();
			saver.editMade();
			saver.editMade();
			spin(display, () -> !problems.isEmpty() && problems.get(0) != null, 10_000);
			assertTrue(problems.get(0).contains("a command-line run"), problems.get(0));
			held.close();
			spin(display, () -> unsaved[0] == 0, 10_000);
			assertEquals(1, writers.size(), "one write for the burst, after the retry");
			assertFalse(writers.contains(Thread.currentThread()));
			assertEquals(3, store.corpus().getAnnotatorsPerReport());
			assertNull(problems.get(problems.size() - 1), "the saved state is announced");
		} finally {
			System.clearProperty("reportbank.autosave.millis");
		}
	}

	private static void spin(Display display, java.util.function.BooleanSupplier until, long millis) {
		long end = System.currentTimeMillis() + millis;
		while (!until.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("not reached within " + millis + " ms");
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}
}
