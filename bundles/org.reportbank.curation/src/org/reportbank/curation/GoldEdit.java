package org.reportbank.curation;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.reportbank.editing.LayerEdit;
import org.reportbank.model.Layer;
import org.reportbank.model.Report;

/**
 * One undoable curation edit: a change of the gold layer, recorded as any layer edit is, plus
 * optionally one attribute of the report itself (a document field, the report's status). The
 * report is not recorded as a whole: its containment holds every annotator's layer, which a
 * recorder would have to watch.
 */
final class GoldEdit<T> extends LayerEdit<T> {

	private final ReportField field;

	/** A report attribute set from one value to another. */
	record ReportField(Report report, EStructuralFeature feature, Object before, Object after) {
		void apply(boolean forward) {
			report.eSet(feature, forward ? after : before);
		}
	}

	GoldEdit(String label, Layer gold, Supplier<T> change, ReportField field) {
		super(label, gold, 0, 0, change);
		this.field = field;
	}

	@Override
	public void execute() {
		super.execute();
		if (field != null) {
			field.apply(true);
		}
	}

	@Override
	public void undo() {
		super.undo();
		if (field != null) {
			field.apply(false);
		}
	}

	@Override
	public void redo() {
		super.redo();
		if (field != null) {
			field.apply(true);
		}
	}
}
