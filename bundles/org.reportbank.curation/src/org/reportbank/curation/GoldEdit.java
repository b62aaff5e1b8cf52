package org.reportbank.curation;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;

/**
 * One undoable curation edit: a change of the gold layer recorded by a ChangeRecorder (undo and
 * redo apply the recorded description, which reverses itself), plus optionally one attribute of
 * the report itself (a document field, the report's status). The report is not recorded as a
 * whole: its containment holds every annotator's layer, which a recorder would have to watch.
 */
final class GoldEdit extends AbstractCommand {

	private final Layer gold;
	private final Runnable change;
	private final ReportField field;
	private ChangeDescription recorded;

	/** A report attribute set from one value to another. */
	record ReportField(Report report, EStructuralFeature feature, Object before, Object after) {
		void apply(boolean forward) {
			report.eSet(feature, forward ? after : before);
		}
	}

	GoldEdit(String label, Layer gold, Runnable change, ReportField field) {
		super(label);
		this.gold = gold;
		this.change = change;
		this.field = field;
	}

	/** The report, if this edit changed one of its attributes. */
	EObject reportChanged() {
		return field == null ? null : field.report();
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		ChangeRecorder recorder = new ChangeRecorder(gold);
		try {
			if (change != null) {
				change.run();
			}
		} finally {
			recorded = recorder.endRecording();
			recorder.dispose();
		}
		if (field != null) {
			field.apply(true);
		}
	}

	@Override
	public boolean canUndo() {
		return recorded != null;
	}

	@Override
	public void undo() {
		recorded.applyAndReverse();
		if (field != null) {
			field.apply(false);
		}
	}

	@Override
	public void redo() {
		recorded.applyAndReverse();
		if (field != null) {
			field.apply(true);
		}
	}
}
