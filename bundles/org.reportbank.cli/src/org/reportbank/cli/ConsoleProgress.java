package org.reportbank.cli;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Progress of a long command on stderr: a percentage and the current item, redrawn in place on a
 * terminal and printed at most every 10 % otherwise (so logs stay short). Cancelled by Ctrl-C.
 */
final class ConsoleProgress extends NullProgressMonitor {

	private final PrintStream err;
	private final boolean terminal;
	private String task = "";
	private String subTask = "";
	private int total;
	private double done;
	private int lastShownPercent = -1;
	private long lastShownAt;

	ConsoleProgress(PrintStream err, boolean terminal) {
		this.err = err;
		this.terminal = terminal;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		task = name;
		total = totalWork;
		done = 0;
		show(true);
	}

	/** A new step of the same task (saving after annotating, a recommender after another): shown at once, even in a log. */
	@Override
	public void setTaskName(String name) {
		task = name;
		subTask = "";
		show(true);
	}

	@Override
	public void subTask(String name) {
		subTask = name == null ? "" : name;
		show(false);
	}

	@Override
	public void internalWorked(double work) {
		done += work;
		show(false);
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void done() {
		if (terminal) {
			err.print("\r\033[K");
		}
		err.flush();
	}

	private void show(boolean force) {
		int percent = total <= 0 ? 0 : (int) Math.min(100, Math.round(done * 100 / total));
		long now = System.currentTimeMillis();
		if (terminal) {
			if (force || percent != lastShownPercent || now - lastShownAt > 200) {
				err.print("\r\033[K[" + pad(percent) + "%] " + task + (subTask.isEmpty() ? "" : ": " + subTask));
				err.flush();
				lastShownPercent = percent;
				lastShownAt = now;
			}
		} else if (force || percent / 10 > lastShownPercent / 10) {
			err.println("[" + pad(percent) + "%] " + task);
			lastShownPercent = percent;
		}
	}

	private static String pad(int percent) {
		return percent < 10 ? "  " + percent : percent < 100 ? " " + percent : String.valueOf(percent);
	}
}
