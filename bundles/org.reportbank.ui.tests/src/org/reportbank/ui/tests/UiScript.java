package org.reportbank.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Steps run one after the other on the UI thread of a running workbench, each waiting (by
 * {@link Display#timerExec}, never blocking the UI thread) until its condition holds. A step that
 * throws, or whose condition does not hold in time, is recorded and ends the script: open dialogs
 * are closed and {@code end} runs (it closes the workbench), so a failing test never hangs.
 */
final class UiScript {

	private record Step(String name, Runnable action, BooleanSupplier until, long timeoutMillis) {
	}

	private final Display display;
	private final Runnable end;
	private final List<Step> steps = new ArrayList<>();
	private final List<String> problems = new ArrayList<>();
	private int next;
	private boolean ended;
	private boolean completed;

	UiScript(Display display, Runnable end) {
		this.display = display;
		this.end = end;
	}

	/** A step done at once. */
	UiScript step(String name, Runnable action) {
		return step(name, action, () -> true, 0);
	}

	/** A step whose action starts something, then waits until {@code until} holds. */
	UiScript step(String name, Runnable action, BooleanSupplier until, long timeoutMillis) {
		steps.add(new Step(name, action, until, timeoutMillis));
		return this;
	}

	/** Starts the script after {@code delayMillis}, and ends it whatever happens after {@code limitMillis}. */
	void start(int delayMillis, int limitMillis) {
		display.timerExec(delayMillis, this::runNext);
		display.timerExec(limitMillis, () -> {
			if (!ended) {
				fail("the script", "did not finish within " + limitMillis / 1000 + " s");
			}
		});
	}

	private void runNext() {
		if (ended) {
			return;
		}
		if (next == steps.size()) {
			completed = true;
			finish();
			return;
		}
		Step step = steps.get(next++);
		try {
			step.action().run();
		} catch (Throwable e) {
			fail(step.name(), e.toString());
			return;
		}
		poll(step, System.currentTimeMillis() + step.timeoutMillis());
	}

	private void poll(Step step, long deadline) {
		if (ended) {
			return;
		}
		try {
			if (step.until().getAsBoolean()) {
				display.asyncExec(this::runNext);
			} else if (System.currentTimeMillis() > deadline) {
				fail(step.name(), "timed out after " + step.timeoutMillis() / 1000.0 + " s");
			} else {
				display.timerExec(100, () -> poll(step, deadline));
			}
		} catch (Throwable e) {
			fail(step.name(), e.toString());
		}
	}

	private void fail(String step, String problem) {
		problems.add(step + ": " + problem);
		finish();
	}

	private void finish() {
		if (ended) {
			return;
		}
		ended = true;
		for (Shell shell : display.getShells()) {
			if (shell.getData() instanceof Window dialog && !shell.isDisposed()) {
				dialog.close();
			}
		}
		end.run();
	}

	/** What went wrong, empty when every step passed. */
	List<String> problems() {
		return problems;
	}

	/** True when every step ran and passed. */
	boolean completed() {
		return completed;
	}
}
