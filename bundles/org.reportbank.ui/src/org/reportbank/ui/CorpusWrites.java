package org.reportbank.ui;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.reportbank.core.store.CorpusStore;
import org.reportbank.core.store.StoreException;

/**
 * How the workbench writes the corpus: in a {@link Job} holding the corpus's scheduling rule
 * ({@link CorpusStore#writeRule()}), never on the UI thread, so writes queue up instead of meeting
 * on the corpus lock and the window keeps painting while the disk works. A write the person waits
 * for (Ctrl+S, switching report) keeps the event loop running until it is done.
 */
public final class CorpusWrites {

	/**
	 * The part of a save that touches the disk, run in the job; returns what to do on the UI thread
	 * once it succeeded. A checked exception's message is what the person is told (a
	 * {@link StoreException}, a recommender that had too little to learn from).
	 */
	@FunctionalInterface
	public interface Write {
		Runnable write(IProgressMonitor monitor) throws Exception;
	}

	/** What came of a write job: its UI-thread follow-up, or why it failed. */
	private static final class Outcome {
		final AtomicBoolean finished = new AtomicBoolean();
		volatile Runnable then;
		volatile String problem;
	}

	/**
	 * Schedules the write. Afterwards, on the UI thread, its follow-up runs, or {@code failed} gets
	 * the reason (the corpus held by a command-line run, a disk full) to show or to try again.
	 */
	public static Job inBackground(String name, CorpusStore store, Display display, Write write,
			java.util.function.Consumer<String> failed) {
		Outcome outcome = new Outcome();
		Job job = job(name, store, write, outcome, () -> display.asyncExec(() -> finish(outcome, failed)));
		job.schedule();
		return job;
	}

	/**
	 * The same for a long run the person started and may stop (training, recommending): the job
	 * is a user job, so the status line shows its progress with a Cancel button.
	 */
	public static Job withProgress(String name, CorpusStore store, Display display, Write write,
			java.util.function.Consumer<String> failed) {
		Outcome outcome = new Outcome();
		Job job = job(name, store, write, outcome, () -> display.asyncExec(() -> finish(outcome, failed)));
		job.setSystem(false);
		job.setUser(true);
		job.schedule();
		return job;
	}

	/**
	 * Runs the write in a job and returns when it is done, the event loop running meanwhile (the
	 * way the platform's progress dialogs wait). Null when it was written, else why not.
	 */
	public static String andWait(String name, CorpusStore store, Display display, Write write) {
		Outcome outcome = new Outcome();
		// a message, not a bare wake(): SWT on GTK clears its wake flag just before it polls, so a
		// wake() landing in between is lost and the loop below slept until the next event (a test
		// hung there; SWT issue 3053); a pending message ends the sleep at its next 50 ms poll
		Job job = job(name, store, write, outcome, () -> display.asyncExec(() -> {
		}));
		job.schedule();
		while (!outcome.finished.get()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		String[] problem = new String[1];
		finish(outcome, p -> problem[0] = p);
		return problem[0];
	}

	/**
	 * Runs the write in a job and blocks until it is done, without dispatching events: for a part
	 * being closed, whose widgets may already be gone. Null when it was written, else why not.
	 */
	public static String blocking(String name, CorpusStore store, Write write) {
		Outcome outcome = new Outcome();
		Job job = job(name, store, write, outcome, () -> {
		});
		job.schedule();
		try {
			job.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "not saved: interrupted";
		}
		String[] problem = new String[1];
		finish(outcome, p -> problem[0] = p);
		return problem[0];
	}

	private static Job job(String name, CorpusStore store, Write write, Outcome outcome, Runnable whenFinished) {
		Job job = Job.create(name, (IProgressMonitor monitor) -> {
			try {
				outcome.then = write.write(monitor);
			} catch (OperationCanceledException e) {
				outcome.problem = "cancelled";
			} catch (RuntimeException e) {
				outcome.problem = e.toString();
			} catch (Exception e) {
				outcome.problem = e.getMessage();
			} finally {
				outcome.finished.set(true);
				whenFinished.run();
			}
			// a failed write is reported to the person by the caller; it is not an error for the log
			return Status.OK_STATUS;
		});
		job.setRule(store.writeRule());
		job.setSystem(true);
		return job;
	}

	private static void finish(Outcome outcome, java.util.function.Consumer<String> failed) {
		if (outcome.problem != null) {
			failed.accept(outcome.problem);
		} else if (outcome.then != null) {
			outcome.then.run();
		}
	}

	private CorpusWrites() {
	}
}
