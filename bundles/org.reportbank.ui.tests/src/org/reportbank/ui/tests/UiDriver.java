package org.reportbank.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Drives a running workbench from a thread of its own, as a person would: real key presses and
 * mouse moves (Display.post, itself called on the UI thread), reads and waits through the UI
 * thread. The UI thread never blocks, so jobs and timers (autosave) run as they do for a user.
 */
final class UiDriver {

	private final Display display;
	final List<String> findings = new ArrayList<>();

	UiDriver(Display display) {
		this.display = display;
	}

	<T> T ui(Supplier<T> read) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(read.get());
			} catch (RuntimeException e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	void ui(Runnable action) {
		ui(() -> {
			action.run();
			return null;
		});
	}

	/** Waits (polling the UI thread) until the condition holds; false, and a finding, if it does not in time. */
	boolean waitFor(String what, BooleanSupplier condition, long millis) {
		long deadline = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < deadline) {
			if (ui(() -> condition.getAsBoolean())) {
				return true;
			}
			pause(50);
		}
		findings.add("timed out after " + millis + " ms waiting for: " + what);
		return false;
	}

	void expect(String what, Object expected, Object actual) {
		if (!java.util.Objects.equals(expected, actual)) {
			findings.add(what + ": expected " + expected + " but was " + actual);
		}
	}

	void check(String what, boolean holds) {
		if (!holds) {
			findings.add("not so: " + what);
		}
	}

	/** Puts the pointer over the control and gives it keyboard focus, so posted keys reach it. */
	void focus(Control control) {
		ui(() -> {
			control.getShell().forceActive();
			Point center = control.toDisplay(control.getSize().x / 2, control.getSize().y / 2);
			Event move = new Event();
			move.type = SWT.MouseMove;
			move.x = center.x;
			move.y = center.y;
			display.post(move);
			control.forceFocus();
		});
		// keys go to the window the X server gives the focus to: wait until it is this one
		long deadline = System.currentTimeMillis() + 3_000;
		while (System.currentTimeMillis() < deadline
				&& !ui(() -> display.getActiveShell() == control.getShell() && control.isFocusControl())) {
			pause(20);
		}
		pause(150);
		// Xvfb drops the first key after a focus change made this way (no click): a Shift press,
		// which nothing reacts to, takes that place so the test's own first key arrives
		post(SWT.KeyDown, (char) 0, SWT.SHIFT);
		post(SWT.KeyUp, (char) 0, SWT.SHIFT);
		pause(50);
	}

	/** Presses and releases a key, with modifier keys (SWT.CTRL, SWT.SHIFT, SWT.ALT) held. */
	void press(char character, int keyCode, int... modifiers) {
		for (int modifier : modifiers) {
			post(SWT.KeyDown, (char) 0, modifier);
		}
		post(SWT.KeyDown, character, keyCode);
		post(SWT.KeyUp, character, keyCode);
		for (int i = modifiers.length - 1; i >= 0; i--) {
			post(SWT.KeyUp, (char) 0, modifiers[i]);
		}
		pause(150); // the UI thread handles the key meanwhile
	}

	/**
	 * Presses a key and waits (polling briefly) until it had its effect: faster than a fixed
	 * pause when a test presses many keys, and a finding when the effect does not come.
	 */
	boolean pressUntil(char character, int keyCode, String what, BooleanSupplier effect) {
		post(SWT.KeyDown, character, keyCode);
		post(SWT.KeyUp, character, keyCode);
		long deadline = System.currentTimeMillis() + 3_000;
		while (System.currentTimeMillis() < deadline) {
			pause(10);
			if (ui(() -> effect.getAsBoolean())) {
				return true;
			}
		}
		findings.add("no effect of the key: " + what);
		return false;
	}

	/** The open shell (a dialog) with this title, once it is there; null and a finding if it does not come. */
	org.eclipse.swt.widgets.Shell shell(String title) {
		AtomicReference<org.eclipse.swt.widgets.Shell> found = new AtomicReference<>();
		waitFor("the window " + title, () -> {
			for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
				if (title.equals(shell.getText()) && shell.isVisible()) {
					found.set(shell);
					return true;
				}
			}
			return false;
		}, 10_000);
		return found.get();
	}

	void type(char character) {
		press(character, character);
	}

	/**
	 * Posts a key event from the UI thread. On GTK, Display.post puts the event into GDK's own queue
	 * (gdk_event_put), which the UI thread reads in gtk_events_pending; done from this thread the two
	 * raced, and the test runtime died in libgdk (gtk_events_pending, g_slice_alloc) now and then.
	 */
	private void post(int type, char character, int keyCode) {
		Event event = new Event();
		event.type = type;
		event.character = character;
		event.keyCode = keyCode;
		if (!ui(() -> display.post(event))) {
			findings.add("the X server did not take the key event " + keyCode);
		}
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
