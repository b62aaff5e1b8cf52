package org.reportbank.ui;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.reportbank.core.store.CorpusStore;

/**
 * The saving of an editing part (the report editor, curation): an autosave a moment after the
 * last edit, in the background, and a save the person waits for (Ctrl+S, switching report,
 * closing). The part only says how to snapshot its unsaved edits; every write goes through
 * {@link CorpusWrites}, so the UI never waits on the disk and two saves never meet.
 */
public final class EditSaver {

	/** Taken on the UI thread: the write of the edits as they are now, or null when nothing is unsaved. */
	@FunctionalInterface
	public interface Snapshot {
		CorpusWrites.Write take();
	}

	private final String what;
	private final CorpusStore store;
	private final Display display;
	private final Snapshot snapshot;
	private final Consumer<String> problems;
	private boolean scheduled;

	/**
	 * @param what     what is saved, for job names ("the annotations", "the gold layer")
	 * @param problems told null after a successful save and the reason after a failed one
	 */
	public EditSaver(String what, CorpusStore store, Display display, Snapshot snapshot, Consumer<String> problems) {
		this.what = what;
		this.store = store;
		this.display = display;
		this.snapshot = snapshot;
		this.problems = problems;
	}

	/** An edit was made: saved in the background after the autosave delay (once, however many edits come meanwhile). */
	public void editMade() {
		if (scheduled || display.isDisposed()) {
			return;
		}
		scheduled = true;
		display.timerExec(UserPreferences.autosaveMillis(), this::autosave);
	}

	private void autosave() {
		scheduled = false;
		CorpusWrites.Write write = snapshot.take();
		if (write == null) {
			return;
		}
		CorpusWrites.Write thenClear = monitor -> {
			Runnable then = write.write(monitor);
			return () -> {
				then.run();
				problems.accept(null);
			};
		};
		CorpusWrites.inBackground("Autosave " + what, store, display, thenClear, problem -> {
			problems.accept("not saved: " + problem);
			editMade(); // e.g. the corpus is locked by a command-line run: try again shortly, keeping the edits
		});
	}

	/** Saves now and waits (the window still painting); true when nothing is left unsaved. */
	public boolean saveNow() {
		return save(false);
	}

	/** Saves now, blocking without dispatching events: for a part being closed. */
	public boolean saveWhileClosing() {
		return save(true);
	}

	private boolean save(boolean closing) {
		CorpusWrites.Write write = snapshot.take();
		if (write == null) {
			return true;
		}
		String problem = closing ? CorpusWrites.blocking("Save " + what, store, write)
				: CorpusWrites.andWait("Save " + what, store, display, write);
		problems.accept(problem == null ? null : "not saved: " + problem);
		return problem == null;
	}
}
