package org.reportbank.editing;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.edit.command.ChangeCommand;
import org.reportbank.model.Layer;

/**
 * One undoable edit of a layer (an annotator's, or gold in curation), as an EMF
 * {@link ChangeCommand}: the change runs once while a recorder watches the layer, and undo and
 * redo apply the recorded description (which reverses itself each time), so no edit needs an
 * inverse written by hand. The change returns what it made (the person's span, a claim), which
 * the command hands back as its result.
 *
 * @param <T> what the edit returns: the span it made or changed, or {@link Void}
 */
public class LayerEdit<T> extends ChangeCommand {

	/**
	 * What an edit also changed outside its layer in the same step (other reports' layers,
	 * written to disk): Undo and Redo of the edit take it back and do it again.
	 */
	public interface Elsewhere {
		void undo();

		void redo();
	}

	private final Supplier<T> change;
	private final int begin;
	private final int end;
	private T result;
	private Elsewhere elsewhere;

	/** The change, with the text range [begin, end) whose look it may alter (0, 0 when none). */
	public LayerEdit(String label, Layer layer, int begin, int end, Supplier<T> change) {
		super(layer);
		setLabel(label);
		this.change = change;
		this.begin = begin;
		this.end = end;
	}

	/** An edit that makes nothing to return. */
	public static LayerEdit<Void> of(String label, Layer layer, int begin, int end, Runnable change) {
		return new LayerEdit<>(label, layer, begin, end, () -> {
			change.run();
			return null;
		});
	}

	/** The same edit, which also changed something outside its layer. */
	public LayerEdit<T> alongside(Elsewhere effect) {
		this.elsewhere = effect;
		return this;
	}

	@Override
	public void undo() {
		super.undo();
		if (elsewhere != null) {
			elsewhere.undo();
		}
	}

	@Override
	public void redo() {
		super.redo();
		if (elsewhere != null) {
			elsewhere.redo();
		}
	}

	/** Start of the text range whose look the edit changes (before or after it). */
	public int begin() {
		return begin;
	}

	public int end() {
		return end;
	}

	@Override
	protected void doExecute() {
		result = change.get();
	}

	/** What the change returned when it ran. */
	public T result() {
		return result;
	}

	@Override
	public Collection<?> getResult() {
		return result == null ? List.of() : List.of(result);
	}
}
