package org.reportbank.editing;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.reportbank.model.Layer;

/**
 * One undoable edit of a layer (an annotator's, or gold in curation). The change runs once while
 * a ChangeRecorder watches the layer; undo and redo apply the recorded description (which
 * reverses itself each time), so no edit needs an inverse written by hand.
 */
public class LayerEdit extends AbstractCommand {

	private final Layer layer;
	private final Runnable change;
	private final int begin;
	private final int end;
	private ChangeDescription recorded;

	/** The change, with the text range [begin, end) whose look it may alter (0, 0 when none). */
	public LayerEdit(String label, Layer layer, int begin, int end, Runnable change) {
		super(label);
		this.layer = layer;
		this.change = change;
		this.begin = begin;
		this.end = end;
	}

	/** Start of the text range whose look the edit changes (before or after it). */
	public int begin() {
		return begin;
	}

	public int end() {
		return end;
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		ChangeRecorder recorder = new ChangeRecorder(layer);
		try {
			change.run();
		} finally {
			recorded = recorder.endRecording();
			recorder.dispose();
		}
	}

	@Override
	public boolean canUndo() {
		return recorded != null;
	}

	@Override
	public void undo() {
		recorded.applyAndReverse();
	}

	@Override
	public void redo() {
		recorded.applyAndReverse();
	}
}
